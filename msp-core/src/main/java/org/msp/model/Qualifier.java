package org.msp.model;

import java.util.Locale;

/** How a source qualifies a figure. */
public enum Qualifier {
    /** Reported by the source as a value. */
    REPORTED,
    /** Marked by the source as an estimate (USGS "e"). */
    ESTIMATED,
    /** A projection for a future year (IEA base case). */
    PROJECTED,
    /** The true value is above the figure (USGS {@code ">50"}). */
    LOWER_BOUND,
    /** The true value is below the figure (USGS {@code "<25"}). */
    UPPER_BOUND,
    /**
     * The country is a net exporter (USGS {@code "E"} for net import reliance): the figure is 0 and the
     * true reliance is at most 0.
     */
    NET_EXPORTER;

    /** Returns the lower-case text form, e.g. {@code "lower_bound"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
