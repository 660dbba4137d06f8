package org.msp.graph.dependency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.model.Basis;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.Stage;

/**
 * Ore and refinery-feed trade in the embedded dataset, reported by CEPII BACI, as the network uses it: China's
 * nickel refining fed by Indonesian intermediates and Philippine ore (HS 2007 ASEAN extract), Korea's and
 * Japan's copper smelting fed by Chilean and Peruvian concentrate (HS 2022 top-200 extract).
 *
 * <p>Every network here is built with the dataset's defaults. Copper concentrate is weighed gross and the
 * dataset carries its typical grade (20-35% Cu, ICSG), applied by the network builder; nickel ore, mattes and
 * intermediates are converted to contained nickel at import, each code at its own grade, so the nickel flows
 * are already in content.
 */
class WorldOreTradeTest {
    @Test
    void nickel2023_chinasRefiningTracedToIndonesianAndPhilippineFeed() {
        Dataset world = Datasets.world();
        SupplyNetwork net = SupplyNetworks.of(world, 2023, "nickel");
        for (String origin : List.of("IDN", "PHL")) {
            SupplyEdge e = net.edge(Node.of(origin, Stage.MINING, "nickel"), Node.of("CHN", Stage.MINING, "nickel"))
                    .orElseThrow(() -> new AssertionError("no reported " + origin + " -> CHN nickel edge"));
            assertEquals(FlowOrigin.REPORTED, e.origin());
            assertTrue(e.provenance().edition().contains("ASEAN extract"), e::toString);
            List<Flow> reported = world.flows("nickel", Stage.MINING, 2023).stream()
                    .filter(f -> f.from().id().equals(origin) && f.to().id().equals("CHN")).toList();
            assertTrue(reported.stream().allMatch(f -> f.quantity().basis() == Basis.CONTENT), reported::toString);
            double t = reported.stream().mapToDouble(f -> f.quantity().tonnes()).sum();
            assertEquals(t, e.tonnes(), 1e-6 * t);
        }
        Dependence china = LookThroughDependencyAlgorithm.of(net).dependence(Node.of("CHN", Stage.REFINING, "nickel"));
        double idn = china.share(Stage.MINING, "IDN");
        double phl = china.share(Stage.MINING, "PHL");
        // counted in nickel, Indonesia's mattes and MHP outweigh the Philippines' low-grade ore
        assertTrue(idn > 0.3 && phl > 0.1 && idn > phl, china::toString);
    }

    @Test
    void copper2024_koreanAndJapaneseSmeltersTracedToChileanAndPeruvianConcentrate() {
        Dataset world = Datasets.world();
        SupplyNetwork net = SupplyNetworks.of(world, 2024, "copper");
        double grade = world.conversion("copper", Stage.MINING, Basis.GROSS_WEIGHT).orElseThrow().central();
        LookThroughDependencyAlgorithm tracing = LookThroughDependencyAlgorithm.of(net);
        for (String buyer : List.of("KOR", "JPN")) {
            for (String origin : List.of("CHL", "PER")) {
                SupplyEdge e = net.edge(Node.of(origin, Stage.MINING, "copper"), Node.of(buyer, Stage.MINING, "copper"))
                        .orElseThrow(() -> new AssertionError("no reported " + origin + " -> " + buyer + " copper ore"));
                assertEquals(FlowOrigin.REPORTED, e.origin());
                assertTrue(e.provenance().edition().startsWith("HS22"), e::toString);
                double gross = world.flows("copper", Stage.MINING, 2024).stream()
                        .filter(f -> f.from().id().equals(origin) && f.to().id().equals(buyer))
                        .mapToDouble(f -> f.quantity().tonnes()).sum();
                assertEquals(gross * grade, e.tonnes(), 1e-6 * e.tonnes());
            }
            Dependence d = tracing.dependence(Node.of(buyer, Stage.REFINING, "copper"));
            double chlPer = d.share(Stage.MINING, "CHL") + d.share(Stage.MINING, "PER");
            // Korea and Japan mine almost no copper: their smelters' ore is mostly Chilean and Peruvian
            assertTrue(chlPer > 0.3, () -> buyer + " " + d.at(Stage.MINING).orElseThrow());
            assertTrue(d.share(Stage.MINING, "CHL") > 0.05 && d.share(Stage.MINING, "PER") > 0.05,
                    () -> d.at(Stage.MINING).orElseThrow().toString());
        }
    }

    @Test
    void copperNickelAndCobalt2024_buildByDefault() {
        Dataset world = Datasets.world();
        for (String m : List.of("copper", "nickel", "cobalt")) {
            SupplyNetwork n = SupplyNetworks.of(world, 2024, m);
            assertTrue(n.edgeCount() > 0, m);
        }
        assertEquals(0.275, world.conversion("copper", Stage.MINING, Basis.GROSS_WEIGHT).orElseThrow().central(), 1e-12);
        assertTrue(world.conversion("cobalt", Stage.MINING, Basis.GROSS_WEIGHT).isPresent());
    }
}
