package org.msp.graph.scenario;

import org.msp.graph.SupplyNetwork;

/** {@link DisruptionAnalysisContract} for {@link ProportionalMaxFlowDisruption} (what {@link Scenarios} runs). */
class ProportionalMaxFlowDisruptionProperties implements DisruptionAnalysisContract {
    @Override
    public DisruptionAnalysis analysis(SupplyNetwork network) {
        return new ProportionalMaxFlowDisruption(network, Stockpiles.none());
    }
}
