package org.msp.graph.concentration;

import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;

/** {@link ConcentrationAlgorithmContract} for {@link NetworkConcentration}: shares of the output of the network's nodes. */
class NetworkConcentrationProperties implements ConcentrationAlgorithmContract {
    @Override
    public ConcentrationAlgorithm concentration(Dataset dataset, SupplyNetwork network) {
        return new NetworkConcentration(network, dataset);
    }
}
