package org.msp.graph;

/** What a {@link Node} of a supply network stands for. */
public enum NodeKind {
    /** A country or facility holding the product of one stage. */
    ACTOR,
    /**
     * Supply the data leave unexplained: for example refinery output larger than the ore the refiner is
     * known to receive. It feeds the actor node named by {@link Node#actor()}.
     */
    UNKNOWN_SOURCE
}
