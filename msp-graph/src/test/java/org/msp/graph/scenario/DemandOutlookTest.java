package org.msp.graph.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.graph.NetworkBuilder;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.model.Dataset;
import org.msp.model.Demand;
import org.msp.model.Provenance;
import org.msp.model.Quantity;
import org.msp.model.Stage;

/**
 * IEA scenario demand (Critical Minerals Data Explorer, May 2025) as demand growth, on the embedded world
 * dataset: the lithium shortfall of a Chinese refining ban when demand is that of the Stated Policies Scenario
 * in 2030.
 */
class DemandOutlookTest {
    private static final String LI = "lithium";
    private static Dataset world;
    private static SupplyNetwork lithium;

    @BeforeAll
    static void load() {
        world = Datasets.world();
        lithium = SupplyNetworks.of(world, 2024, LI);
    }

    /** The growth is the IEA's STEPS 2030 world total over its 2024 total: 455.5 kt / 205 kt. */
    @Test
    void require_lithiumSteps2030_growthFromTheIeaTotals() {
        DemandOutlook o = DemandOutlook.require(world, LI, "STEPS", 2030);
        assertEquals(2024, o.baseYear());
        double base = world.demand(Demand.WORLD, LI, 2024).orElseThrow().quantity().tonnes();
        assertEquals(base, o.baseTonnes(), 1e-9);
        assertEquals(205_000, o.baseTonnes(), 1); // IEA: 205 kt in 2024
        assertEquals(455_487, o.tonnes(), 1); // IEA STEPS 2030
        assertEquals(455_487.0 / 205_000 - 1, o.growth(), 1e-5);
        assertEquals("May 2025", o.provenance().edition());
        assertTrue(o.toString().startsWith("lithium STEPS 2030: 455,487 t world demand, +122.2% on 2024"), o::toString);
        // the more ambitious scenarios need more lithium
        assertTrue(DemandOutlook.require(world, LI, "aps", 2030).tonnes() > o.tonnes());
        assertTrue(DemandOutlook.require(world, LI, "nze", 2030).tonnes()
                > DemandOutlook.require(world, LI, "aps", 2030).tonnes());
    }

    /**
     * With demand grown to STEPS 2030 and supply held at 2024, every consumer falls short even without a ban; the
     * Chinese refining ban deepens the shortfall of the consumers that buy Chinese chemicals (Korea, Japan).
     */
    @Test
    void chineseRefiningBan_underSteps2030_deepensTheShortfall() {
        DemandOutlook o = DemandOutlook.require(world, LI, "steps", 2030);
        Scenario grow = o.scenario(lithium);
        Scenario ban = Scenario.of(Shock.ExportBan.of("CHN", LI, Stage.REFINING));
        Disruption growOnly = Scenarios.run(world, lithium, grow);
        Disruption banOnly = Scenarios.run(world, lithium, ban);
        Disruption both = Scenarios.run(world, lithium, ban.and(grow));
        for (String c : List.of("KOR", "JPN")) {
            ConsumerImpact g = growOnly.impact(c, LI).orElseThrow();
            ConsumerImpact b = banOnly.impact(c, LI).orElseThrow();
            ConsumerImpact x = both.impact(c, LI).orElseThrow();
            assertEquals(g.baseline() * (1 + o.growth()), g.requirement(), 1e-6 * g.requirement(), g::toString);
            // growth alone: supply unchanged, the shortfall is the growth's share of the requirement
            assertEquals(o.growth() / (1 + o.growth()), g.shortfallShare(), 1e-9, g::toString);
            assertTrue(b.shortfallShare() > 0, b::toString);
            assertEquals(x.requirement() - x.noRerouting(), x.shortfall(), 1e-6);
            assertTrue(x.shortfallShare() > g.shortfallShare() && x.shortfallShare() > b.shortfallShare(), x::toString);
            assertEquals(b.noRerouting(), x.noRerouting(), 1e-6 * Math.max(1, b.noRerouting()), x::toString);
        }
    }

    @Test
    void shocks_oneForEachConsumerOfTheMineral() {
        DemandOutlook o = DemandOutlook.require(world, LI, "steps", 2030);
        List<Shock.DemandGrowth> s = o.shocks(lithium);
        assertTrue(s.size() > 10, s::toString);
        assertTrue(s.stream().allMatch(g -> g.mineral().equals(LI) && g.growth() == o.growth()));
        assertEquals(s.stream().map(Shock.DemandGrowth::country).sorted().distinct().toList(),
                s.stream().map(Shock.DemandGrowth::country).toList());
        assertTrue(s.stream().anyMatch(g -> g.country().equals("KOR")));
        for (Node n : lithium.nodes()) {
            if (!n.isUnknownSource()) {
                String c = lithium.country(n).orElseThrow();
                assertTrue(s.stream().anyMatch(g -> g.country().equals(c)), c);
            }
        }
    }

    @Test
    void require_onlyCleanTechnologyDemand_explains() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemandOutlook.require(world, "gallium", "steps", 2030));
        assertTrue(e.getMessage().contains("only sector demand for gallium (clean-technologies, solar-pv)"), e::getMessage);
        e = assertThrows(IllegalArgumentException.class, () -> DemandOutlook.require(world, LI, "sds", 2030));
        assertTrue(e.getMessage().contains("scenarios [aps, nze, steps]"), e::getMessage);
        assertTrue(DemandOutlook.of(world, LI, "steps", 2031).isEmpty());
    }

    @Test
    void all_sixMineralsWithTotals() {
        assertEquals(List.of("cobalt", "copper", "graphite", "lithium", "magnet-rare-earths", "nickel"),
                DemandOutlook.all(world, "nze", 2040).stream().map(DemandOutlook::mineral).toList());
        assertTrue(DemandOutlook.all(world, "nze", 2040).stream().allMatch(o -> o.growth() > 0));
    }

    @Test
    void shocks_fallingDemand_refused() {
        Provenance p = Provenance.user("test");
        DemandOutlook fall = new DemandOutlook(LI, "steps", 2024, 100, 2030, 50, p);
        assertEquals(-0.5, fall.growth(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> fall.shocks(lithium));
        assertThrows(IllegalArgumentException.class, () -> new DemandOutlook(LI, "steps", 2030, 100, 2024, 50, p));
        assertThrows(IllegalArgumentException.class, () -> new DemandOutlook(LI, "steps", 2024, 0, 2030, 50, p));
        assertFalse(new Demand(Demand.WORLD, LI, 2030, Quantity.tonnes(1), p, Optional.of("steps"), Optional.empty())
                .isObserved());
    }
}
