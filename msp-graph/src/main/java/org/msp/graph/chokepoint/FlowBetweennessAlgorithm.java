package org.msp.graph.chokepoint;

import org.msp.graph.SupplyNetwork;

/** Ranks the nodes of a supply network by the supply they pass on between other nodes. */
public interface FlowBetweennessAlgorithm {
    /**
     * Returns the flow-weighted betweenness of every node.
     *
     * @throws NullPointerException if {@code network} is null
     */
    FlowBetweenness betweenness(SupplyNetwork network);
}
