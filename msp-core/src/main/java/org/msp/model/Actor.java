package org.msp.model;

import org.msp.internal.Checks;


/**
 * A reference to who produces, holds or trades a mineral: a country (by ISO 3166-1 alpha-3 code) or a
 * facility (by id).
 *
 * <p>The text form is the code for a country ({@code "CHN"}) and {@code "facility:ID"} for a facility;
 * {@link #parse} reads both back. Actors order countries before facilities, then by id. This class is
 * immutable and thread-safe.
 *
 * @param kind country or facility
 * @param id   the ISO3 code or the facility id
 */
public record Actor(ActorKind kind, String id) implements Comparable<Actor> {
    private static final String FACILITY_PREFIX = "facility:";

    public Actor {
        Checks.notNull(kind, "Actor", "kind");
        if (kind == ActorKind.COUNTRY) {
            Checks.iso3(id, "Actor", "id");
        } else {
            Checks.id(id, "Actor", "id");
        }
    }

    /** Returns the actor for a country, e.g. {@code Actor.country("CHN")}. */
    public static Actor country(String iso3) {
        return new Actor(ActorKind.COUNTRY, iso3);
    }

    /** Returns the actor for a facility id. */
    public static Actor facility(String id) {
        return new Actor(ActorKind.FACILITY, id);
    }

    /** Returns the actor for a country record. */
    public static Actor from(Country country) {
        return country(country.iso3());
    }

    /** Returns the actor for a facility record. */
    public static Actor from(Facility facility) {
        return facility(facility.id());
    }

    /** Reads the text form written by {@link #toString()}: {@code "CHN"} or {@code "facility:ID"}. */
    public static Actor parse(String text) {
        Checks.notNull(text, "Actor", "text");
        return text.startsWith(FACILITY_PREFIX)
                ? facility(text.substring(FACILITY_PREFIX.length()))
                : country(text);
    }

    /** Returns true if this actor is a country. */
    public boolean isCountry() {
        return kind == ActorKind.COUNTRY;
    }

    @Override
    public int compareTo(Actor other) {
        // written out rather than a comparator chain: the dataset's lists are sorted by actor on every load
        int c = kind.compareTo(other.kind);
        return c != 0 ? c : id.compareTo(other.id);
    }

    /** Equal when kind and id are equal (as a record's; written out, as it runs for every figure loaded). */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Actor a && kind == a.kind && id.equals(a.id));
    }

    @Override
    public int hashCode() {
        return 31 * kind.ordinal() + id.hashCode();
    }

    @Override
    public String toString() {
        return kind == ActorKind.COUNTRY ? id : FACILITY_PREFIX + id;
    }
}
