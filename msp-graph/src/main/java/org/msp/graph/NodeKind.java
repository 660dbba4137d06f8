package org.msp.graph;

/** What a {@link Node} of a supply network stands for. */
public enum NodeKind {
    /** A country or facility holding the product of one stage. */
    ACTOR,
    /**
     * Supply the data leave unexplained, as a product of its {@link Node#stage() stage}. It feeds the actor's
     * node at the same stage (exports beyond production plus imports: {@code ?CHN/refining -> CHN/refining})
     * or at the next stage (refinery output larger than the ore the refiner is known to receive: ore of
     * unknown origin, {@code ?CHN/mining -> CHN/refining}).
     */
    UNKNOWN_SOURCE
}
