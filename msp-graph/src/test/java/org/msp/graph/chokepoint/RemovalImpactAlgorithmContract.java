package org.msp.graph.chokepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.arbitraries.SupplyArbitraries;

/**
 * The invariants of every {@link RemovalImpactAlgorithm} on generated networks: each node's impact equals
 * brute-force removal and re-propagation. Implement {@link #algorithm(SupplyNetwork)} once per
 * implementation.
 */
interface RemovalImpactAlgorithmContract {

    /** Returns the implementation under test. */
    RemovalImpactAlgorithm algorithm(SupplyNetwork network);

    @Provide
    default Arbitrary<SupplyNetwork> networks() {
        return SupplyArbitraries.networks().withCountries(1, 5).withFacilities(2).withRecyclingLoops()
                .withUnknownSources();
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void removalImpact_agreesWithBruteForceRemovalAndRepropagation(@ForAll("networks") SupplyNetwork net) {
        int n = net.nodeCount();
        double[][] without = new double[n][];
        for (int u = 0; u < n; u++) {
            boolean[] mask = new boolean[n];
            mask[u] = true;
            without[u] = BruteForce.throughputWithout(net, mask);
        }
        for (Node c : net.nodes()) {
            double supply = net.throughput(c);
            if (supply <= 0) {
                continue;
            }
            RemovalImpact r = algorithm(net).removalImpact(c);
            assertEquals(supply, r.supply(), 1e-9 * supply);
            for (Node u : net.nodes()) {
                double expected = supply - without[net.index(u)][net.index(c)];
                assertEquals(expected, r.tonnesLost(u), 1e-7 * (1 + supply), () -> "loss of " + c + " without " + u);
            }
        }
    }
}
