package org.msp.graph.chokepoint;

import org.msp.graph.SupplyNetwork;

/** {@link MinimumCutAlgorithmContract} for {@link NodeSplitMinimumCut}. */
class NodeSplitMinimumCutProperties implements MinimumCutAlgorithmContract {
    @Override
    public MinimumCutAlgorithm algorithm(SupplyNetwork network) {
        return new NodeSplitMinimumCut(network);
    }
}
