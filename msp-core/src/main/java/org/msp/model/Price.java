package org.msp.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.msp.internal.Checks;

/**
 * A price or unit value of a mineral in a year, in US dollars per metric tonne of the stated {@link Basis}.
 *
 * <p>Sources quote prices in many units (USGS MCS: dollars per pound, per kilogram, per flask, per metric
 * ton, cents per pound); importers convert them to dollars per tonne on input, so that prices compare with
 * each other and multiply with {@link Quantity} tonnes. {@code description} says what is priced, in the
 * source's words, e.g. {@code "gallium, unwrought, 99.99%, average U.S. producer price"} or
 * {@code "unit value of imports"}; {@link #kind()} tells a quoted price from a unit value.
 *
 * <pre>{@code
 * Price p = Price.of("cobalt", 2024, 33_510, PriceKind.PRICE, "cobalt cathode, U.S. spot price",
 *         Provenance.user("example"));
 * p.usdPerTonne();   // 33510.0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mineral     mineral id
 * @param year        calendar year the price is an average for
 * @param usdPerTonne US dollars per metric tonne of {@code basis}, finite and not negative
 * @param basis       what one tonne measures: contained content, gross weight of the product, or an equivalent
 * @param description what is priced, e.g. {@code "gallium, unwrought, 99.99%, average U.S. producer price"}
 * @param kind        a quoted price or a unit value
 * @param qualifier   {@link Qualifier#REPORTED}, {@link Qualifier#ESTIMATED} or {@link Qualifier#PROJECTED}
 * @param provenance  where the figure comes from
 */
public record Price(String mineral, int year, double usdPerTonne, Basis basis, String description, PriceKind kind,
        Qualifier qualifier, Provenance provenance) {
    private static final Set<Qualifier> ALLOWED = EnumSet.of(Qualifier.REPORTED, Qualifier.ESTIMATED,
            Qualifier.PROJECTED);

    public Price {
        Checks.id(mineral, "Price", "mineral");
        Checks.year(year, "Price", "year");
        Checks.nonNegative(usdPerTonne, "Price", "usdPerTonne");
        Checks.notNull(basis, "Price", "basis");
        description = Checks.text(description, "Price", "description");
        Checks.notNull(kind, "Price", "kind");
        Checks.notNull(qualifier, "Price", "qualifier");
        Checks.notNull(provenance, "Price", "provenance");
        if (!ALLOWED.contains(qualifier)) {
            throw new IllegalArgumentException("Price.qualifier must be reported, estimated or projected: "
                    + qualifier);
        }
        if (usdPerTonne == 0.0) {
            usdPerTonne = 0.0; // fold -0.0 so that equality and JSON round-trips are exact
        }
    }

    /** Returns a reported price in US dollars per tonne of contained content. */
    public static Price of(String mineral, int year, double usdPerTonne, PriceKind kind, String description,
            Provenance provenance) {
        return new Price(mineral, year, usdPerTonne, Basis.CONTENT, description, kind, Qualifier.REPORTED,
                provenance);
    }

    /** Returns the price in US dollars per kilogram of {@link #basis()}. */
    public double usdPerKilogram() {
        return usdPerTonne / 1000.0;
    }

    /** Returns true if this is a quoted price, false if it is a unit value. */
    public boolean isPrice() {
        return kind == PriceKind.PRICE;
    }

    /** Returns e.g. {@code "Price gallium 2024: 717 USD/t content, gallium, ... (price, estimated)"}. */
    @Override
    public String toString() {
        return "Price " + mineral + " " + year + ": " + String.format(Locale.ROOT, "%,.0f", usdPerTonne) + " USD/t "
                + basis + ", " + description + " (" + kind + (qualifier == Qualifier.REPORTED ? "" : ", " + qualifier)
                + ")";
    }
}
