package org.msp.model;

import java.util.Locale;

/** The stage of development of a {@link Project}. */
public enum ProjectStatus {
    ANNOUNCED, EXPLORATION, FEASIBILITY, FINANCING, CONSTRUCTION, OPERATING, SUSPENDED, CANCELLED;

    /** Returns the lower-case text form. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the text form written by {@link #id()}, ignoring case. */
    public static ProjectStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown project status '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
