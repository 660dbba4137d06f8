package org.msp.model;

import org.msp.internal.Checks;

/**
 * Tonnes of a mineral a country uses in a year.
 *
 * @param country    ISO3 code of the consumer
 * @param mineral    mineral id
 * @param year       calendar year
 * @param quantity   tonnes used in the year
 * @param provenance where the figure comes from
 */
public record Demand(String country, String mineral, int year, Quantity quantity, Provenance provenance) {
    public Demand {
        Checks.iso3(country, "Demand", "country");
        Checks.id(mineral, "Demand", "mineral");
        Checks.year(year, "Demand", "year");
        Checks.notNull(quantity, "Demand", "quantity");
        Checks.notNull(provenance, "Demand", "provenance");
    }

    /** Returns a demand of {@code tonnes} of contained mineral a year. */
    public static Demand of(String country, String mineral, int year, double tonnes, Provenance provenance) {
        return new Demand(country, mineral, year, Quantity.tonnes(tonnes), provenance);
    }

    @Override
    public String toString() {
        return "Demand " + country + " " + mineral + " " + year + ": " + quantity + "/year";
    }
}
