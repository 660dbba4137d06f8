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
 * The invariants of every {@link DominatorAlgorithm} on generated networks (with recycling loops, unknown
 * sources and facilities): the dominators are exactly the nodes whose brute-force removal cuts the consumer off
 * every source. Implement {@link #algorithm(SupplyNetwork)} once per
 * implementation.
 */
interface DominatorAlgorithmContract {

    /** Returns the implementation under test. */
    DominatorAlgorithm algorithm(SupplyNetwork network);

    @Provide
    default Arbitrary<SupplyNetwork> networks() {
        return SupplyArbitraries.networks().withCountries(1, 5).withFacilities(2).withRecyclingLoops()
                .withUnknownSources();
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void dominatorTree_agreesWithBruteForceRemoval(@ForAll("networks") SupplyNetwork net) {
        DominatorTree t = algorithm(net).dominatorTree();
        for (Node v : net.nodes()) {
            boolean reach = BruteForce.reachable(net, v, (Node) null);
            assertEquals(reach, t.isReachable(v), v::toString);
            if (!reach) {
                continue;
            }
            for (Node d : net.nodes()) {
                if (!d.equals(v)) {
                    boolean dominates = !BruteForce.reachable(net, v, d);
                    assertEquals(dominates, t.dominates(d, v), () -> d + " dominates " + v);
                }
            }
            // The per-consumer answer is the tree's chain, and each dominator costs all of the supply.
            Dominators ds = algorithm(net).dominators(v);
            assertEquals(t.dominators(v), ds.nodes());
            for (Chokepoint c : ds.dominators()) {
                assertEquals(ds.supply(), c.tonnesLost(), 1e-7 * (1 + ds.supply()), c::toString);
            }
        }
    }
}
