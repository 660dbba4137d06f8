package org.msp.graph.chokepoint;

/** What a minimum cut minimises. */
public enum CutWeight {
    /** The number of nodes in the cut (each node weighs 1): the fewest nodes whose loss cuts the supply. */
    NODES,
    /** The tonnes the cut nodes carry (each node weighs its throughput): the least supply at the cut. */
    TONNES
}
