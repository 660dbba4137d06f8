package org.msp.model;

import java.util.Locale;

/**
 * What a {@link Price} measures: a quoted market or producer price, or a unit value (the value of a trade
 * or shipment divided by its quantity, e.g. USGS "unit value of imports").
 */
public enum PriceKind {
    /** A quoted price: a producer, dealer, exchange or contract price. */
    PRICE,
    /** A unit value: the declared value of imports, exports or shipments divided by their quantity. */
    UNIT_VALUE;

    /** Returns the lower-case text form, e.g. {@code "unit_value"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
