package org.msp.graph.chokepoint;

import org.msp.graph.SupplyNetwork;

/** {@link FlowBetweennessAlgorithmContract} for {@link ThroughflowBetweenness}. */
class ThroughflowBetweennessProperties implements FlowBetweennessAlgorithmContract {
    @Override
    public FlowBetweennessAlgorithm algorithm(SupplyNetwork network) {
        return new ThroughflowBetweenness(network);
    }
}
