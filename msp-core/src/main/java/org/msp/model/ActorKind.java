package org.msp.model;

/** The kind of an {@link Actor}: a country or a facility. */
public enum ActorKind {
    /** A country, identified by its ISO 3166-1 alpha-3 code. */
    COUNTRY,
    /** A facility, identified by its dataset id. */
    FACILITY
}
