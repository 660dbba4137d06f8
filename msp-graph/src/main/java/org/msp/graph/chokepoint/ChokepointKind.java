package org.msp.graph.chokepoint;

/** Why a node is reported as a chokepoint. */
public enum ChokepointKind {
    /** The node dominates the consumer: every supply path to it passes through the node (single point of failure). */
    DOMINATOR,
    /** The node belongs to a minimum cut or to a set whose loss removes a target share of the consumer's supply. */
    CUT_MEMBER,
    /** The node's loss, alone, removes supply from the consumer under proportional propagation. */
    REMOVAL_IMPACT,
    /** The node passes on supply between other nodes (flow-weighted betweenness, a secondary ranking). */
    BETWEENNESS
}
