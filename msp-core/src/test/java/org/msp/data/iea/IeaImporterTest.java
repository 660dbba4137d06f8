package org.msp.data.iea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.msp.data.ImportResult;
import org.msp.data.NameKind;
import org.msp.data.RawFiles;
import org.msp.io.DataFileException;
import org.msp.model.Production;
import org.msp.model.Qualifier;
import org.msp.model.Stage;

class IeaImporterTest {
    private static final String HEADER = "edition,mineral,stage,country,year,value,unit\n";

    @Test
    void read_realFile_chileCopperAndProjections() {
        ImportResult r = IeaImporter.read(RawFiles.raw("iea/iea_cmde_supply_by_country.csv"));
        assertTrue(r.skipped().stream().noneMatch(s -> s.reason().equals(ImportResult.UNACCOUNTED)), r.skipped()::toString);
        Production chl = r.productions().stream().filter(p -> p.producer().id().equals("CHL") && p.mineral().equals("copper")
                && p.stage() == Stage.MINING && p.year() == 2023).findFirst().orElseThrow();
        assertEquals(5_311_300.0, chl.quantity().tonnes(), 1e-6);
        assertEquals(Qualifier.REPORTED, chl.qualifier());
        assertTrue(r.productions().stream().filter(p -> p.year() > 2023).allMatch(p -> p.qualifier() == Qualifier.PROJECTED));
        assertTrue(r.productions().stream().anyMatch(p -> p.mineral().equals("lithium") && p.stage() == Stage.REFINING));
        assertTrue(r.productions().stream().anyMatch(p -> p.producer().id().equals("COD")));
        assertTrue(r.totals().stream().anyMatch(t -> t.kind() == NameKind.WORLD_TOTAL));
        assertTrue(r.totals().stream().anyMatch(t -> t.kind() == NameKind.REST_OF_WORLD));
        assertEquals(48, r.skipped().stream().filter(s -> s.reason().startsWith("published share")).count());
        org.msp.model.Dataset d = r.toDataset("iea");
        assertEquals(r.productions().size(), d.productions().size());
        assertTrue(d.country("COD").isPresent());
    }

    @Test
    void read_unknownCountry_errorNamesLineAndField() {
        String text = HEADER + "IEA CMDE May 2024 (base year 2023),Copper,Mining,Chile,2023,5311.3,kt\n"
                + "IEA CMDE May 2024 (base year 2023),Copper,Mining,Chilly,2023,5311.3,kt\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> IeaImporter.read(RawFiles.stream(text, "UTF-8"), "iea.csv"));
        assertEquals("line 3", e.problems().get(0).location());
        assertEquals("country", e.problems().get(0).field());
    }

    @Test
    void read_unitNotMass_errorNamesField() {
        String text = HEADER + "IEA CMDE May 2024 (base year 2023),Copper,Mining,Chile,2023,5311.3,GWh\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> IeaImporter.read(RawFiles.stream(text, "UTF-8"), "iea.csv"));
        assertEquals("unit", e.problems().get(0).field());
    }

    /** Same-source check: top-3 shares computed from the imported tables match the IEA's published ones. */
    @Test
    void read_realFile_topThreeSharesMatchPublished() throws java.io.IOException {
        ImportResult r = IeaImporter.read(RawFiles.raw("iea/iea_cmde_supply_by_country.csv"));
        String text = java.nio.file.Files.readString(RawFiles.raw("iea/iea_cmde_supply_by_country.csv"));
        int checked = 0;
        int equal = 0;
        java.util.List<String> differ = new java.util.ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(",");
            if (f.length != 7 || !f[6].strip().equals("share")) {
                continue;
            }
            String mineral = f[1].equals("Magnet rare earth elements") ? "magnet-rare-earths" : f[1].toLowerCase();
            Stage stage = f[2].startsWith("Mining") ? Stage.MINING : Stage.REFINING;
            int year = Integer.parseInt(f[4]);
            double countries = r.productions().stream().filter(p -> p.mineral().equals(mineral) && p.stage() == stage
                    && p.year() == year).mapToDouble(p -> p.quantity().tonnes()).sum();
            double rest = r.totals().stream().filter(t -> t.kind() == NameKind.REST_OF_WORLD && t.mineral().equals(mineral)
                    && t.stage() == stage && t.year() == year).mapToDouble(t -> t.quantity().tonnes()).sum();
            // cobalt refining has no printed Total row: its total is the countries plus the rest of the world
            double total = r.totals().stream().filter(t -> t.kind() == NameKind.WORLD_TOTAL && t.mineral().equals(mineral)
                    && t.stage() == stage && t.year() == year).findFirst().map(t -> t.quantity().tonnes())
                    .orElse(countries + rest);
            double top3 = r.productions().stream().filter(p -> p.mineral().equals(mineral) && p.stage() == stage
                    && p.year() == year).mapToDouble(p -> p.quantity().tonnes()).boxed()
                    .sorted(java.util.Comparator.reverseOrder()).limit(3).mapToDouble(Double::doubleValue).sum();
            double published = Double.parseDouble(f[5]);
            // the IEA sums its first three listed countries, which are not always the three largest
            assertTrue(top3 / total >= published - 1e-9, line);
            if (Math.abs(top3 / total - published) <= 1e-6) {
                equal++;
            } else {
                differ.add(f[1] + " " + f[2] + " " + f[4]);
            }
            checked++;
        }
        assertEquals(48, checked);
        assertEquals(java.util.List.of("Graphite Battery grade 2023"), differ);
        assertEquals(47, equal);
    }
}
