package org.msp.graph.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.model.Production;
import org.msp.model.Stage;

/**
 * 2024 refining of the IEA's six minerals on the embedded world dataset, from the IEA Critical Minerals Data
 * Explorer of May 2025 (base year 2024) where USGS has no refining table.
 *
 * <p>Expectations: the May 2025 edition's published "top 3 share" of refining in 2024 (copper 57.2%, cobalt
 * 88.7%, lithium 96.1%, nickel 77.8%, graphite 98.2%, magnet rare earths 97.0%) and the IEA's headline average
 * top-3 share of refining of 86% in 2024 (Global Critical Minerals Outlook 2025). Copper refining comes from
 * USGS (first in the source priority), hence its wider tolerance.
 */
class WorldRefining2024Test {
    private static final ConcentrationAlgorithm WORLD = ConcentrationAlgorithm.ofProduction(Datasets.world());
    private static final ConcentrationAlgorithm LISTED = ConcentrationAlgorithm.ofListedCountries(Datasets.world());
    private static final Map<String, Double> IEA_REFINING_TOP3_2024 = Map.of("copper", 0.572, "cobalt", 0.887,
            "lithium", 0.961, "nickel", 0.778, "graphite", 0.982, "magnet-rare-earths", 0.970);

    @Test
    void concentration_refining2024_chinaFirstExceptNickelIndonesia() {
        for (String m : List.of("cobalt", "lithium", "graphite", "magnet-rare-earths", "nickel")) {
            List<Production> table = Datasets.world().productions(m, Stage.REFINING, 2024);
            assertFalse(table.isEmpty(), m);
            assertTrue(table.stream().allMatch(p -> p.provenance().edition().equals("May 2025")), m);
            MarketConcentration r = WORLD.concentration(m, Stage.REFINING, 2024);
            assertEquals(m.equals("nickel") ? "IDN" : "CHN", r.top().country(), r::toString);
            assertEquals(m.equals("nickel") ? "IDN" : "CHN", LISTED.concentration(m, Stage.REFINING, 2024).top().country());
        }
        assertEquals("CHN", WORLD.concentration("copper", Stage.REFINING, 2024).top().country());
    }

    @Test
    void concentration_refining2024_isNearTheIeaTop3() {
        IEA_REFINING_TOP3_2024.forEach((m, published) -> {
            MarketConcentration r = WORLD.concentration(m, Stage.REFINING, 2024);
            assertEquals(published, r.topShare(3), m.equals("copper") ? 0.1 : 0.005, () -> m + ": " + r);
        });
    }

    @Test
    void averageTopShare_refining2024_isTheIeaHeadline() {
        AverageTopShare a = WORLD.averageTopShare(Stage.REFINING, 2024, 3, "copper", "cobalt", "lithium", "nickel",
                "graphite", "magnet-rare-earths");
        assertEquals(0.86, a.average(), 0.02, a::toString);
    }

    /** The May 2025 edition's China share of cobalt refining: 196.1 of 250.2 kt. */
    @Test
    void concentration_cobaltRefining2024_chinaShareOfTheWorldTotal() {
        MarketConcentration r = WORLD.concentration("cobalt", Stage.REFINING, 2024);
        assertEquals(196.1 / 250.15, r.share("CHN"), 0.002, r::toString);
    }
}
