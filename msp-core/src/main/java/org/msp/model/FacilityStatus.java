package org.msp.model;

import java.util.Locale;

/** The operating status of a facility. */
public enum FacilityStatus {
    OPERATING, CONSTRUCTION, PLANNED, CARE_AND_MAINTENANCE, CLOSED, UNKNOWN;

    /** Returns the lower-case text form, e.g. {@code "care_and_maintenance"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the text form written by {@link #id()}, ignoring case. */
    public static FacilityStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown facility status '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
