package org.msp.model;

import java.util.Locale;

/** A UN M49 region (continent) of a country. */
public enum Region {
    AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA, ANTARCTICA;

    /** Reads a region name such as {@code "Africa"}, ignoring case. */
    public static Region parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown region '" + text
                    + "'; expected one of Africa, Americas, Asia, Europe, Oceania, Antarctica");
        }
    }

    /** Returns the name with a capital initial, e.g. {@code "Africa"}. */
    @Override
    public String toString() {
        String n = name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }
}
