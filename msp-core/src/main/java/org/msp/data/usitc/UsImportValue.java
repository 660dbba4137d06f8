package org.msp.data.usitc;

import org.msp.internal.Checks;

/**
 * The customs value of U.S. imports for consumption of one HTS heading from one partner in one year, as
 * USITC DataWeb reports it.
 *
 * <p>DataWeb gives values, not tonnes, in the committed extract, so these are not {@link org.msp.model.Flow}s
 * (a flow needs tonnes, and none is guessed). This class is immutable and thread-safe.
 *
 * @param partner     ISO3 code of the partner (the exporting country)
 * @param hts4        the four-digit HTS heading, e.g. {@code "2504"}
 * @param description the heading's description
 * @param year        calendar year
 * @param valueUsd    customs value in US dollars
 * @param quantityUnit the unit DataWeb would count quantities in, e.g. {@code "kilograms"}
 */
public record UsImportValue(String partner, String hts4, String description, int year, double valueUsd,
        String quantityUnit) {
    public UsImportValue {
        Checks.iso3(partner, "UsImportValue", "partner");
        if (hts4 == null || !hts4.matches("\\d{4}")) {
            throw new IllegalArgumentException("UsImportValue.hts4 is not four digits: " + hts4);
        }
        description = Checks.text(description, "UsImportValue", "description");
        Checks.year(year, "UsImportValue", "year");
        Checks.nonNegative(valueUsd, "UsImportValue", "valueUsd");
        Checks.notNull(quantityUnit, "UsImportValue", "quantityUnit");
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "UsImportValue %s HTS %s %d: $%,.0f", partner, hts4, year, valueUsd);
    }
}
