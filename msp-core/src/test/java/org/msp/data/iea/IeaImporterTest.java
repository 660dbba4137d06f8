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
}
