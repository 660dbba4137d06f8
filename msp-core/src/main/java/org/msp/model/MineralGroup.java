package org.msp.model;

import java.util.Locale;

/** A family of minerals that sources report together or apart. */
public enum MineralGroup {
    /** Not part of a family. */
    NONE,
    /** The rare-earth elements: the lanthanides, scandium and yttrium. */
    RARE_EARTHS,
    /** Platinum, palladium, rhodium, ruthenium, iridium and osmium. */
    PLATINUM_GROUP_METALS;

    /** Returns the lower-case text form, e.g. {@code "rare_earths"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the text form written by {@link #id()}, ignoring case. */
    public static MineralGroup parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown mineral group '" + text
                    + "'; expected one of none, rare_earths, platinum_group_metals");
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
