package org.msp.graph.concentration;

import org.msp.model.Dataset;

/** {@link SupplyRiskAlgorithmContract} for {@link EuSupplyRisk}. */
class EuSupplyRiskProperties implements SupplyRiskAlgorithmContract {
    @Override
    public SupplyRiskAlgorithm algorithm(Dataset dataset) {
        return new EuSupplyRisk(dataset);
    }
}
