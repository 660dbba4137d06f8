package org.msp.graph.dependency;

import org.msp.graph.SupplyNetwork;

/** {@link LookThroughDependencyAlgorithmContract} for {@link ProportionalTracing}. */
class ProportionalTracingProperties implements LookThroughDependencyAlgorithmContract {
    @Override
    public LookThroughDependencyAlgorithm dependency(SupplyNetwork network) {
        return new ProportionalTracing(network);
    }
}
