package org.msp.model;

import org.msp.internal.Checks;

/**
 * Tonnes of a mineral a country holds in a strategic or commercial stockpile in a year.
 *
 * @param country    ISO3 code of the holder
 * @param mineral    mineral id
 * @param year       year of the figure
 * @param quantity   tonnes held
 * @param provenance where the figure comes from
 */
public record Stockpile(String country, String mineral, int year, Quantity quantity, Provenance provenance) {
    public Stockpile {
        Checks.iso3(country, "Stockpile", "country");
        Checks.id(mineral, "Stockpile", "mineral");
        Checks.year(year, "Stockpile", "year");
        Checks.notNull(quantity, "Stockpile", "quantity");
        Checks.notNull(provenance, "Stockpile", "provenance");
    }

    /** Returns a stockpile of {@code tonnes} of contained mineral. */
    public static Stockpile of(String country, String mineral, int year, double tonnes, Provenance provenance) {
        return new Stockpile(country, mineral, year, Quantity.tonnes(tonnes), provenance);
    }

    @Override
    public String toString() {
        return "Stockpile " + country + " " + mineral + " " + year + ": " + quantity;
    }
}
