package org.msp.graph.dependency;

import org.msp.graph.SupplyNetwork;

/** {@link LookThroughDependencyContract} for {@link ProportionalTracing}. */
class ProportionalTracingProperties implements LookThroughDependencyContract {
    @Override
    public LookThroughDependency dependency(SupplyNetwork network) {
        return new ProportionalTracing(network);
    }
}
