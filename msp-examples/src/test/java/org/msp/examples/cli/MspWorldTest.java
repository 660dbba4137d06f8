package org.msp.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.world.Datasets;
import org.msp.examples.report.Networks;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.Concentrations;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.graph.concentration.SupplyRiskAssessment;
import org.msp.graph.concentration.SupplyRiskSurvey;
import org.msp.graph.dependency.RelianceAnswer;
import org.msp.graph.dependency.RelianceAnswers;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * Every command on the embedded world dataset, its figures checked against the library's analyses run here
 * directly. The gallium network (world trade is in gross weight, production in content: the test supplies 1 t of
 * content per t of unwrought metal, HS 811292) is built once for the class.
 */
class MspWorldTest {
    static final String GALLIUM = "gallium:gross_weight=1";

    @TempDir
    static Path dir;

    static Dataset world;
    static SupplyNetwork gallium;

    @BeforeAll
    static void build() {
        world = Datasets.world();
        gallium = Networks.of(world).withConversion(GALLIUM).of(2024, "gallium");
    }

    static MspTest.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Msp.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new MspTest.Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void defaultYear_isTheLatestYearWithTrade() {
        assertEquals(2024, Arguments.defaultYear(world));
    }

    @Test
    void concentration_matchesTheLibrary() {
        MspTest.Run r = run("concentration", "--stage", "refining", "--mineral", "gallium", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        MarketConcentration c = Concentrations.of(world, "gallium", Stage.REFINING, 2024);
        assertEquals(String.format(Locale.ROOT, "gallium,refining,2024,%d,%s,%s,%s,%s,%s,%s,world_total",
                c.supplierCount(), c.top().country(), Table.decimals(c.top().share(), 6),
                Table.decimals(c.topShare(3), 6), Table.decimals(c.hhi(), 6), Table.decimals(c.restOfWorldShare(), 6),
                Table.decimals(c.hhiUpperBound(), 6)), r.lines().get(1));
        assertEquals("CHN", c.top().country());
        MspTest.Run all = run("concentration", "--stage", "mining");
        assertTrue(all.lines().size() > 20, all.out());
    }

    @Test
    void supplyRisk_matchesTheLibraryForEveryMineral() throws Exception {
        MspTest.Run r = run("supply-risk", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        Networks n = Networks.of(world);
        SupplyRiskSurvey s = SupplyRiskSurvey.of(world, 2024, n.contentFactors());
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertEquals(world.minerals().size(), a.size());
        assertEquals(s.ranked().get(0).mineral(), a.get(0).get("mineral").asText());
        for (JsonNode row : a) {
            SupplyRiskAssessment x = s.assessment(row.get("mineral").asText()).orElseThrow();
            if (x.isDetermined()) {
                assertEquals(x.supplyRisk().getAsDouble(), row.get("supply_risk").asDouble(), 1e-6, row.toString());
                assertEquals(x.bottleneckStage().orElseThrow().id(), row.get("bottleneck").asText());
            } else {
                assertTrue(row.get("supply_risk").isNull(), row.toString());
                assertTrue(row.get("assumed").asText().startsWith("undetermined"), row.toString());
            }
        }
        assertTrue(r.err().contains("msp supply-risk: note: SI_SR = 1.0"), r.err());
        r.err().lines().forEach(l -> assertTrue(l.startsWith("msp supply-risk: note: "), l));
        MspTest.Run table = run("supply-risk", "--year", "2024");
        assertTrue(table.lines().get(0).startsWith("mineral"), table.out());
        assertTrue(table.out().contains("t_c: CHN 1.10 at refining"), table.out());
    }

    @Test
    void reliance_listsMineralsAndNotesWhatCannotBeCombined() throws Exception {
        MspTest.Run r = run("reliance", "--country", "USA", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertTrue(a.size() > 10, r.out());
        for (JsonNode row : a) {
            assertEquals("USA", row.get("country").asText());
            JsonNode nir = row.get("net_import_reliance");
            assertTrue(nir.isNull() || nir.asDouble() <= 1.0 + 1e-9, row.toString());
        }
        r.err().lines().forEach(l -> assertTrue(l.startsWith("msp reliance: note: "), l));
        // one answer across Java and the command line: the headline is RelianceAnswers' headline
        RelianceAnswers answers = RelianceAnswers.of(Datasets.world());
        int published = 0;
        for (JsonNode row : a) {
            RelianceAnswer x = answers.answer("USA", row.get("mineral").asText(), row.get("year").asInt());
            assertEquals(x.headline(), row.get("reliance").asText(), row.toString());
            assertEquals(x.headlineSource(), row.get("reliance_source").asText(), row.toString());
            published += x.isPublished() ? 1 : 0;
        }
        assertTrue(published >= 40, "published headlines: " + published);
        MspTest.Run y2023 = run("reliance", "--country", "USA", "--year", "2023", "--format", "json");
        JsonNode b = new ObjectMapper().readTree(y2023.out());
        long blank = 0;
        for (JsonNode row : b) {
            blank += row.get("reliance").asText().equals("undetermined") ? 1 : 0;
        }
        long undetermined = blank;
        assertTrue(b.size() >= 40 && undetermined < 5, () -> undetermined + " undetermined of " + b.size() + " in 2023");
    }

    @Test
    void dependency_sharesOfAStageSumToTraced() {
        MspTest.Run r = run("--conversion", GALLIUM, "dependency", "--country", "KOR", "--mineral", "gallium",
                "--group", "feoc", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        double sum = 0;
        for (String l : r.lines().subList(1, r.lines().size())) {
            String[] f = l.split(",", -1);
            if (f[2].equals("refining") && !f[3].equals("feoc")) {
                sum += Double.parseDouble(f[4]);
            }
            if (!f[3].equals("unknown")) {
                double share = Double.parseDouble(f[4]);
                assertTrue(Double.parseDouble(f[5]) <= share + 1e-6 && share <= Double.parseDouble(f[6]) + 1e-6, l);
            }
        }
        assertEquals(1.0, sum, 1e-3, r.out());
    }

    @Test
    void chokepoints_consumerAndWorld() {
        MspTest.Run r = run("--conversion", GALLIUM, "chokepoints", "--mineral", "gallium", "--consumer", "USA",
                "--top", "3", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("gallium,USA,CHN,refining,removal_impact,")), r.out());
        MspTest.Run w = run("--conversion", GALLIUM, "chokepoints", "--mineral", "gallium", "--top", "5");
        // header, five hubs, and the coverage note on HS 811292 (a basket code) and the unexplained trade
        assertEquals(7, w.lines().size(), w.out());
        assertTrue(w.lines().get(6).startsWith("note: coverage of gallium: ") && w.out().contains("basket"), w.out());
        // Brazil re-exports no gallium it does not have: it is no refiner of the United States' gallium
        assertTrue(r.lines().stream().noneMatch(l -> l.startsWith("gallium,USA,BRA,") && l.endsWith(",producer")),
                r.out());
    }

    @Test
    void scenario_matchesTheLibrary() {
        MspTest.Run r = run("--conversion", GALLIUM, "scenario", "--ban", "CHN/refining/gallium", "--consumer",
                "KOR", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        ConsumerImpact kor = Scenarios.run(world, gallium, Scenario.of(Shock.ExportBan.of("CHN", "gallium",
                Stage.REFINING))).impact("KOR", "gallium").orElseThrow();
        String[] f = r.lines().get(1).split(",", -1);
        assertEquals("KOR", f[0]);
        assertEquals(kor.baseline(), Double.parseDouble(f[2]), 1e-3);
        assertEquals(kor.shortfallShare(), Double.parseDouble(f[5]), 1e-6);
        assertEquals(kor.shortfallShareRerouted(), Double.parseDouble(f[6]), 1e-6);
        assertTrue(kor.shortfallShare() > 0.5, "a Chinese ban cuts most of Korea's gallium: " + kor);
    }

    @Test
    void scenario_withoutConversion_oneLineNamingTheMissingFactor() {
        MspTest.Run r = run("--no-dataset-conversions", "scenario", "--ban", "CHN/gallium");
        assertEquals(Msp.EXIT_ERROR, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("give one with --conversion gallium:gross_weight=FACTOR")
                && r.err().contains("(--no-dataset-conversions)") && !r.err().contains("Basis."), r.err());
    }

    @Test
    void scenario_embeddedDataset_appliesItsDefaultConversions() {
        MspTest.Run byDefault = run("scenario", "--ban", "CHN/gallium", "--consumer", "KOR", "--format", "csv");
        assertEquals(0, byDefault.exit(), byDefault.err());
        MspTest.Run explicit = run("--no-dataset-conversions", "--conversion", GALLIUM, "scenario", "--ban",
                "CHN/gallium", "--consumer", "KOR", "--format", "csv");
        assertEquals(explicit.out(), byDefault.out());
        MspTest.Run lithium = run("scenario", "--ban", "CHN/lithium", "--consumer", "KOR", "--format", "csv");
        assertEquals(0, lithium.exit(), lithium.err());
        assertTrue(lithium.out().lines().anyMatch(l -> l.startsWith("KOR,lithium,")), lithium.out());
    }

    @Test
    void montecarlo_smallRun() {
        MspTest.Run r = run("--conversion", GALLIUM, "montecarlo", "--shock", "CHN/gallium=0.2", "--trials", "500",
                "--seed", "5", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.lines().size() > 10, r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("KOR,gallium,")), r.out());
    }

    @Test
    void export_dotOfGallium() {
        MspTest.Run r = run("export", "--conversion", GALLIUM, "--mineral", "gallium", "--format", "dot",
                "--min-share", "0");
        assertEquals(0, r.exit(), r.err());
        assertEquals(gallium.edgeCount(), r.out().lines().filter(l -> l.contains(" -> ")).count());
    }

    @Test
    void report_onTheWorld() throws Exception {
        Path out = dir.resolve("world-report");
        MspTest.Run r = run("report", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("assumption: gallium/refining gross_weight x 1 (upper bound"), r.out());
        assertTrue(r.out().contains("assumption: lithium/refining carbonate_equivalent x 0.1879 (exact"), r.out());
        assertTrue(r.out().contains("assumption: arsenic/refining gross_weight x 0.7574 (exact"), r.out());
        for (String m : List.of("copper", "nickel")) {
            assertFalse(r.out().contains("no network of " + m), r.out());
        }
        assertTrue(r.out().contains("assumption: cobalt/refining gross_weight x 0.7342, range 0.634\u20130.7865 "
                + "(stoichiometric"), r.out());
        assertTrue(r.out().contains("assumption: copper/mining gross_weight x 0.275, range 0.2\u20130.35 "
                + "(typical grade"), r.out());
        for (String m : List.of("cobalt", "copper", "manganese", "niobium", "vanadium")) {
            assertTrue(r.out().contains("  sensitivity: " + m + ": factor"), m + " in " + r.out());
            assertFalse(r.out().contains("no network of " + m), r.out());
        }
        assertTrue(r.out().contains("assumption: ore and intermediates that no trade figure explains move between "
                + "countries as a pooled world market"), r.out());
        List<String> lines = r.lines();
        assertTrue(lines.get(0).startsWith("State of critical-mineral supply, 2024"), r.out());
        assertTrue(r.out().contains("Most concentrated minerals and stages"), r.out());
        assertTrue(r.out().contains("cn-2023-gallium-germanium"), "the gallium controls are applied by default: " + r.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("id=\"flow-chart\"") && html.contains("id=\"scenarios\""));
        assertTrue(html.contains("id=\"assumptions\"") && html.contains("cobalt: factors 0.01\u20130.2 at mining and 0.634\u20130.7865 at refining, low ends then high "
                + "ends together, move"),
                "the report's assumptions list the factors and their sensitivity");
    }

    @Test
    void scenario_rangeFactor_printsHowTheLossMoves() {
        MspTest.Run r = run("scenario", "--ban", "ZAF/mining/manganese", "--consumer", "CHN");
        assertEquals(0, r.exit(), r.err());
        String line = r.lines().stream().filter(l -> l.startsWith("sensitivity: ")).findFirst().orElseThrow(
                () -> new AssertionError("no sensitivity line in " + r.out()));
        assertTrue(line.startsWith("sensitivity: manganese: factor 0.35\u20130.5 moves CHN's loss (no re-routing) "
                + "from "), line);
        MspTest.Run csv = run("scenario", "--ban", "ZAF/mining/manganese", "--consumer", "CHN", "--format", "csv");
        assertTrue(csv.lines().stream().noneMatch(l -> l.startsWith("sensitivity")), "CSV stays a table");
    }

    @Test
    void dependency_rangeFactor_printsHowTheDependenceMoves() {
        MspTest.Run r = run("dependency", "--country", "KOR", "--mineral", "manganese", "--group", "feoc");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("sensitivity: manganese: factor 0.35\u20130.5 "
                + "moves KOR's look-through dependence on feoc at ")), r.out());
    }
}
