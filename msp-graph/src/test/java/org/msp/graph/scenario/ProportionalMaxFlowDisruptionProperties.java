package org.msp.graph.scenario;

import org.msp.graph.SupplyNetwork;

/** {@link DisruptionAlgorithmContract} for {@link ProportionalMaxFlowDisruption} (what {@link Scenarios} runs). */
class ProportionalMaxFlowDisruptionProperties implements DisruptionAlgorithmContract {
    @Override
    public DisruptionAlgorithm analysis(SupplyNetwork network) {
        return new ProportionalMaxFlowDisruption(network, Stockpiles.none());
    }
}
