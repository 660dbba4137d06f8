package org.msp.graph.dependency;

import org.msp.graph.SupplyNetwork;

/** {@link BlocDependenceContract} for {@link MaxFlowBlocBounds}. */
class MaxFlowBlocBoundsProperties implements BlocDependenceContract {
    @Override
    public BlocDependence bounds(SupplyNetwork network) {
        return new MaxFlowBlocBounds(network);
    }
}
