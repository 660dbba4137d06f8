package org.msp.graph.chokepoint;

import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;

/** Computes the supply a consumer loses when any one node is lost, for all nodes at once. */
public interface RemovalImpactAlgorithm {
    /**
     * Returns the proportional removal impact ({@link ProportionalRemovalImpact}) bound to {@code network}.
     *
     * @throws NullPointerException if {@code network} is null
     */
    static RemovalImpactAlgorithm of(SupplyNetwork network) {
        return new ProportionalRemovalImpact(network);
    }

    /** Returns the network this algorithm is bound to. */
    SupplyNetwork network();

    /**
     * Returns the loss of {@code consumer} for the removal of each node.
     *
     * @throws IllegalArgumentException if the network has no such node, or a recycling loop passes on all of its
     *                                  throughput (the propagation is then undefined)
     */
    RemovalImpact removalImpact(Node consumer);
}
