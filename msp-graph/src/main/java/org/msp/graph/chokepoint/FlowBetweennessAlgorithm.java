package org.msp.graph.chokepoint;

import org.msp.graph.SupplyNetwork;

/** Ranks the nodes of a supply network by the supply they pass on between other nodes. */
public interface FlowBetweennessAlgorithm {
    /**
     * Returns the throughflow betweenness ({@link ThroughflowBetweenness}) bound to {@code network}.
     *
     * @throws NullPointerException if {@code network} is null
     */
    static FlowBetweennessAlgorithm of(SupplyNetwork network) {
        return new ThroughflowBetweenness(network);
    }

    /** Returns the network this algorithm is bound to. */
    SupplyNetwork network();

    /** Returns the flow-weighted betweenness of every node. */
    FlowBetweenness betweenness();
}
