package org.msp.graph.scenario;

/** {@link DisruptionAnalysisContract} for {@link ProportionalMaxFlowDisruption} (what {@link Scenarios} runs). */
class ProportionalMaxFlowDisruptionProperties implements DisruptionAnalysisContract {
    @Override
    public DisruptionAnalysis analysis() {
        return new ProportionalMaxFlowDisruption(Stockpiles.none());
    }
}
