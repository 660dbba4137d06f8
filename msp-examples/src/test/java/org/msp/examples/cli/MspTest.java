package org.msp.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.examples.SmallDataset;
import org.msp.examples.report.Networks;
import org.msp.graph.SupplyNetwork;
import org.w3c.dom.Document;

/**
 * Every command from the jar's entry point ({@link Msp#commandLine()}), in process, on a small dataset file
 * whose answers are worked out by hand ({@link SmallDataset}) in each format, plus bad arguments and bad files.
 * The embedded world dataset is exercised by {@link MspWorldTest}.
 */
class MspTest {
    @TempDir
    static Path dir;

    static Path file;

    /** Output of one run. */
    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @BeforeAll
    static void writeDataset() throws IOException {
        file = SmallDataset.write(dir);
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Msp.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Run small(String... args) {
        String[] a = new String[args.length + 2];
        a[0] = "--dataset";
        a[1] = file.toString();
        System.arraycopy(args, 0, a, 2, args.length);
        return run(a);
    }

    static JsonNode json(Run r) throws IOException {
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    // ------------------------------------------------------------------ supply-risk

    /** The small dataset has no governance scores: every mineral is undetermined, and the row says why. */
    @Test
    void supplyRisk_withoutGovernanceScores_everyMineralUndeterminedWithTheReason() {
        Run r = small("supply-risk", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals("mineral,year,supply_risk,bottleneck,sr_at_least_1,hhi_wgi_global,hhi_wgi_eu,import_reliance,"
                + "eu_sourcing,eol_rir,assumed", r.lines().get(0));
        assertTrue(r.lines().size() > 1, r.out());
        for (String line : r.lines().subList(1, r.lines().size())) {
            assertTrue(line.endsWith(",,,,,,,,,undetermined: no governance scores in the dataset"), line);
        }
        assertTrue(r.err().contains("no governance scores"), r.err());
        Run bad = small("supply-risk", "--format", "xml");
        assertEquals(Msp.EXIT_USAGE, bad.exit());
    }

    // ------------------------------------------------------------------ concentration

    @Test
    void concentration_csv_sharesAndHhiOfTheSmallDataset() {
        Run r = small("concentration", "--stage", "mining", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("mineral,stage,year,producers,top1_country,top1_share,top3_share,hhi,rest_of_world_share,"
                + "hhi_upper,shares_of",
                // of the 200,000 t world: 88/200, 165/200, (88² + 44² + 33²)/200², rest 35/200, HHI + 0.175²
                "lithium,mining,2024,3,AUS,0.44,0.825,0.269225,0.175,0.29985,world_total"), r.lines());
    }

    @Test
    void concentration_listedCountries_leavesTheRestOfTheWorldOut() {
        Run r = small("concentration", "--stage", "mining", "--listed-countries", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        // 88/165, (88² + 44² + 33²)/165²
        assertEquals("lithium,mining,2024,3,AUS,0.533333,1,0.395556,,,listed_countries", r.lines().get(1));
        Run refining = small("concentration", "--stage", "refining", "--format", "csv");
        assertEquals("lithium,refining,2024,2,CHN,0.7,1,0.58,,,listed_countries", refining.lines().get(1),
                "no world total reported for refining");
    }

    @Test
    void concentration_json_sameFiguresAsNumbers() throws IOException {
        JsonNode a = json(small("concentration", "--stage", "refining", "--format", "json"));
        assertEquals(1, a.size());
        assertEquals("CHN", a.get(0).get("top1_country").asText());
        assertEquals(0.7, a.get(0).get("top1_share").asDouble(), 1e-9);
        assertEquals(0.58, a.get(0).get("hhi").asDouble(), 1e-9);
        assertEquals(2024, a.get(0).get("year").asInt());
    }

    @Test
    void concentration_table_alignedWithPercentages() {
        Run r = small("concentration", "--stage", "refining", "--format", "table", "--year", "2024");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.lines();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("mineral  stage     year  producers"), lines.get(0));
        assertTrue(lines.get(1).contains("70.0%") && lines.get(1).contains("100.0%"), lines.get(1));
        assertEquals(lines.get(0).indexOf("hhi ") + 3, lines.get(1).indexOf("0.580") + 5,
                "numbers right-aligned under header");
        assertTrue(lines.get(1).endsWith("listed_countries"), lines.get(1));
    }

    // ------------------------------------------------------------------ reliance

    @Test
    void reliance_csv_koreaImportsAllFromChinaAndChile_productionNotListedGivesBounds() throws IOException {
        Run r = small("reliance", "--country", "kor", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals("country,mineral,year,net_import_reliance,reliance,reliance_source,computed,computed_method,"
                + "note,main_source,main_source_share,main_source_from,days_of_cover", r.lines().get(0));
        // Korea is not listed in the refining production table: its production is unknown, not zero, so the
        // reliance is given as bounds, and there is no single figure
        assertTrue(r.lines().get(1).startsWith("KOR,lithium,2024,,0\u2013100%,computed,0\u2013100%,"), r.out());
        JsonNode a = json(small("reliance", "--country", "KOR", "--format", "json"));
        assertEquals(1, a.size());
        assertEquals("CHN", a.get(0).get("main_source").asText());
        assertEquals(0.857143, a.get(0).get("main_source_share").asDouble(), 1e-6);
        assertTrue(a.get(0).get("main_source_from").asText().endsWith("trade 2024"), a.toString());
        assertTrue(a.get(0).get("note").asText().contains("KOR is not listed in the refining production table"),
                a.toString());
    }

    @Test
    void reliance_jsonAndTable_undeterminedWithoutNetImportsAtTheStage() throws IOException {
        // lithium is measured at refining (the dataset has refining trade); Australia only mines and ships ore,
        // so it has no net imports of refined lithium and no listed refining production: 0 or undefined, not 0
        JsonNode a = json(small("reliance", "--country", "AUS", "--format", "json"));
        assertEquals(1, a.size());
        assertTrue(a.get(0).get("net_import_reliance").isNull(), a.toString());
        assertEquals("undetermined", a.get(0).get("computed").asText());
        assertTrue(a.get(0).get("main_source").isNull());
        Run t = small("reliance", "--country", "AUS");
        assertTrue(t.lines().get(1).matches("AUS\\s+lithium\\s+2024\\s+undetermined\\s+computed\\s+undetermined\\s+-.*"),
                t.out());
        Run one = small("reliance", "--country", "AUS", "--mineral", "lithium");
        assertTrue(one.out().startsWith("Net import reliance AUS lithium 2024: undetermined"), one.out());
    }

    // ------------------------------------------------------------------ dependency

    @Test
    void dependency_csv_lookThroughAndBounds() {
        Run r = small("dependency", "--country", "KOR", "--mineral", "lithium", "--group", "feoc", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.lines();
        assertEquals("consumer,mineral,stage,origin,share,min_share,max_share", lines.get(0));
        // refining: 30,000 of 35,000 from China; mining: China's refinery mixes 80,000 Australian and
        // 33,000 Chinese ore, so AUS = 30/35 * 80/113 and CHN = 30/35 * 33/113; Chile's 5,000 is Chilean ore
        assertTrue(lines.contains("KOR,lithium,refining,CHN,0.857143,0.857143,0.857143"), r.out());
        assertTrue(lines.contains("KOR,lithium,refining,feoc,0.857143,0.857143,0.857143"), r.out());
        assertTrue(lines.contains("KOR,lithium,mining,AUS,0.606827,0,0.857143"), r.out());
        assertTrue(lines.contains("KOR,lithium,mining,CHN,0.250316,0,0.857143"), r.out());
        assertTrue(lines.contains("KOR,lithium,mining,CHL,0.142857,0.142857,0.142857"), r.out());
    }

    @Test
    void dependency_jsonAndTable() throws IOException {
        JsonNode a = json(small("dependency", "--country", "JPN", "--mineral", "lithium", "--format", "json"));
        assertEquals("refining", a.get(a.size() - 1).get("stage").asText());
        assertEquals(1.0, a.get(a.size() - 1).get("share").asDouble(), 1e-9);
        Run t = small("dependency", "--country", "JPN", "--mineral", "lithium");
        assertTrue(t.out().contains("100.0%"), t.out());
    }

    // ------------------------------------------------------------------ chokepoints

    @Test
    void chokepoints_csv_consumerAndWorld() {
        Run r = small("chokepoints", "--mineral", "lithium", "--consumer", "KOR", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals("mineral,consumer,country,stage,kind,supply_lost_share,role", r.lines().get(0));
        assertEquals("lithium,KOR,CHN,refining,removal_impact,0.857143,producer", r.lines().get(1));
        Run w = small("chokepoints", "--mineral", "lithium", "--format", "csv", "--top", "1");
        assertEquals(0, w.exit(), w.err());
        assertEquals(2, w.lines().size(), w.out());
        assertTrue(w.lines().get(1).startsWith("lithium,world,CHN,"), w.out());
        assertTrue(w.lines().get(1).contains(",betweenness,"), w.out());
    }

    @Test
    void chokepoints_csv_singlePointsOfFailureOfJapan() {
        // all of Japan's lithium is refined in China from ore pooled at China's mining node
        Run r = small("chokepoints", "--mineral", "lithium", "--consumer", "JPN", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("lithium,JPN,CHN,mining,dominator,1,producer", "lithium,JPN,CHN,refining,dominator,1,producer"),
                r.lines().subList(1, 3));
        // Australian ore is 80,000 of the 113,000 t China refines from
        assertTrue(r.lines().contains("lithium,JPN,AUS,mining,removal_impact,0.707965,producer"), r.out());
    }

    @Test
    void chokepoints_jsonAndTable() throws IOException {
        JsonNode a = json(small("chokepoints", "--mineral", "lithium", "--consumer", "KOR", "--format", "json"));
        assertEquals("removal_impact", a.get(0).get("kind").asText());
        assertTrue(small("chokepoints", "--mineral", "lithium", "--consumer", "KOR").out().contains("85.7%"));
    }

    // ------------------------------------------------------------------ scenario

    @Test
    void scenario_csv_banCutsKoreaAndStockpileCovers() {
        Run r = small("scenario", "--ban", "CHN/refining/lithium", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("consumer,mineral,baseline_t,after_no_reroute_t,after_reroute_t,"
                        + "shortfall_share_no_reroute,shortfall_share_reroute,stockpile_days",
                "JPN,lithium,20000,0,0,1,1,",
                // 5,000 t stock against 30,000 t a year lost: 5000 / (30000 / 365) days
                "KOR,lithium,35000,5000,5000,0.857143,0.857143,60.833333"), r.lines());
    }

    @Test
    void scenario_jsonAndTable_consumerFilterAndDefaultStage() throws IOException {
        JsonNode a = json(small("scenario", "--ban", "CHN/lithium", "--consumer", "KOR", "--format", "json"));
        assertEquals(1, a.size());
        assertEquals(60.833333, a.get(0).get("stockpile_days").asDouble(), 1e-6);
        Run all = small("scenario", "--ban", "CHN/lithium", "--all", "--format", "csv");
        assertTrue(all.out().contains("USA,lithium,10000,10000,10000,0,0,unbounded"), all.out());
        assertTrue(small("scenario", "--ban", "CHN/lithium").out().contains("85.7%"));
    }

    // ------------------------------------------------------------------ montecarlo

    @Test
    void montecarlo_csv_sameSeedSameFiguresWhateverTheThreads() {
        Run one = small("montecarlo", "--shock", "CHN/refining/lithium=0.5", "--trials", "2000", "--seed", "11",
                "--threads", "1", "--format", "csv");
        Run two = small("montecarlo", "--shock", "CHN/refining/lithium=0.5", "--trials", "2000", "--seed", "11",
                "--threads", "2", "--format", "csv");
        assertEquals(0, one.exit(), one.err());
        assertEquals(one.out(), two.out());
        List<String> l = one.lines();
        assertEquals("consumer,mineral,mean_shortfall_share,p50_shortfall_share,p95_shortfall_share,"
                + "p99_shortfall_share,prob_any_shortfall", l.get(0));
        String[] jpn = l.get(1).split(",");
        assertEquals("JPN", jpn[0]);
        double p = Double.parseDouble(jpn[6]);
        assertTrue(p > 0.45 && p < 0.55, "a ban with probability 0.5 strikes in about half the trials: " + p);
        assertEquals(p, Double.parseDouble(jpn[2]), 1e-9, "Japan loses everything when it strikes");
    }

    @Test
    void montecarlo_jsonAndTable_certainShock() throws IOException {
        JsonNode a = json(small("montecarlo", "--shock", "CHN/lithium=1", "--trials", "50", "--seed", "1",
                "--format", "json"));
        assertEquals("KOR", a.get(1).get("consumer").asText());
        assertEquals(0.857143, a.get(1).get("p99_shortfall_share").asDouble(), 1e-6);
        assertEquals(1.0, a.get(1).get("prob_any_shortfall").asDouble(), 1e-9);
        Run t = small("montecarlo", "--shock", "CHN/lithium=1", "--trials", "50", "--seed", "1", "--progress");
        assertTrue(t.err().contains("100% 50/50 trials"), t.err());
    }

    // ------------------------------------------------------------------ export

    @Test
    void export_graphmlGexfDot_everyNodeAndEdge() throws Exception {
        SupplyNetwork net = Networks.of(SmallDataset.dataset()).of(SmallDataset.YEAR, "lithium");
        Path g = dir.resolve("li.graphml");
        Run r = small("export", "--mineral", "lithium", "--format", "graphml", "--out", g.toString());
        assertEquals(0, r.exit(), r.err());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(g.toFile());
        assertEquals(net.nodeCount(), doc.getElementsByTagName("node").getLength());
        assertEquals(net.edgeCount(), doc.getElementsByTagName("edge").getLength());

        Run gexf = small("export", "--mineral", "lithium", "--format", "GEXF");
        Document gd = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(gexf.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(net.nodeCount(), gd.getElementsByTagName("node").getLength());
        assertEquals(net.edgeCount(), gd.getElementsByTagName("edge").getLength());

        Run dot = small("export", "--mineral", "lithium", "--format", "dot", "--min-share", "0");
        assertTrue(dot.out().contains("digraph"), dot.out());
        assertEquals(net.edgeCount(), dot.out().lines().filter(l -> l.contains(" -> ")).count());
        assertTrue(dot.out().contains("label=\"CHN/refining/lithium\\n"), dot.out());
        assertEquals(dot.out(), small("export", "--mineral", "lithium", "--format", "dot", "--min-share", "0").out(),
                "deterministic");
    }

    // ------------------------------------------------------------------ report

    @Test
    void report_writesHtmlAndSummary() throws IOException {
        Path out = dir.resolve("report");
        Run r = small("report", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("State of critical-mineral supply, 2024 (dataset small-lithium)"), r.out());
        // the ban cuts Japan's 20,000 t and 30,000 of Korea's 35,000: 50,000 of the partners' 73,000 t kept
        assertTrue(r.out().contains("CHN/refining/lithium         cuts  68.5% of their supply"), r.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<svg id=\"concentration-chart\""));
        assertTrue(html.contains("<svg id=\"flow-chart\""));
        assertTrue(!html.contains("<script"), "no script in the report");
    }

    // ------------------------------------------------------------------ errors

    @Test
    void badArguments_oneLineAndUsageExitCode() {
        for (String[] args : List.of(new String[] {"concentration"}, new String[] {"concentration", "--stage",
                "mining", "--format", "xml"}, new String[] {"nosuchcommand"}, new String[] {"reliance", "--country"},
                new String[] {"concentration", "--stage", "quarrying"})) {
            Run r = small(args);
            assertEquals(Msp.EXIT_USAGE, r.exit(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("msp"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void badValues_unknownCountryMineralShock() {
        Run c = small("reliance", "--country", "XYZ");
        assertEquals(Msp.EXIT_USAGE, c.exit());
        assertEquals("msp reliance: unknown country 'XYZ' in dataset small-lithium (use an ISO 3166-1 alpha-3 code "
                + "such as KOR)", c.err().strip());
        Run m = small("chokepoints", "--mineral", "unobtainium");
        assertTrue(m.err().startsWith("msp chokepoints: unknown mineral 'unobtainium'"), m.err());
        Run s = small("montecarlo", "--shock", "CHN/lithium=2", "--trials", "10", "--seed", "1");
        assertEquals(Msp.EXIT_USAGE, s.exit());
        assertTrue(s.err().contains("probability 2.0 is not in [0, 1]"), s.err());
        Run b = small("scenario", "--ban", "CHN");
        assertTrue(b.err().contains("expected ISO3[/STAGE]/MINERAL"), b.err());
        assertEquals(1, b.err().lines().count());
    }

    @Test
    void badDatasetFile_oneLineNamingFileAndField() throws IOException {
        Path bad = dir.resolve("bad.json");
        String good = Files.readString(file);
        String json = good.replace("\"producer\": \"AUS\"", "\"producer\": \"XXX\"");
        assertTrue(!json.equals(good), "the fixture names AUS as a producer");
        Files.writeString(bad, json);
        Run r = run("--dataset", bad.toString(), "concentration", "--stage", "mining");
        assertEquals(Msp.EXIT_ERROR, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("msp concentration: " + bad + ": $.productions[0]"), r.err());
        assertTrue(r.err().contains("XXX"), r.err());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"name\": ");
        Run t = run("--dataset", broken.toString(), "reliance", "--country", "KOR");
        assertEquals(Msp.EXIT_ERROR, t.exit());
        assertEquals(1, t.err().lines().count(), t.err());
        assertTrue(t.err().contains(broken.toString()), t.err());

        Run missing = run("--dataset", dir.resolve("none.json").toString(), "report");
        assertEquals(Msp.EXIT_ERROR, missing.exit());
        assertTrue(missing.err().contains("file not found"), missing.err());
    }

    @Test
    void verbose_addsTheStackTrace() {
        Run r = run("--dataset", dir.resolve("none.json").toString(), "--verbose", "reliance", "--country", "KOR");
        assertEquals(Msp.EXIT_ERROR, r.exit());
        assertTrue(r.err().lines().count() > 3, r.err());
        assertTrue(r.err().contains("at org.msp.io.DatasetJson"), r.err());
    }

    @Test
    void help_listsEveryCommand() {
        Run r = run("--help");
        assertEquals(0, r.exit());
        for (String c : List.of("report", "concentration", "reliance", "dependency", "chokepoints", "scenario",
                "montecarlo", "export")) {
            assertTrue(r.out().contains("  " + c + " "), c);
        }
    }
}
