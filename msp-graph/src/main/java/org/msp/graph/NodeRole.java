package org.msp.graph;

import java.util.Locale;

/**
 * What a node does in its network's year, read off its flows (see {@link SupplyNetwork#role(Node)}): the same
 * reading for every analysis, so that a country that only passes on what it imports is called a transit hub
 * wherever it appears, never a producer.
 */
public enum NodeRole {
    /** An actor node with own supply or input from another stage: it makes the stage's product. */
    PRODUCER,
    /** An actor node that makes nothing at its stage but imports and sends on (re-exports). */
    TRANSIT_HUB,
    /** An actor node that only receives. */
    CONSUMER,
    /** An actor node with no supply at all. */
    IDLE,
    /** Supply of unknown origin feeding its actor's node: origin unknown, via that actor. */
    UNKNOWN_SOURCE;

    /** Returns the lower-case name with spaces, e.g. {@code "transit hub"}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
