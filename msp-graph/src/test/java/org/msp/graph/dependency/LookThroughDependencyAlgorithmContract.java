package org.msp.graph.dependency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
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
 * The invariants of every {@link LookThroughDependencyAlgorithm} on generated networks with recycling loops, unknown
 * sources and facilities: origin shares and the untraced share sum to one at every stage, removing supply never
 * raises any node's supply, and the all-consumer matrix agrees with one-consumer tracing. Implement
 * {@link #dependency(SupplyNetwork)} once per implementation.
 */
interface LookThroughDependencyAlgorithmContract {

    /** Returns the implementation under test, for {@code network}. */
    LookThroughDependencyAlgorithm dependency(SupplyNetwork network);

    @Provide
    default Arbitrary<SupplyNetwork> withLoops() {
        return SupplyArbitraries.networks().withFacilities(2).withUnknownSources().withRecyclingLoops();
    }

    /** Actor nodes with supply: the consumers whose dependence is defined. */
    static List<Node> consumers(SupplyNetwork n) {
        return n.nodes().stream().filter(v -> !v.isUnknownSource() && n.throughput(v) > 0).toList();
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void stageShares_andUntracedSumToOne(@ForAll("withLoops") SupplyNetwork n) {
        LookThroughDependencyAlgorithm t = dependency(n);
        for (Node c : consumers(n)) {
            Dependence d = t.dependence(c);
            for (StageOrigins s : d.stages()) {
                double sum = s.origins().stream().mapToDouble(OriginShare::share).sum() + s.untraced();
                assertEquals(1.0, sum, 1e-6, () -> c + " " + s);
            }
            // Every tonne entered the consumer's own stage somewhere.
            assertEquals(0.0, d.at(c.stage()).orElseThrow().untraced(), 1e-6, d::toString);
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void removingSupply_neverIncreasesAnyNodesSupply(@ForAll("withLoops") SupplyNetwork n,
            @ForAll @IntRange(min = 0, max = 1000) int pick) {
        LookThroughDependencyAlgorithm t = dependency(n);
        List<Node> sources = n.nodes().stream().filter(v -> n.ownSupply(v) > 0).toList();
        Set<Node> one = new HashSet<>();
        Set<Node> two = new HashSet<>();
        if (!sources.isEmpty()) {
            one.add(sources.get(pick % sources.size()));
            two.addAll(one);
            two.add(sources.get((pick / 7) % sources.size()));
        }
        SortedMap<Node, Double> none = t.remainingSupply(Set.of());
        SortedMap<Node, Double> less = t.remainingSupply(one);
        SortedMap<Node, Double> least = t.remainingSupply(two);
        for (Node v : none.keySet()) {
            double tol = 1e-9 * Math.max(1, n.throughput(v));
            assertEquals(n.throughput(v), none.get(v), 1e-6 * Math.max(1, n.throughput(v)), v::toString);
            assertTrue(less.get(v) <= none.get(v) + tol, v::toString);
            assertTrue(least.get(v) <= less.get(v) + tol, v::toString);
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void matrix_agreesWithOneConsumerTracing(@ForAll("withLoops") SupplyNetwork n) {
        LookThroughDependencyAlgorithm t = dependency(n);
        for (Stage s : Stage.values()) {
            // Also at stages without nodes: supply of ?X/component counts as unknown at mining either way.
            DependenceMatrix m = t.matrix(SupplyArbitraries.NETWORK_MINERAL, Stage.COMPONENT, s);
            for (Node c : m.consumers()) {
                Dependence d = t.dependence(c);
                for (String o : m.origins()) {
                    assertEquals(d.share(s, o), m.share(c, o), 1e-6, c + " from " + o + " at " + s);
                }
            }
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void matrix_lookupsByNameAgreeWithPositions(@ForAll("withLoops") SupplyNetwork n) {
        DependenceMatrix m = dependency(n).matrix(SupplyArbitraries.NETWORK_MINERAL, Stage.COMPONENT, Stage.MINING);
        for (int i = 0; i < m.consumers().size(); i++) {
            Node c = m.consumers().get(i);
            assertEquals(java.util.OptionalInt.of(i), m.row(c), c::toString);
            for (int j = 0; j < m.origins().size(); j++) {
                assertEquals(m.share(i, j), m.share(c, m.origins().get(j)), 0.0, c + " from " + m.origins().get(j));
            }
            assertEquals(0.0, m.share(c, "not an origin"), 0.0);
        }
        for (Node v : n.nodes()) {
            assertEquals(m.consumers().contains(v), m.row(v).isPresent(), v::toString);
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void dependenceAtOneStage_isThatStageOfTheDependence(@ForAll("withLoops") SupplyNetwork n) {
        List<Node> consumers = n.nodes().stream().filter(v -> !v.isUnknownSource()).toList();
        // Asked stage by stage first (nothing traced yet), then after the whole dependence, on a new algorithm.
        LookThroughDependencyAlgorithm first = dependency(n);
        java.util.Map<Node, java.util.Map<Stage, java.util.Optional<StageOrigins>>> byStage = new java.util.HashMap<>();
        for (Node c : consumers) {
            for (Stage s : Stage.values()) {
                byStage.computeIfAbsent(c, k -> new java.util.EnumMap<>(Stage.class)).put(s, first.dependence(c, s));
            }
        }
        LookThroughDependencyAlgorithm second = dependency(n);
        for (Node c : consumers) {
            Dependence d = second.dependence(c);
            for (Stage s : Stage.values()) {
                assertEquals(d.at(s), byStage.get(c).get(s), c + " at " + s);
                assertEquals(d.at(s), second.dependence(c, s), c + " at " + s);
            }
        }
    }
}
