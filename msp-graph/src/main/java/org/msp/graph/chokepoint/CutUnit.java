package org.msp.graph.chokepoint;

/** What a set for a target share is made of. */
public enum CutUnit {
    /** Nodes: an actor (country or facility) at one stage, or an unknown source. */
    NODE,
    /**
     * Actors: losing an actor loses all of its nodes, at every stage, together with the unknown sources that feed
     * them. The consumer's own actor is never in the set (its domestic supply counts like its own production).
     */
    ACTOR
}
