package org.msp.graph.concentration;

import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;

/** {@link ConcentrationAlgorithmContract} for {@link ProductionConcentration}: shares of reported production. */
class ProductionConcentrationProperties implements ConcentrationAlgorithmContract {
    @Override
    public ConcentrationAlgorithm concentration(Dataset dataset, SupplyNetwork network) {
        return new ProductionConcentration(dataset);
    }
}
