package org.msp.graph.chokepoint;

import org.msp.graph.SupplyNetwork;

/** {@link RemovalImpactAlgorithmContract} for {@link ProportionalRemovalImpact}. */
class ProportionalRemovalImpactProperties implements RemovalImpactAlgorithmContract {
    @Override
    public RemovalImpactAlgorithm algorithm(SupplyNetwork network) {
        return new ProportionalRemovalImpact(network);
    }
}
