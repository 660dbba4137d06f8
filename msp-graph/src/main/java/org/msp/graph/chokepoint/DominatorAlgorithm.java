package org.msp.graph.chokepoint;

import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;

/**
 * Finds the single points of failure of supply: the dominators of each node in the flow graph rooted at a
 * super-source that feeds every node with own supply (edges count when they carry flow).
 */
public interface DominatorAlgorithm {
    /**
     * Returns the algorithm of Cooper, Harvey and Kennedy ({@link CooperHarveyKennedyDominators}) bound to
     * {@code network}.
     *
     * @throws NullPointerException if {@code network} is null
     */
    static DominatorAlgorithm of(SupplyNetwork network) {
        return new CooperHarveyKennedyDominators(network);
    }

    /** Returns the network this algorithm is bound to. */
    SupplyNetwork network();

    /** Returns the dominator tree of every node of the network. */
    DominatorTree dominatorTree();

    /**
     * Returns the dominators of {@code consumer}, source side first, each with the supply the consumer loses
     * with it (all of it).
     *
     * @throws IllegalArgumentException if the network has no such node
     */
    Dominators dominators(Node consumer);
}
