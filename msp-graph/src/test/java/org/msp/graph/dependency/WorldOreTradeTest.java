package org.msp.graph.dependency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msp.data.Datasets;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.model.Basis;
import org.msp.model.Dataset;
import org.msp.model.FlowOrigin;
import org.msp.model.Stage;

/**
 * Ore and refinery-feed trade in the embedded dataset, reported by CEPII BACI, as the network uses it: China's
 * nickel refining fed by Indonesian intermediates and Philippine ore (HS 2007 ASEAN extract), Korea's and
 * Japan's copper smelting fed by Chilean and Peruvian concentrate (HS 2022 top-200 extract).
 *
 * <p>Trade weighs ore and concentrate gross while production counts contained metal, and the dataset holds no
 * grade for copper or nickel ore yet, so each network here is built with an explicit conversion. The factors
 * are assumptions of this test, chosen in the range of typical grades: copper concentrate about 25-30% Cu
 * (0.27 is used); for nickel one factor must serve laterite ore (about 1.5% Ni) and mattes and intermediates
 * (about 40-75% Ni) at once, so 0.1 is used and the nickel tonnes are rough; the test checks which edges are
 * reported and that tracing follows them, not the tonnes.
 */
class WorldOreTradeTest {
    private static final double COPPER_CONCENTRATE = 0.27;
    private static final double NICKEL_FEED = 0.1;

    @Test
    void nickel2023_chinasRefiningTracedToIndonesianAndPhilippineFeed() {
        Dataset world = Datasets.world();
        assertThrows(IllegalArgumentException.class, () -> SupplyNetworks.of(world, 2023, "nickel"),
                "gross ore and content production must not be added without a factor");
        SupplyNetwork net = SupplyNetworks.builder(world, 2023).minerals("nickel")
                .conversion("nickel", Basis.GROSS_WEIGHT, NICKEL_FEED).build();
        for (String origin : List.of("IDN", "PHL")) {
            SupplyEdge e = net.edge(Node.of(origin, Stage.MINING, "nickel"), Node.of("CHN", Stage.MINING, "nickel"))
                    .orElseThrow(() -> new AssertionError("no reported " + origin + " -> CHN nickel edge"));
            assertEquals(FlowOrigin.REPORTED, e.origin());
            assertTrue(e.provenance().edition().contains("ASEAN extract"), e::toString);
            double reported = world.flows("nickel", Stage.MINING, 2023).stream()
                    .filter(f -> f.from().id().equals(origin) && f.to().id().equals("CHN"))
                    .mapToDouble(f -> f.quantity().tonnes()).sum();
            assertEquals(reported * NICKEL_FEED, e.tonnes(), 1e-6 * reported);
        }
        Dependence china = LookThroughDependency.of(net).dependence(Node.of("CHN", Stage.REFINING, "nickel"));
        double idn = china.share(Stage.MINING, "IDN");
        double phl = china.share(Stage.MINING, "PHL");
        assertTrue(idn > 0.01 && phl > 0.01, china::toString);
    }

    @Test
    void copper2024_koreanAndJapaneseSmeltersTracedToChileanAndPeruvianConcentrate() {
        Dataset world = Datasets.world();
        SupplyNetwork net = SupplyNetworks.builder(world, 2024).minerals("copper")
                .conversion("copper", Basis.GROSS_WEIGHT, COPPER_CONCENTRATE).build();
        LookThroughDependency tracing = LookThroughDependency.of(net);
        for (String buyer : List.of("KOR", "JPN")) {
            for (String origin : List.of("CHL", "PER")) {
                SupplyEdge e = net.edge(Node.of(origin, Stage.MINING, "copper"), Node.of(buyer, Stage.MINING, "copper"))
                        .orElseThrow(() -> new AssertionError("no reported " + origin + " -> " + buyer + " copper ore"));
                assertEquals(FlowOrigin.REPORTED, e.origin());
                assertTrue(e.provenance().edition().startsWith("HS22"), e::toString);
            }
            Dependence d = tracing.dependence(Node.of(buyer, Stage.REFINING, "copper"));
            double chlPer = d.share(Stage.MINING, "CHL") + d.share(Stage.MINING, "PER");
            // Korea and Japan mine almost no copper: their smelters' ore is mostly Chilean and Peruvian
            assertTrue(chlPer > 0.3, () -> buyer + " " + d.at(Stage.MINING).orElseThrow());
            assertTrue(d.share(Stage.MINING, "CHL") > 0.05 && d.share(Stage.MINING, "PER") > 0.05,
                    () -> d.at(Stage.MINING).orElseThrow().toString());
        }
    }
}
