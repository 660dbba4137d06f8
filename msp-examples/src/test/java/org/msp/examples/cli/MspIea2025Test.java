package org.msp.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.examples.report.Networks;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.DemandOutlook;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.Basis;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * What the IEA's May 2025 edition adds to the command line on the embedded dataset: 2024 refining of its six
 * minerals, and scenario demand in {@code msp scenario --demand}.
 */
class MspIea2025Test {
    static Dataset world;
    static SupplyNetwork lithium;

    @BeforeAll
    static void build() {
        world = Datasets.world();
        lithium = Networks.of(world).of(2024, "lithium");
    }

    @Test
    void concentration_refining2024_listsTheIeaMineralsWithChinaOrIndonesiaFirst() {
        MspTest.Run r = MspWorldTest.run("concentration", "--stage", "refining", "--year", "2024", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        for (String m : List.of("cobalt", "lithium", "graphite", "magnet-rare-earths", "nickel")) {
            String row = r.lines().stream().filter(l -> l.startsWith(m + ",refining,2024,")).findFirst()
                    .orElseThrow(() -> new AssertionError("no 2024 refining row for " + m + ":\n" + r.out()));
            assertEquals(m.equals("nickel") ? "IDN" : "CHN", row.split(",")[4], row);
        }
    }

    @Test
    void scenario_demandSteps2030_matchesTheLibrary() {
        MspTest.Run r = MspWorldTest.run("scenario", "--ban", "CHN/refining/lithium", "--demand", "STEPS:2030",
                "--consumer", "KOR", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals("consumer,mineral,baseline_t,requirement_t,after_no_reroute_t,after_reroute_t,"
                + "shortfall_share_no_reroute,shortfall_share_reroute,stockpile_days", r.lines().get(0));
        DemandOutlook o = DemandOutlook.require(world, "lithium", "steps", 2030);
        assertTrue(r.err().contains("demand " + o), r.err());
        ConsumerImpact kor = Scenarios.run(world, lithium, Scenario.of(Shock.ExportBan.of("CHN", "lithium",
                Stage.REFINING)).and(o.scenario(lithium))).impact("KOR", "lithium").orElseThrow();
        String[] f = r.lines().get(1).split(",", -1);
        assertEquals("KOR", f[0]);
        assertEquals(kor.baseline(), Double.parseDouble(f[2]), 1e-3);
        assertEquals(kor.requirement(), Double.parseDouble(f[3]), 1e-3);
        assertEquals(kor.baseline() * (1 + o.growth()), kor.requirement(), 1e-6 * kor.requirement());
        assertEquals(kor.shortfallShare(), Double.parseDouble(f[6]), 1e-6);
        assertTrue(kor.shortfallShare() > o.growth() / (1 + o.growth()), kor::toString);
    }

    @Test
    void report_demandOutlookSection_stepsByDefault() throws Exception {
        java.nio.file.Path out = java.nio.file.Files.createTempDirectory("msp-report");
        MspTest.Run r = MspWorldTest.run("report", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Demand outlook STEPS 2030: world demand"), r.out());
        String li = r.lines().stream().filter(l -> l.startsWith("  lithium ") && l.contains("ban by")).findFirst()
                .orElseThrow(() -> new AssertionError(r.out()));
        assertTrue(li.contains("205,000 t ->      455,000 t  +122.2%   ban by CHN"), li);
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("  nickel ") && l.contains("ban by IDN")), r.out());
        String html = java.nio.file.Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>Demand outlook: STEPS 2030</h2>"), "no demand section in report.html");
        assertTrue(html.contains("<tr><td>lithium</td><td class=\"n\">205,000 t \u2192 455,000 t</td>"
                + "<td class=\"n\">+122.2%</td><td>CHN</td>"), "no lithium row in report.html");
        MspTest.Run bad = MspWorldTest.run("report", "--out", out.toString(), "--demand", "NZE:2041");
        assertEquals(Msp.EXIT_USAGE, bad.exit());
        assertTrue(bad.err().contains("no world demand projection under NZE in 2041"), bad.err());
    }

    @Test
    void scenario_demandWithoutATotal_oneLineUsageError() {
        MspTest.Run r = MspWorldTest.run("scenario", "--ban", "CHN/gallium", "--demand", "STEPS:2030");
        assertEquals(Msp.EXIT_USAGE, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("only sector demand for gallium"), r.err());
        MspTest.Run bad = MspWorldTest.run("scenario", "--ban", "CHN/lithium", "--demand", "2030");
        assertEquals(Msp.EXIT_USAGE, bad.exit());
        assertTrue(bad.err().contains("SCENARIO:YEAR"), bad.err());
    }
}
