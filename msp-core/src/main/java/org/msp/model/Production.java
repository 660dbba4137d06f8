package org.msp.model;

import org.msp.internal.Checks;

/**
 * Output of a mineral by a country or facility at one stage in one year.
 *
 * <p>Figures a source withholds or does not give are not productions of zero: they are recorded as
 * {@link DataGap}s. This class is immutable and thread-safe.
 *
 * @param producer   the country or facility
 * @param mineral    mineral id
 * @param stage      value-chain stage of the output
 * @param year       calendar year
 * @param quantity   tonnes produced
 * @param qualifier  how the source qualifies the figure
 * @param provenance where the figure comes from
 */
public record Production(Actor producer, String mineral, Stage stage, int year, Quantity quantity,
        Qualifier qualifier, Provenance provenance) {
    public Production {
        Checks.notNull(producer, "Production", "producer");
        Checks.id(mineral, "Production", "mineral");
        Checks.notNull(stage, "Production", "stage");
        Checks.year(year, "Production", "year");
        Checks.notNull(quantity, "Production", "quantity");
        Checks.notNull(qualifier, "Production", "qualifier");
        Checks.notNull(provenance, "Production", "provenance");
    }

    /** Returns a reported production of {@code tonnes} of contained mineral by a country. */
    public static Production of(String country, String mineral, Stage stage, int year, double tonnes,
            Provenance provenance) {
        return new Production(Actor.country(country), mineral, stage, year, Quantity.tonnes(tonnes),
                Qualifier.REPORTED, provenance);
    }

    @Override
    public String toString() {
        return "Production " + producer + " " + mineral + "/" + stage + " " + year + ": " + quantity
                + (qualifier == Qualifier.REPORTED ? "" : " (" + qualifier + ")");
    }
}
