package org.msp.graph.dependency;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.model.Stage;

/**
 * The invariants of every {@link BlocDependenceAlgorithm} on generated networks with unknown sources and facilities, with
 * and without recycling loops: the proportional dependence on a bloc lies within its max-flow bounds. Implement
 * {@link #bounds(SupplyNetwork)} once per implementation.
 */
interface BlocDependenceAlgorithmContract {

    /** Returns the implementation under test, for {@code network}. */
    BlocDependenceAlgorithm bounds(SupplyNetwork network);

    @Provide
    default Arbitrary<SupplyNetwork> acyclic() {
        return SupplyArbitraries.networks().withFacilities(2).withUnknownSources();
    }

    @Provide
    default Arbitrary<SupplyNetwork> withLoops() {
        return SupplyArbitraries.networks().withFacilities(2).withUnknownSources().withRecyclingLoops();
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void proportional_liesWithinMaxFlowBounds(@ForAll("acyclic") SupplyNetwork n,
            @ForAll @IntRange(min = 0, max = 511) int blocMask) {
        checkBounds(n, blocMask);
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void proportional_liesWithinMaxFlowBounds_withLoops(@ForAll("withLoops") SupplyNetwork n,
            @ForAll @IntRange(min = 0, max = 511) int blocMask) {
        checkBounds(n, blocMask);
    }

    private void checkBounds(SupplyNetwork n, int blocMask) {
        Set<String> bloc = new HashSet<>();
        for (int i = 0; i < SupplyArbitraries.NETWORK_COUNTRIES.size(); i++) {
            if ((blocMask >> i & 1) == 1) {
                bloc.add(SupplyArbitraries.NETWORK_COUNTRIES.get(i));
            }
        }
        BlocDependenceAlgorithm b = bounds(n);
        for (Node c : LookThroughDependencyAlgorithmContract.consumers(n)) {
            if (inLoop(n, c)) {
                continue; // its throughput counts circulating material (see MaxFlowBlocBounds)
            }
            for (Stage s : SupplyArbitraries.NETWORK_STAGES) {
                DependenceBounds r = b.bounds(c, s, bloc);
                double tol = 1e-6 * Math.max(1, r.supply());
                assertTrue(r.minimum() <= r.proportional() + tol && r.proportional() <= r.maximum() + tol,
                        () -> r + " min " + r.minimum() + " prop " + r.proportional() + " max " + r.maximum());
            }
        }
    }

    private static boolean inLoop(SupplyNetwork n, Node c) {
        int v = n.index(c);
        var g = n.compact();
        return v > 0 && g.component(v - 1) == g.component(v) || v + 1 < n.nodeCount() && g.component(v + 1) == g.component(v);
    }
}
