package org.msp.graph.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Stage;

class SyntheticNetworksTest {

    private static final SyntheticNetwork TEN_THOUSAND = SyntheticNetworks.generate(SyntheticSpec.ofEdges(10_000, 7));

    @Test
    void generate_reachesTheTargetEdgeCountWithinOneMineral() {
        SupplyNetwork n = TEN_THOUSAND.network();
        assertTrue(n.edgeCount() >= 10_000, n.toString());
        // Minerals are added whole: dropping the last one leaves fewer edges than the target.
        String last = n.minerals().last();
        long withoutLast = n.edges().stream().filter(e -> !e.source().mineral().equals(last)).count();
        assertTrue(withoutLast < 10_000, "without " + last + ": " + withoutLast);
    }

    @Test
    void generate_sameSeedSameNetwork_otherSeedOtherNetwork() {
        SupplyNetwork again = SyntheticNetworks.generate(SyntheticSpec.ofEdges(10_000, 7)).network();
        SupplyNetwork other = SyntheticNetworks.generate(SyntheticSpec.ofEdges(10_000, 8)).network();
        assertEquals(TEN_THOUSAND.network().nodes(), again.nodes());
        assertEquals(TEN_THOUSAND.network().edges().toString(), again.edges().toString());
        assertNotEquals(TEN_THOUSAND.network().edges().toString(), other.edges().toString());
    }

    @Test
    void generate_conservesFlowAtEveryNode() {
        SupplyNetwork n = TEN_THOUSAND.network();
        for (Node v : n.nodes()) {
            double out = n.graph().outgoingEdgesOf(v).stream().mapToDouble(SupplyEdge::tonnes).sum();
            assertTrue(out <= n.throughput(v) * (1 + 1e-9) + 1e-9, v + " sends " + out + " of " + n.throughput(v));
        }
    }

    @Test
    void generate_withoutLoopsIsAcyclic_withLoopsIsNot() {
        assertTrue(TEN_THOUSAND.network().compact().isAcyclic());
        SupplyNetwork loops = SyntheticNetworks.generate(SyntheticSpec.ofEdges(5_000, 7).withLoopShare(0.5)).network();
        assertFalse(loops.compact().isAcyclic());
    }

    @Test
    void generate_facilitySizesAreHeavyTailed() {
        SupplyNetwork n = TEN_THOUSAND.network();
        double[] mines = n.nodes().stream().filter(v -> v.stage() == Stage.MINING && !v.isCountry())
                .mapToDouble(n::ownSupply).sorted().toArray();
        double total = Arrays.stream(mines).sum();
        double top = 0;
        int tenth = mines.length / 10;
        for (int i = mines.length - tenth; i < mines.length; i++) {
            top += mines[i];
        }
        // A tenth of the mines hold far more than a tenth of supply (Pareto 1.16: about half).
        assertTrue(top / total > 0.3, "top tenth holds " + top / total);
        assertTrue(mines.length > 100, "mines: " + mines.length);
    }

    @Test
    void generate_datasetPlacesEveryFacilityNodeInItsCountry() {
        SyntheticNetwork s = TEN_THOUSAND;
        for (Node v : s.network().nodes()) {
            if (!v.isCountry()) {
                String id = v.actor().id();
                String country = s.dataset().countryOf(v.actor());
                assertEquals(id.split("\\.")[1].toUpperCase(java.util.Locale.ROOT), country);
            }
        }
    }

    @Test
    void writeEdgeList_readsBackToTheSameArrays(@TempDir Path dir) throws Exception {
        SupplyNetwork n = SyntheticNetworks.generate(SyntheticSpec.ofEdges(500, 3).withCountries(20)).network();
        Path edges = dir.resolve("edges.tsv");
        Path nodes = dir.resolve("nodes.tsv");
        SyntheticNetworks.writeEdgeList(n, edges, nodes);
        List<String> e = Files.readAllLines(edges);
        assertEquals("tail\thead\tflow\tcapacity", e.get(0));
        assertEquals(n.edgeCount() + 1, e.size());
        for (int i = 0; i < n.edgeCount(); i++) {
            String[] f = e.get(i + 1).split("\t");
            assertEquals(n.compact().tail(i), Integer.parseInt(f[0]));
            assertEquals(n.compact().head(i), Integer.parseInt(f[1]));
            assertEquals(n.compact().flow(i), Double.parseDouble(f[2]));
            assertEquals(n.compact().capacity(i), Double.parseDouble(f[3]));
        }
        List<String> v = Files.readAllLines(nodes);
        assertEquals(n.nodeCount() + 1, v.size());
        for (int i = 0; i < n.nodeCount(); i++) {
            String[] f = v.get(i + 1).split("\t");
            assertEquals(n.ownSupply(n.node(i)), Double.parseDouble(f[1]));
            assertEquals(n.node(i).toString(), f[3]);
        }
    }

    @Test
    void spec_refusesInvalidParameters() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticSpec.ofEdges(0, 1));
        assertThrows(IllegalArgumentException.class, () -> SyntheticSpec.ofEdges(10, 1).withCountries(1));
        assertThrows(IllegalArgumentException.class, () -> SyntheticSpec.ofEdges(10, 1).withLoopShare(1.5));
        assertThrows(IllegalArgumentException.class, () -> SyntheticSpec.ofEdges(10, 1).withParetoAlpha(0));
        assertThrows(IllegalArgumentException.class, () -> SyntheticNetworks.countryCode(17_576));
        assertEquals("AAB", SyntheticNetworks.countryCode(1));
        assertEquals("ZZZ", SyntheticNetworks.countryCode(17_575));
    }
}
