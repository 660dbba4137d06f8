package org.msp.model;

import java.util.Locale;

/** Why a figure is missing from a source. */
public enum GapKind {
    /** Withheld to avoid disclosing company proprietary data (USGS "W"). */
    WITHHELD,
    /** Not available (USGS "NA", "--"). */
    NOT_AVAILABLE;

    /** Returns the lower-case text form. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
