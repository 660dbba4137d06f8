package org.msp.graph.chokepoint;

/** {@link RemovalImpactAlgorithmContract} for {@link ProportionalRemovalImpact}. */
class ProportionalRemovalImpactProperties implements RemovalImpactAlgorithmContract {
    @Override
    public RemovalImpactAlgorithm algorithm() {
        return new ProportionalRemovalImpact();
    }
}
