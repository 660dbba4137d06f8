package org.msp.data.iea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.msp.data.ImportResult;
import org.msp.data.NameKind;
import org.msp.data.RawFiles;
import org.msp.data.ReportedTotal;
import org.msp.data.SkippedRow;
import org.msp.io.DataFileException;
import org.msp.model.Dataset;
import org.msp.model.Demand;
import org.msp.model.Production;
import org.msp.model.Qualifier;
import org.msp.model.Stage;

/** Same-source checks of the May 2025 edition against the committed JSON itself, and bad input. */
class IeaJsonImporterTest {
    static final String FILE = "iea-2025/iea_cmde_2025_edition_base2024.json";
    private static final Map<String, String> MINERALS = Map.of("Copper", "copper", "Cobalt", "cobalt", "Lithium",
            "lithium", "Nickel", "nickel", "Graphite", "graphite", "Rare Earth Elements", "magnet-rare-earths");
    private static final IeaJsonImporter.Result RESULT = IeaJsonImporter.read(RawFiles.raw(FILE));

    private static JsonNode raw() throws IOException {
        return new ObjectMapper().readTree(Files.readAllBytes(RawFiles.raw(FILE)));
    }

    /** Every leaf value of the file (number or null) is a production, a total, a demand or a skipped row. */
    @Test
    void read_realFile_everyFigureAccountedFor() throws IOException {
        int[] leaves = {0};
        count(raw(), leaves);
        ImportResult r = RESULT.imported();
        assertTrue(r.skipped().stream().noneMatch(s -> s.reason().equals(ImportResult.UNACCOUNTED)));
        // the root's "source" string is the one leaf that is not a figure
        assertEquals(leaves[0] - 1, r.productions().size() + r.totals().size() + RESULT.demands().size()
                + r.skipped().size(), r::toString);
        assertTrue(r.skipped().stream().allMatch(s -> !s.reason().isBlank()));
    }

    private static void count(JsonNode n, int[] leaves) {
        if (n.isContainerNode()) {
            n.forEach(c -> count(c, leaves));
        } else {
            leaves[0]++;
        }
    }

    @Test
    void read_realFile_noteLinesOfTheRareEarthSheetSkippedAsNotCountries() {
        List<SkippedRow> notes = RESULT.imported().skipped().stream()
                .filter(s -> s.reason().startsWith("not a country: a note line")).toList();
        assertEquals(8, notes.size(), notes::toString); // two keys, four years each
        assertTrue(notes.stream().allMatch(s -> s.what().startsWith("Rare Earth Elements, mining")), notes::toString);
        assertTrue(notes.stream().anyMatch(s -> s.what().contains("Notes: Supply projections")));
        assertTrue(notes.stream().anyMatch(s -> s.what().contains("Base case")));
    }

    /** Each imported figure equals the file's, in tonnes, with the qualifier of its year. */
    @Test
    void read_realFile_productionsEqualTheFile() throws IOException {
        JsonNode supply = raw().get("supply");
        int checked = 0;
        for (Production p : RESULT.imported().productions()) {
            String label = MINERALS.entrySet().stream().filter(e -> e.getValue().equals(p.mineral())).findFirst()
                    .orElseThrow().getKey();
            JsonNode countries = supply.get(label).get(p.stage().id()).get("countries");
            double kt = 0;
            int matches = 0;
            for (var it = countries.fields(); it.hasNext(); ) {
                var e = it.next();
                if (org.msp.data.CountryNames.resolve(e.getKey()).flatMap(n -> n.iso3())
                        .equals(Optional.of(p.producer().id()))) {
                    kt = e.getValue().get(String.valueOf(p.year())).asDouble();
                    matches++;
                }
            }
            assertEquals(1, matches, p::toString);
            assertEquals(kt * 1000, p.quantity().tonnes(), 1e-9 * Math.max(1, kt * 1000), p::toString);
            assertEquals(p.year() == 2024 ? Qualifier.REPORTED : Qualifier.PROJECTED, p.qualifier());
            assertEquals("May 2025", p.provenance().edition());
            checked++;
        }
        assertEquals(61 * 4, checked); // 61 country rows of the twelve tables, four years each
    }

    /**
     * The printed total is the countries plus "Rest of world", except in the six-country tables (nickel,
     * graphite), where it leaves out the sixth country: the IEA's "Rest of world" there already holds it.
     */
    @Test
    void read_realFile_totalsAddUpOrLeaveOutTheSixthCountry() throws IOException {
        JsonNode supply = raw().get("supply");
        List<String> sixthCountryInRest = new ArrayList<>();
        int tables = 0;
        for (String label : MINERALS.keySet()) {
            for (Stage stage : List.of(Stage.MINING, Stage.REFINING)) {
                for (int year : List.of(2024, 2030, 2035, 2040)) {
                    String mineral = MINERALS.get(label);
                    List<Production> ps = RESULT.imported().productions().stream().filter(p -> p.mineral()
                            .equals(mineral) && p.stage() == stage && p.year() == year).toList();
                    double countries = ps.stream().mapToDouble(p -> p.quantity().tonnes()).sum();
                    double rest = total(mineral, stage, year, NameKind.REST_OF_WORLD);
                    double total = total(mineral, stage, year, NameKind.WORLD_TOTAL);
                    assertEquals(supply.get(label).get(stage.id()).get("total").get("" + year).asDouble() * 1000,
                            total, 1e-6);
                    if (Math.abs(countries + rest - total) > 1e-6 * total) {
                        // the last country listed in the file is the one left out
                        JsonNode cs = supply.get(label).get(stage.id()).get("countries");
                        List<String> names = new ArrayList<>();
                        cs.fieldNames().forEachRemaining(names::add);
                        names.remove("Rest of world");
                        double last = cs.get(names.get(names.size() - 1)).get("" + year).asDouble() * 1000;
                        assertEquals(total, countries + rest - last, 1e-6 * total, label + " " + stage + " " + year);
                        sixthCountryInRest.add(label + " " + stage.id() + " " + year);
                    }
                    tables++;
                }
            }
        }
        assertEquals(48, tables);
        assertEquals(List.of("Nickel mining 2024", "Nickel mining 2030", "Nickel mining 2035", "Nickel mining 2040",
                "Nickel refining 2024", "Nickel refining 2030", "Nickel refining 2035", "Nickel refining 2040",
                "Graphite mining 2024", "Graphite mining 2030", "Graphite mining 2035", "Graphite mining 2040",
                "Graphite refining 2030", "Graphite refining 2035", "Graphite refining 2040"),
                sixthCountryInRest.stream().sorted(Comparator.comparing((String s) -> !s.startsWith("Nickel"))
                        .thenComparing(s -> s.contains("refining")).thenComparing(s -> s)).toList());
    }

    private static double total(String mineral, Stage stage, int year, NameKind kind) {
        return RESULT.imported().totals().stream().filter(t -> t.mineral().equals(mineral) && t.stage() == stage
                && t.year() == year && t.kind() == kind).mapToDouble(t -> t.quantity().tonnes()).sum();
    }

    /** The published top-3 share is the first three listed countries over the total; the library's own agrees. */
    @Test
    void read_realFile_topThreeSharesMatchPublished() throws IOException {
        JsonNode supply = raw().get("supply");
        List<String> differ = new ArrayList<>();
        int checked = 0;
        for (String label : MINERALS.keySet()) {
            for (Stage stage : List.of(Stage.MINING, Stage.REFINING)) {
                for (int year : List.of(2024, 2030, 2035, 2040)) {
                    String mineral = MINERALS.get(label);
                    double top3 = RESULT.imported().productions().stream().filter(p -> p.mineral().equals(mineral)
                            && p.stage() == stage && p.year() == year).map(p -> p.quantity().tonnes())
                            .sorted(Comparator.reverseOrder()).limit(3).mapToDouble(Double::doubleValue).sum();
                    double share = top3 / total(mineral, stage, year, NameKind.WORLD_TOTAL);
                    double published = supply.get(label).get(stage.id()).get("top3Share").get("" + year).asDouble();
                    assertTrue(share >= published - 1e-9, label + " " + stage + " " + year);
                    if (Math.abs(share - published) > 1e-6) {
                        differ.add(label + " " + stage.id() + " " + year);
                    }
                    checked++;
                }
            }
        }
        assertEquals(48, checked);
        // Germany (2030, 2035) refines more battery-grade graphite than the third-listed United States
        assertEquals(List.of("Graphite refining 2030", "Graphite refining 2035"), differ);
    }

    @Test
    void read_realFile_refining2024ChinaAndIndonesiaLead() {
        for (String mineral : List.of("cobalt", "lithium", "graphite", "magnet-rare-earths", "nickel", "copper")) {
            Production top = RESULT.imported().productions().stream().filter(p -> p.mineral().equals(mineral)
                    && p.stage() == Stage.REFINING && p.year() == 2024)
                    .max(Comparator.comparingDouble(p -> p.quantity().tonnes())).orElseThrow();
            assertEquals(mineral.equals("nickel") ? "IDN" : "CHN", top.producer().id(), mineral);
        }
    }

    /** Demand figures equal the file's totalDemand and cleantechByMineral entries. */
    @Test
    void read_realFile_demandEqualsTheFile() throws IOException {
        JsonNode root = raw();
        Demand li = find("lithium", 2030, "steps", Optional.empty());
        assertEquals(root.at("/totalDemand/Lithium/totalDemand/STEPS/2030").asDouble() * 1000,
                li.quantity().tonnes(), 1e-6);
        assertTrue(li.isWorld());
        Demand li2024 = find("lithium", 2024, null, Optional.empty());
        assertEquals(root.at("/totalDemand/Lithium/totalDemand/2024").asDouble() * 1000, li2024.quantity().tonnes(),
                1e-6);
        Demand ev = find("lithium", 2050, "nze", Optional.of("electric-vehicles"));
        assertEquals(root.at("/totalDemand/Lithium/sectors/Electric vehicles/NZE/2050").asDouble() * 1000,
                ev.quantity().tonnes(), 1e-6);
        Demand ga = find("gallium", 2040, "aps", Optional.of(IeaJsonImporter.CLEAN_TECHNOLOGIES));
        assertEquals(root.at("/cleantechByMineral/Gallium/APS/2040").asDouble() * 1000, ga.quantity().tonnes(), 1e-9);
        Demand ree = find("magnet-rare-earths", 2024, null, Optional.of(IeaJsonImporter.CLEAN_TECHNOLOGIES));
        assertEquals(root.at("/totalDemand/Rare Earth Elements/totalClean/2024").asDouble() * 1000,
                ree.quantity().tonnes(), 1e-6);
        // the six minerals' total = clean technologies + other uses, in every scenario year
        for (Demand d : RESULT.demands()) {
            if (d.isAllUses() && MINERALS.containsValue(d.mineral())) {
                double clean = find(d.mineral(), d.year(), d.scenario().orElse(null),
                        Optional.of(IeaJsonImporter.CLEAN_TECHNOLOGIES)).quantity().tonnes();
                double other = find(d.mineral(), d.year(), d.scenario().orElse(null),
                        Optional.of(IeaJsonImporter.OTHER_USES)).quantity().tonnes();
                assertEquals(d.quantity().tonnes(), clean + other, 1e-6 * d.quantity().tonnes(), d::toString);
            }
        }
        // 38 minerals with clean-technology demand, less the two rows that are not minerals
        TreeSet<String> clean = new TreeSet<>();
        RESULT.demands().stream().filter(d -> d.sector().equals(Optional.of(IeaJsonImporter.CLEAN_TECHNOLOGIES)))
                .forEach(d -> clean.add(d.mineral()));
        // less Total REE and battery-grade graphite, plus graphite and magnet rare earths from totalDemand
        assertEquals(root.get("cleantechByMineral").size() - 2 + 2, clean.size(), clean::toString);
        assertTrue(clean.containsAll(List.of("gallium", "germanium", "neodymium", "dysprosium", "praseodymium",
                "terbium", "graphite", "magnet-rare-earths")));
    }

    @Test
    void read_realFile_repeatsAreSkippedAndSayWhetherEqual() {
        List<SkippedRow> s = RESULT.imported().skipped();
        // cleantechByMineral repeats totalDemand's clean-technology figures of copper exactly
        assertTrue(s.stream().anyMatch(r -> r.what().equals("$.cleantechByMineral.Copper.STEPS.2030")
                && r.reason().startsWith("repeats $.totalDemand.Copper.totalClean.STEPS.2030")), s::toString);
        // byTechnology prints copper for solar PV with other rounding
        assertTrue(s.stream().anyMatch(r -> r.what().equals("$.byTechnology.Solar PV.minerals.Copper.2024")
                && r.reason().startsWith("differs from $.totalDemand.Copper.sectors.Solar PV.2024")), s::toString);
        assertTrue(s.stream().anyMatch(r -> r.what().startsWith("$.cleantechByMineral.Total REE")
                && r.reason().startsWith("sum of the rare-earth rows")));
    }

    @Test
    void read_realFile_makesADatasetWithBothEditions() {
        Dataset.Builder b = Dataset.builder().name("iea").sourcePriority(List.of(IeaImporter.SOURCE));
        ImportResult r = ImportResult.merge("iea", List.of(
                IeaImporter.read(RawFiles.raw("iea/iea_cmde_supply_by_country.csv")), RESULT.imported()));
        r.addTo(b, true);
        RESULT.demands().forEach(b::add);
        org.msp.model.Minerals.all().forEach(m -> {
            if (RESULT.demands().stream().anyMatch(d -> d.mineral().equals(m.id()))
                    && !r.mineralIds().contains(m.id())) {
                b.add(m);
            }
        });
        Dataset d = b.build();
        // 2030 is in both editions: the latest (May 2025) is preferred, the May 2024 one is still there
        List<Production> li2030 = d.productions("lithium", Stage.REFINING, 2030);
        assertFalse(li2030.isEmpty());
        assertTrue(li2030.stream().allMatch(p -> p.provenance().edition().equals("May 2025")), li2030::toString);
        assertTrue(d.productions().stream().anyMatch(p -> p.mineral().equals("lithium") && p.year() == 2030
                && p.provenance().edition().equals("May 2024")));
        assertEquals(RESULT.demands().size(), d.demands().size());
        assertEquals(205_000.0, d.demand(Demand.WORLD, "lithium", 2024).orElseThrow().quantity().tonnes(), 1e-6);
    }

    private static Demand find(String mineral, int year, String scenario, Optional<String> sector) {
        return RESULT.demands().stream().filter(d -> d.mineral().equals(mineral) && d.year() == year
                && d.scenario().equals(Optional.ofNullable(scenario)) && d.sector().equals(sector)).findFirst()
                .orElseThrow(() -> new AssertionError("no demand " + mineral + " " + year + " " + scenario + " " + sector));
    }

    // ------------------------------------------------------------------ bad input

    private static DataFileException refused(String json) {
        return assertThrows(DataFileException.class,
                () -> IeaJsonImporter.read(RawFiles.stream(json, "UTF-8"), "iea.json"));
    }

    private static String supply(String countries) {
        return "{\"supply\": {\"Lithium\": {\"refining\": {\"countries\": {" + countries + "}}}}}";
    }

    @Test
    void read_unknownCountryWithFigures_errorNamesPathAndName() {
        DataFileException e = refused(supply("\"China\": {\"2024\": 1}, \"Chilly\": {\"2024\": 2}"));
        assertEquals("iea.json", e.sourceName());
        assertEquals("$.supply.Lithium.refining.countries", e.problems().get(0).location());
        assertEquals("Chilly", e.problems().get(0).field());
    }

    @Test
    void read_negativeOrTextFigure_errorNamesYear() {
        DataFileException e = refused(supply("\"China\": {\"2024\": -1}"));
        assertEquals("$.supply.Lithium.refining.countries.China", e.problems().get(0).location());
        assertEquals("2024", e.problems().get(0).field());
        assertTrue(refused(supply("\"China\": {\"2024\": \"12\"}")).getMessage().contains("not a number"));
    }

    @Test
    void read_duplicateKeyOrSecondNameOfOneCountry_refused() {
        refused(supply("\"China\": {\"2024\": 1}, \"China\": {\"2024\": 2}"));
        DataFileException e = refused(supply("\"Korea, Republic of\": {\"2024\": 1}, \"South Korea\": {\"2024\": 2}"));
        assertTrue(e.getMessage().contains("a second figure for KOR"), e::getMessage);
    }

    @Test
    void read_nullFigure_skippedNotZero() {
        IeaJsonImporter.Result r = IeaJsonImporter.read(RawFiles.stream(
                supply("\"China\": {\"2024\": null, \"2030\": 5}"), "UTF-8"), "iea.json");
        assertEquals(1, r.imported().productions().size());
        assertEquals(5000.0, r.imported().productions().get(0).quantity().tonnes(), 1e-9);
        assertEquals(1, r.imported().skipped().size());
        assertTrue(r.imported().skipped().get(0).reason().contains("not zero"));
    }

    @Test
    void read_unknownSectionOrScenario_refused() {
        assertEquals("deep", refused("{\"deep\": [[1]]}").problems().get(0).field());
        DataFileException e = refused("{\"cleantechByMineral\": {\"Gallium\": {\"SDS\": {\"2030\": 1}}}}");
        assertEquals("$.cleantechByMineral.Gallium", e.problems().get(0).location());
        assertEquals("SDS", e.problems().get(0).field());
        assertEquals("Unobtainium",
                refused("{\"cleantechByMineral\": {\"Unobtainium\": {\"2024\": 1}}}").problems().get(0).field());
    }

    @Test
    void read_yearBeforeBaseYear_refused() {
        assertTrue(refused(supply("\"China\": {\"2023\": 1}")).getMessage().contains("before the base year 2024"));
    }

    @Test
    void totals_areReportedTotalsOfEdition2025() {
        for (ReportedTotal t : RESULT.imported().totals()) {
            assertEquals("May 2025", t.provenance().edition());
            assertEquals(t.year() == 2024 ? Qualifier.REPORTED : Qualifier.PROJECTED, t.qualifier());
        }
        assertEquals(48, RESULT.imported().totals().stream().filter(t -> t.kind() == NameKind.WORLD_TOTAL).count());
        assertEquals(48, RESULT.imported().totals().stream().filter(t -> t.kind() == NameKind.REST_OF_WORLD).count());
    }
}
