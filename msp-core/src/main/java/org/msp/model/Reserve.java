package org.msp.model;

import org.msp.internal.Checks;

/**
 * Reserves of a mineral held by a country or facility, as reported for a year.
 *
 * <p>Reserves are in the ground: they belong to the mining stage. This class is immutable and
 * thread-safe.
 *
 * @param holder     the country or facility
 * @param mineral    mineral id
 * @param year       year of the estimate
 * @param quantity   tonnes in reserve
 * @param qualifier  how the source qualifies the figure
 * @param provenance where the figure comes from
 */
public record Reserve(Actor holder, String mineral, int year, Quantity quantity, Qualifier qualifier,
        Provenance provenance) {
    public Reserve {
        Checks.notNull(holder, "Reserve", "holder");
        Checks.id(mineral, "Reserve", "mineral");
        Checks.year(year, "Reserve", "year");
        Checks.notNull(quantity, "Reserve", "quantity");
        Checks.notNull(qualifier, "Reserve", "qualifier");
        Checks.notNull(provenance, "Reserve", "provenance");
    }

    /** Returns reported reserves of {@code tonnes} of contained mineral held by a country. */
    public static Reserve of(String country, String mineral, int year, double tonnes, Provenance provenance) {
        return new Reserve(Actor.country(country), mineral, year, Quantity.tonnes(tonnes), Qualifier.REPORTED,
                provenance);
    }

    @Override
    public String toString() {
        return "Reserve " + holder + " " + mineral + " " + year + ": " + quantity
                + (qualifier == Qualifier.REPORTED ? "" : " (" + qualifier + ")");
    }
}
