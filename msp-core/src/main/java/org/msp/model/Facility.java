package org.msp.model;

import org.msp.internal.Checks;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A site at one value-chain stage in one country: a mine, smelter, refinery or plant.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id         lower-case identifier, unique in a dataset
 * @param name       display name
 * @param country    ISO3 code of the host country
 * @param stage      the stage the site works at
 * @param minerals   ids of the minerals it produces, sorted, at least one
 * @param capacity   yearly capacity, if known
 * @param operator   operator or main owner, if known
 * @param status     operating status
 * @param location   coordinates, if known
 * @param provenance where the record comes from
 */
public record Facility(String id, String name, String country, Stage stage, SortedSet<String> minerals,
        Optional<Quantity> capacity, Optional<String> operator, FacilityStatus status,
        Optional<Location> location, Provenance provenance) {
    public Facility {
        Checks.id(id, "Facility", "id");
        name = Checks.text(name, "Facility", "name");
        Checks.iso3(country, "Facility", "country");
        Checks.notNull(stage, "Facility", "stage");
        minerals = ImmutableSortedSet.copyOf(Checks.notNull(minerals, "Facility", "minerals"));
        if (minerals.isEmpty()) {
            throw new IllegalArgumentException("Facility " + id + ".minerals is empty");
        }
        for (String m : minerals) {
            Checks.id(m, "Facility", "minerals");
        }
        Checks.notNull(capacity, "Facility", "capacity");
        operator = Checks.notNull(operator, "Facility", "operator").map(o -> Checks.text(o, "Facility", "operator"));
        Checks.notNull(status, "Facility", "status");
        Checks.notNull(location, "Facility", "location");
        Checks.notNull(provenance, "Facility", "provenance");
    }

    /** Returns an operating facility with no capacity, operator or location known. */
    public static Facility of(String id, String name, String country, Stage stage, String mineral,
            Provenance provenance) {
        return new Facility(id, name, country, stage, ImmutableSortedSet.of(mineral), Optional.empty(),
                Optional.empty(), FacilityStatus.OPERATING, Optional.empty(), provenance);
    }

    /** Returns a copy with {@code capacity} set. */
    public Facility withCapacity(Quantity capacity) {
        return new Facility(id, name, country, stage, minerals, Optional.of(capacity), operator, status,
                location, provenance);
    }

    /** Returns a copy with {@code operator} set. */
    public Facility withOperator(String operator) {
        return new Facility(id, name, country, stage, minerals, capacity, Optional.of(operator), status,
                location, provenance);
    }

    /** Returns a copy with {@code status} set. */
    public Facility withStatus(FacilityStatus status) {
        return new Facility(id, name, country, stage, minerals, capacity, operator, status, location,
                provenance);
    }

    /** Returns a copy with {@code location} set. */
    public Facility withLocation(Location location) {
        return new Facility(id, name, country, stage, minerals, capacity, operator, status,
                Optional.of(location), provenance);
    }

    /** Returns this facility as an {@link Actor}. */
    public Actor actor() {
        return Actor.facility(id);
    }

    @Override
    public String toString() {
        return "Facility " + id + " (" + name + ", " + country + ", " + stage + ", " + minerals
                + capacity.map(c -> ", capacity " + c).orElse("") + ", " + status + ")";
    }
}
