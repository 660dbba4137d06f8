package org.msp.graph.chokepoint;

import org.msp.graph.SupplyNetwork;

/** {@link DominatorAlgorithmContract} for {@link CooperHarveyKennedyDominators}. */
class CooperHarveyKennedyDominatorsProperties implements DominatorAlgorithmContract {
    @Override
    public DominatorAlgorithm algorithm(SupplyNetwork network) {
        return new CooperHarveyKennedyDominators(network);
    }
}
