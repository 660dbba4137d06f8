package org.msp.graph.chokepoint;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Stage;

/**
 * One-shot answers of the chokepoint analyses, for code and JShell: each binds the package's algorithm to the
 * network ({@link DominatorAlgorithm#of}, {@link RemovalImpactAlgorithm#of}, {@link MinimumCutAlgorithm#of},
 * {@link FlowBetweennessAlgorithm#of}) and asks it once:
 * <pre>{@code
 * SupplyNetwork net = ...;
 * Node korea = Node.of("KOR", Stage.COMPONENT, "lithium");
 * Chokepoints.of(net, korea);                    // dominators, largest single losses, minimum vertex cut
 * Chokepoints.removalImpact(net, korea).top(5);  // loss from each node, proportional, all nodes in one pass
 * Chokepoints.cutForShare(net, korea, 0.5);      // a small set removing at least half of Korea's supply
 * Chokepoints.cutForShare(net, korea, 0.5, CutUnit.ACTOR); // the same in countries or facilities
 * Chokepoints.betweenness(net);                  // transit ranking
 * }</pre>
 * The implementations are {@link CooperHarveyKennedyDominators}, {@link ProportionalRemovalImpact}, {@link
 * NodeSplitMinimumCut} and {@link ThroughflowBetweenness}; see them for definitions, sources and running times.
 * This class is stateless and thread-safe.
 */
public final class Chokepoints {
    private Chokepoints() {
    }

    /**
     * Returns the dominators, removal impacts and minimum-cardinality vertex cut of {@code consumer}.
     *
     * @throws IllegalArgumentException if the network has no such node
     */
    public static ConsumerChokepoints of(SupplyNetwork network, Node consumer) {
        Dominators d = DominatorAlgorithm.of(network).dominators(consumer);
        RemovalImpact r = RemovalImpactAlgorithm.of(network).removalImpact(consumer);
        MinimumCut c = MinimumCutAlgorithm.of(network).disconnectingCut(consumer, CutWeight.NODES);
        return new ConsumerChokepoints(consumer, r.supply(), d, r, c);
    }

    /**
     * Returns the chokepoints of country {@code iso3} at {@code stage} in a network of one mineral.
     *
     * @throws IllegalArgumentException if the network holds several minerals or has no such node
     */
    public static ConsumerChokepoints of(SupplyNetwork network, String iso3, Stage stage) {
        Objects.requireNonNull(network, "network");
        if (network.minerals().size() != 1) {
            throw new IllegalArgumentException("the network holds minerals " + network.minerals()
                    + ": name the consumer with Node.of(iso3, stage, mineral)");
        }
        return of(network, Node.of(iso3, stage, network.minerals().first()));
    }

    /** Returns the dominator tree of every node. */
    public static DominatorTree dominatorTree(SupplyNetwork network) {
        return DominatorAlgorithm.of(network).dominatorTree();
    }

    /** Returns the single points of failure of {@code consumer}, source side first. */
    public static Dominators dominators(SupplyNetwork network, Node consumer) {
        return DominatorAlgorithm.of(network).dominators(consumer);
    }

    /** Returns the supply {@code consumer} loses when each node is lost (proportional, all nodes in one pass). */
    public static RemovalImpact removalImpact(SupplyNetwork network, Node consumer) {
        return RemovalImpactAlgorithm.of(network).removalImpact(consumer);
    }

    /**
     * Returns the removal impact for each consumer in {@code consumers} (one pass each), in the order given.
     *
     * @throws IllegalArgumentException if the network lacks one of them
     */
    public static Map<Node, RemovalImpact> removalImpacts(SupplyNetwork network, Iterable<Node> consumers) {
        Map<Node, RemovalImpact> out = new LinkedHashMap<>();
        RemovalImpactAlgorithm impact = RemovalImpactAlgorithm.of(network);
        for (Node c : consumers) {
            out.put(c, impact.removalImpact(c));
        }
        return ImmutableMap.copyOf(out);
    }

    /** Returns the minimum-weight vertex cut between all supply and {@code consumer}. */
    public static MinimumCut minimumCut(SupplyNetwork network, Node consumer, CutWeight weight) {
        return MinimumCutAlgorithm.of(network).disconnectingCut(consumer, weight);
    }

    /** Returns a small set of nodes whose loss removes at least {@code share} of the consumer's supply. */
    public static MinimumCut cutForShare(SupplyNetwork network, Node consumer, double share) {
        return MinimumCutAlgorithm.of(network).cutForShare(consumer, share);
    }

    /**
     * Returns a small set of nodes, or of actors (countries or facilities, all their stages), whose loss removes at
     * least {@code share} of the consumer's supply.
     */
    public static MinimumCut cutForShare(SupplyNetwork network, Node consumer, double share, CutUnit unit) {
        return MinimumCutAlgorithm.of(network).cutForShare(consumer, share, unit);
    }

    /** Returns the flow-weighted betweenness ranking. */
    public static FlowBetweenness betweenness(SupplyNetwork network) {
        return FlowBetweennessAlgorithm.of(network).betweenness();
    }
}
