package org.msp.graph.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.Stage;

/**
 * A Chinese ban on gallium exports on the embedded world dataset (2024). China refines about 99% of the
 * world's gallium (USGS: 839 of 848 t reported). The trade figures are CEPII BACI's HS 811292 basket (gallium,
 * germanium, hafnium, indium, niobium, rhenium... in gross weight, 6,870 t in 2024), taken at most tonne for tonne
 * as gallium content; the network bounds each flow by its value at the USGS unit value of gallium and caps every
 * country's exports at what it produces and imports, so the basket's other metals do not become gallium supply.
 */
class WorldScenarioTest {
    private static final String GA = "gallium";
    private static final Node CHN_REFINING = Node.of("CHN", Stage.REFINING, GA);
    private static Dataset world;
    private static SupplyNetwork gallium;

    @BeforeAll
    static void load() {
        world = Datasets.world();
        gallium = SupplyNetworks.of(world, 2024, GA);
    }

    private static double production(String iso3OrAll) {
        return world.productions(GA, Stage.REFINING, 2024).stream()
                .filter(p -> iso3OrAll == null || p.producer().id().equals(iso3OrAll))
                .mapToDouble(p -> p.quantity().tonnes()).sum();
    }

    /**
     * The United States, Japan and Korea lose most of their gallium with or without re-routing: re-routed, none can
     * get more than the world makes outside China (9 t), and the loss runs through Chinese refining.
     */
    @Test
    void chineseGalliumBan_leavesUsJapanKoreaLittle_withOrWithoutRerouting() {
        Disruption r = Scenarios.run(world, gallium, Scenario.of(Shock.ExportBan.of("CHN", GA, Stage.REFINING)));
        double outsideChina = production(null) - production("CHN");
        for (String c : new String[] {"USA", "JPN", "KOR"}) {
            ConsumerImpact i = r.impact(c, GA).orElseThrow();
            assertTrue(i.baseline() > 10 * outsideChina, i::toString);
            assertTrue(i.shortfallShare() > 0.9, i::toString);
            assertTrue(i.rerouting() <= outsideChina * (1 + 1e-9), i::toString);
            assertTrue(i.shortfallShareRerouted() > 0.8, i::toString);
            assertEquals(CHN_REFINING, i.causes().get(0).node(), i::toString);
            assertTrue(i.rerouting() >= i.noRerouting(), i::toString);
        }
    }

    /**
     * Mass balance leaves no gallium of unknown origin: the consumers together keep what the world makes, and a
     * Chinese ban leaves the world short of about what China made.
     */
    @Test
    void chineseGalliumBan_leavesTheWorldShortOfWhatChinaMade() {
        assertTrue(gallium.nodes().stream().noneMatch(Node::isUnknownSource), gallium::toString);
        Disruption r = Scenarios.run(world, gallium, Scenario.of(Shock.ExportBan.of("CHN", GA, Stage.REFINING)));
        double baseline = r.impacts().stream().mapToDouble(ConsumerImpact::baseline).sum();
        double after = r.impacts().stream().mapToDouble(ConsumerImpact::noRerouting).sum();
        assertEquals(production(null), baseline, 1e-6 * baseline);
        assertTrue(baseline - after > 0.95 * production("CHN"), () -> baseline + " -> " + after);
        // What is left is at most what was made outside China.
        assertTrue(after <= (production(null) - production("CHN")) * (1 + 1e-9), () -> baseline + " -> " + after);
        // Reading unknown supply as Chinese changes nothing when there is none.
        Disruption worst = Scenarios.run(world, gallium, Scenario.of(
                Shock.ExportBan.of("CHN", GA, Stage.REFINING).withUnknownOriginFromProduction(world, 2024)));
        assertEquals(r.impact("USA", GA).orElseThrow().noRerouting(), worst.impact("USA", GA).orElseThrow()
                .noRerouting(), 1e-9);
    }

    /** The dataset's December 2024 measure targets the United States only: Japan loses less than under a full ban. */
    @Test
    void restrictionOfDecember2024_targetsTheUnitedStates() {
        ExportRestriction r = (ExportRestriction) world.measure("cn-2024-12-ban-usa").orElseThrow();
        Shock.ExportBan ban = Shock.from(r, world, LocalDate.of(2024, 12, 3));
        assertEquals(java.util.List.of("USA"), java.util.List.copyOf(ban.targets()));
        Disruption res = Scenarios.run(world, gallium, Scenario.of(ban));
        Disruption full = Scenarios.run(world, gallium, Scenario.of(Shock.ExportBan.of("CHN", GA, Stage.REFINING)));
        assertTrue(res.impact("USA", GA).orElseThrow().shortfall() > 0);
        assertTrue(res.impact("JPN", GA).orElseThrow().shortfall() < full.impact("JPN", GA).orElseThrow().shortfall());
    }
}
