package org.msp.graph.concentration;

import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;

/** {@link ConcentrationContract} for {@link ProductionConcentration}: shares of reported production. */
class ProductionConcentrationProperties implements ConcentrationContract {
    @Override
    public Concentration concentration(Dataset dataset, SupplyNetwork network) {
        return new ProductionConcentration(dataset);
    }
}
