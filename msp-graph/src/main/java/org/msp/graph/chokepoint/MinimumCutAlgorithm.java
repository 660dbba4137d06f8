package org.msp.graph.chokepoint;

import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;

/** Finds small sets of nodes (countries or facilities at a stage) whose loss removes a consumer's supply. */
public interface MinimumCutAlgorithm {
    /**
     * Returns the node-splitting max-flow algorithm ({@link NodeSplitMinimumCut}) bound to {@code network}.
     *
     * @throws NullPointerException if {@code network} is null
     */
    static MinimumCutAlgorithm of(SupplyNetwork network) {
        return new NodeSplitMinimumCut(network);
    }

    /** Returns the network this algorithm is bound to. */
    SupplyNetwork network();

    /**
     * Returns a minimum-weight set of nodes, other than the consumer, that meets every flowing path from a node
     * with own supply to {@code consumer}: losing it leaves the consumer with its own supply only.
     *
     * @throws IllegalArgumentException if the network has no such node
     */
    MinimumCut disconnectingCut(Node consumer, CutWeight weight);

    /**
     * Returns a small set of nodes, other than the consumer, whose loss removes at least {@code share} of the
     * consumer's supply under proportional propagation.
     *
     * @throws IllegalArgumentException if the network has no such node, the consumer receives no supply,
     *                                  {@code share} is outside (0, 1], or the consumer's own supply keeps more
     *                                  than {@code 1 - share} of its supply out of reach
     */
    default MinimumCut cutForShare(Node consumer, double share) {
        return cutForShare(consumer, share, CutUnit.NODE);
    }

    /**
     * Returns a small set of nodes, or of actors (all their nodes), other than the consumer (and, for actors, the
     * consumer's actor), whose loss removes at least {@code share} of the consumer's supply under proportional
     * propagation.
     *
     * @throws IllegalArgumentException as {@link #cutForShare(Node, double)}, where what stays out
     *                                  of reach is the consumer's own supply, or for actors all that its own
     *                                  actor's nodes provide
     */
    MinimumCut cutForShare(Node consumer, double share, CutUnit unit);
}
