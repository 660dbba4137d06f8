package org.msp.graph.chokepoint;

/** {@link DominatorAlgorithmContract} for {@link CooperHarveyKennedyDominators}. */
class CooperHarveyKennedyDominatorsProperties implements DominatorAlgorithmContract {
    @Override
    public DominatorAlgorithm algorithm() {
        return new CooperHarveyKennedyDominators();
    }
}
