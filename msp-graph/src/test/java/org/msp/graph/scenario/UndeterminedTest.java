package org.msp.graph.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msp.graph.CrossBorderTrade;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.model.Dataset;
import org.msp.model.Stage;
import org.msp.world.Datasets;

/**
 * Export bans at a stage the embedded world dataset has no trade of. Graphite trade is CEPII BACI's HS 250490 at
 * mining only, while the IEA figures put most graphite refining in China: a ban on Chinese refined graphite acts
 * on no edge, and the result must say so rather than show nobody losing anything.
 */
class UndeterminedTest {
    private static final String GR = "graphite";
    private static final Node CHN_REFINING = Node.of("CHN", Stage.REFINING, GR);
    private static Dataset world;
    private static SupplyNetwork graphite;
    private static int year;

    @BeforeAll
    static void load() {
        world = Datasets.world();
        year = world.latestTradeYear().getAsInt();
        graphite = SupplyNetworks.of(world, year, GR);
    }

    @Test
    void banStage_isTheHighestStageWithTrade() {
        assertEquals(Stage.MINING, CrossBorderTrade.banStage(world, GR, year).orElseThrow());
        assertEquals(Stage.REFINING, CrossBorderTrade.banStage(world, "gallium", year).orElseThrow());
        assertEquals(List.of(Stage.MINING), List.copyOf(CrossBorderTrade.stages(graphite, GR)));
        assertTrue(CrossBorderTrade.banStage(world, "rare-earths", year).isEmpty());
    }

    @Test
    void chineseGraphiteBan_atTheTradedStage_costsJapanSupply() {
        Disruption r = Scenarios.run(world, graphite, Scenario.of(Shock.ExportBan.of("CHN", GR, Stage.MINING)));
        ConsumerImpact jpn = r.impact("JPN", GR).orElseThrow();
        assertTrue(jpn.shortfallShare() > 0.1, jpn::toString);
        assertTrue(r.undetermined().isEmpty(), r::toString);
    }

    @Test
    void chineseRefinedGraphiteBan_isUndetermined_namingTheMissingTrade() {
        Disruption r = Scenarios.run(world, graphite, Scenario.of(Shock.ExportBan.of("CHN", GR, Stage.REFINING)));
        assertTrue(r.hardestHit().isEmpty(), r::toString);
        assertEquals(1, r.undetermined().size(), r::toString);
        Undetermined u = r.undetermined().get(0);
        assertEquals(CHN_REFINING, u.node());
        assertTrue(u.reason().contains("no cross-border trade of graphite at refining"), u::toString);
        assertTrue(u.reason().contains("mining: HS 250490"), u::toString);
        // China holds most of the network's refining throughput (IEA: about 96% of refined graphite).
        double chn = graphite.throughput(CHN_REFINING);
        double all = graphite.nodes().stream().filter(v -> v.stage() == Stage.REFINING && v.mineral().equals(GR)
                && !v.isUnknownSource()).mapToDouble(graphite::throughput).sum();
        assertTrue(u.reason().contains(String.format(java.util.Locale.ROOT, "(%.1f%% of world refining",
                100 * chn / all)), u::toString);
        assertTrue(chn / all > 0.8, u::toString);
        assertTrue(r.toString().contains("undetermined: CHN/refining/graphite"), r::toString);
    }

    @Test
    void monteCarlo_refinedGraphiteBan_isUndetermined_andTheMiningBanIsNot() {
        ShortfallDistributions refining = MonteCarlo.of(List.of(RandomShock.exportBan("CHN", GR, Stage.REFINING,
                0.5))).withTrials(200).withSeed(1).run(graphite);
        assertEquals(List.of(CHN_REFINING), refining.undetermined().stream().map(Undetermined::node).toList());
        assertTrue(refining.toString().contains("no cross-border trade of graphite at refining"), refining::toString);
        ShortfallDistributions mining = MonteCarlo.of(List.of(RandomShock.exportBan("CHN", GR, Stage.MINING, 0.5)))
                .withTrials(200).withSeed(1).run(graphite);
        assertTrue(mining.undetermined().isEmpty(), mining::toString);
        assertTrue(mining.distribution("JPN", GR).orElseThrow().mean() > 0, mining::toString);
    }

    @Test
    void banOnACountryWithoutOutputAtTheStage_isNotUndetermined() {
        // Iceland refines no graphite in the data: a ban on what it does not make is a determined nothing.
        Disruption r = Scenarios.run(world, graphite, Scenario.of(Shock.ExportBan.of("ISL", GR, Stage.REFINING)));
        assertTrue(r.undetermined().isEmpty(), r::toString);
    }
}
