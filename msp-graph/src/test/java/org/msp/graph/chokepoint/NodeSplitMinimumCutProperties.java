package org.msp.graph.chokepoint;

/** {@link MinimumCutAlgorithmContract} for {@link NodeSplitMinimumCut}. */
class NodeSplitMinimumCutProperties implements MinimumCutAlgorithmContract {
    @Override
    public MinimumCutAlgorithm algorithm() {
        return new NodeSplitMinimumCut();
    }
}
