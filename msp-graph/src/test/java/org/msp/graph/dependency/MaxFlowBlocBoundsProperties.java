package org.msp.graph.dependency;

import org.msp.graph.SupplyNetwork;

/** {@link BlocDependenceAlgorithmContract} for {@link MaxFlowBlocBounds}. */
class MaxFlowBlocBoundsProperties implements BlocDependenceAlgorithmContract {
    @Override
    public BlocDependenceAlgorithm bounds(SupplyNetwork network) {
        return new MaxFlowBlocBounds(network);
    }
}
