package org.msp.graph.concentration;

import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;

/** {@link ConcentrationContract} for {@link NetworkConcentration}: shares of the output of the network's nodes. */
class NetworkConcentrationProperties implements ConcentrationContract {
    @Override
    public Concentration concentration(Dataset dataset, SupplyNetwork network) {
        return new NetworkConcentration(network, dataset);
    }
}
