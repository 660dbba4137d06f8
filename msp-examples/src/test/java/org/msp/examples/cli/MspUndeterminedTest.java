package org.msp.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msp.model.Stage;
import org.msp.world.Datasets;

/**
 * Bans the embedded world dataset cannot see: graphite trade is HS 250490 at mining only, so a ban written without
 * a stage goes to mining (and says so), and a ban on refined graphite prints an "undetermined" note instead of a
 * bare empty table. Exit 0: the command ran and its answer is undetermined (docs/cli.md).
 */
class MspUndeterminedTest {

    @Test
    void scenario_graphiteWithoutStage_bansMining_andJapanLoses() {
        MspTest.Run r = MspWorldTest.run("scenario", "--ban", "CHN/graphite", "--consumer", "JPN", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.lines();
        assertEquals(2, lines.size(), r.out());
        double share = Double.parseDouble(lines.get(1).split(",")[5]);
        assertTrue(share > 0.1, r.out());
        assertTrue(r.err().contains("note: CHN/graphite: applied at mining: the dataset records graphite trade at "
                + "mining only"), r.err());
        assertEquals(Stage.MINING, Arguments.banStage(Datasets.world(), "graphite", 2024));
        assertEquals(Stage.REFINING, Arguments.banStage(Datasets.world(), "gallium", 2024));
    }

    @Test
    void scenario_refinedGraphite_printsTheUndeterminedNote() {
        MspTest.Run r = MspWorldTest.run("scenario", "--ban", "CHN/refining/graphite");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("(no rows)"), r.out());
        assertTrue(r.out().contains("note: undetermined: CHN/refining/graphite: no cross-border trade of graphite "
                + "at refining in the dataset (trade is recorded at mining: HS 250490"), r.out());
    }

    @Test
    void montecarlo_refinedGraphite_printsTheUndeterminedNote_andTheDefaultStageHasRows() {
        MspTest.Run r = MspWorldTest.run("montecarlo", "--seed", "1", "--trials", "200", "--shock",
                "CHN/refining/graphite=0.5", "--no-progress");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("note: undetermined: CHN/refining/graphite"), r.out());
        MspTest.Run d = MspWorldTest.run("montecarlo", "--seed", "1", "--trials", "200", "--shock",
                "CHN/graphite=0.5", "--no-progress");
        assertEquals(0, d.exit(), d.err());
        assertTrue(d.out().lines().anyMatch(l -> l.startsWith("JPN ")), d.out());
        assertFalse(d.out().contains("undetermined"), d.out());
    }

    @Test
    void scenario_consumerWithoutSupply_showsNoShareAndNoUnboundedCover() {
        MspTest.Run r = MspWorldTest.run("scenario", "--ban", "CHN/magnet-rare-earths", "--consumer", "JPN");
        assertEquals(0, r.exit(), r.err());
        String row = r.out().lines().filter(l -> l.startsWith("JPN")).findFirst().orElseThrow();
        if (row.split("\\s+")[2].equals("0")) {
            assertFalse(row.contains("unbounded"), r.out());
            assertFalse(row.contains("0.0%"), r.out());
            assertTrue(r.out().contains("note: JPN has no magnet-rare-earths supply"), r.out());
        } else {
            assertFalse(r.out().contains("JPN has no magnet-rare-earths supply"), r.out());
        }
    }

    @Test
    void report_demandOutlook_statesTheUndeterminedGraphiteBan_insteadOfAZeroShortfall() throws Exception {
        java.nio.file.Path out = java.nio.file.Files.createTempDirectory("msp-report");
        MspTest.Run r = MspWorldTest.run("report", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.lines().stream().anyMatch(l -> l.startsWith("  graphite ") && l.contains("ban by")), r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("note: demand outlook of graphite:")
                && l.contains("the ban by CHN is undetermined: no cross-border trade of graphite at refining")),
                r.out());
    }

    @Test
    void scenario_rareEarths_withoutAnyTrade_isUndetermined_notZero() {
        MspTest.Run usa = MspWorldTest.run("scenario", "--ban", "CHN/rare-earths", "--consumer", "USA");
        assertEquals(0, usa.exit(), usa.err());
        String row = usa.out().lines().filter(l -> l.startsWith("USA")).findFirst().orElseThrow();
        assertFalse(row.contains("0.0%") || row.contains("unbounded"), usa.out());
        assertTrue(usa.out().contains("note: undetermined: CHN/mining/rare-earths: no cross-border trade of "
                + "rare-earths at mining in the dataset (none of rare-earths at any stage)"), usa.out());
        MspTest.Run jpn = MspWorldTest.run("scenario", "--ban", "CHN/rare-earths", "--consumer", "JPN");
        assertEquals(0, jpn.exit(), jpn.err());
        assertTrue(jpn.out().contains("note: JPN consumes none of [rare-earths]"), jpn.out());
        assertTrue(jpn.out().contains("note: undetermined: CHN/mining/rare-earths"), jpn.out());
    }

    @Test
    void montecarlo_all_showsNoZeroShareForAConsumerWithoutSupplyOrUnderAnUnseenBan() {
        MspTest.Run r = MspWorldTest.run("montecarlo", "--seed", "1", "--trials", "200", "--shock",
                "CHN/rare-earths=0.5", "--all", "--format", "csv", "--no-progress");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.equals("USA,rare-earths,,,,,")), r.out());
        assertTrue(r.err().contains("note: undetermined: CHN/mining/rare-earths"), r.err());
    }
}
