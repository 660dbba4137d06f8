package org.msp.graph.diversification;

import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;

/** {@link BlocSupplyAlgorithmContract} for {@link ProportionalBlocSupply}. */
class ProportionalBlocSupplyProperties implements BlocSupplyAlgorithmContract {
    @Override
    public BlocSupplyAlgorithm algorithm(Dataset dataset, SupplyNetwork network) {
        return new ProportionalBlocSupply(dataset, network);
    }
}
