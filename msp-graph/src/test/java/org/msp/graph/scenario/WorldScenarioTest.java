package org.msp.graph.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msp.data.Datasets;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.Stage;

/**
 * A Chinese ban on gallium exports on the embedded world dataset (2024). China refines about 99% of the
 * world's gallium (USGS: 839 of 848 t reported). The trade figures are CEPII BACI's HS 811292 basket (gallium,
 * germanium, hafnium, indium, niobium, rhenium... in gross weight, 6,870 t in 2024), taken here tonne for tonne
 * as gallium content: the absolute tonnes are overstated, the shares are what the test checks.
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

    /**
     * Re-exporters (Germany, Canada, Estonia ...) ship more of the basket than they produce or import; the
     * network feeds that excess from unknown sources. Read as coming from where the stage's output is made
     * (China's 98.9% share of refining), the ban leaves the United States, Japan and Korea with almost nothing
     * under no re-routing, and names Chinese refining as the cause.
     */
    @Test
    void chineseGalliumBan_unknownOriginFromProduction_leavesUsJapanKoreaAlmostNothing() {
        Shock.ExportBan ban = Shock.ExportBan.of("CHN", GA, Stage.REFINING).withUnknownOriginFromProduction(world, 2024);
        assertEquals(839.0 / 848.0, ban.unknownOriginShare().get(GA), 1e-3);
        ScenarioResult r = Scenarios.run(world, gallium, Scenario.of(ban));
        for (String c : new String[] {"USA", "JPN", "KOR"}) {
            ConsumerImpact i = r.impact(c, GA).orElseThrow();
            assertTrue(i.baseline() > 0, i::toString);
            assertTrue(i.shortfallShare() > 0.95, i::toString);
            assertEquals(CHN_REFINING, i.causes().get(0).node(), i::toString);
            assertTrue(i.causes().get(0).share() > 0.99, i::toString);
            assertTrue(i.rerouting() >= i.noRerouting(), i::toString);
        }
    }

    /**
     * Taking the unknown sources as not Chinese (the optimistic reading) the ban still hits every one of the
     * three, Korea (which imports almost only from China) hardest, and always through Chinese refining.
     */
    @Test
    void chineseGalliumBan_plain_hitsLessButStillThroughChineseRefining() {
        ScenarioResult plain = Scenarios.run(world, gallium, Scenario.of(Shock.ExportBan.of("CHN", GA, Stage.REFINING)));
        ScenarioResult worst = Scenarios.run(world, gallium, Scenario.of(
                Shock.ExportBan.of("CHN", GA, Stage.REFINING).withUnknownOriginFromProduction(world, 2024)));
        for (String c : new String[] {"USA", "JPN", "KOR"}) {
            ConsumerImpact p = plain.impact(c, GA).orElseThrow();
            ConsumerImpact w = worst.impact(c, GA).orElseThrow();
            assertTrue(p.shortfallShare() > 0.2 && p.shortfallShare() < w.shortfallShare(), p::toString);
            assertEquals(CHN_REFINING, p.causes().get(0).node(), p::toString);
        }
        assertTrue(plain.impact("KOR", GA).orElseThrow().shortfallShare() > 0.9);
    }

    /** The dataset's December 2024 measure targets the United States only: Japan loses less than under a full ban. */
    @Test
    void restrictionOfDecember2024_targetsTheUnitedStates() {
        ExportRestriction r = (ExportRestriction) world.measure("cn-2024-12-ban-usa").orElseThrow();
        Shock.ExportBan ban = Shock.from(r, world, LocalDate.of(2024, 12, 3));
        assertEquals(java.util.List.of("USA"), java.util.List.copyOf(ban.targets()));
        ScenarioResult res = Scenarios.run(world, gallium, Scenario.of(ban));
        ScenarioResult full = Scenarios.run(world, gallium, Scenario.of(Shock.ExportBan.of("CHN", GA, Stage.REFINING)));
        assertTrue(res.impact("USA", GA).orElseThrow().shortfall() > 0);
        assertTrue(res.impact("JPN", GA).orElseThrow().shortfall() < full.impact("JPN", GA).orElseThrow().shortfall());
    }
}
