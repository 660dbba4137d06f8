package org.msp.model;

import java.util.Locale;

/**
 * What a quantity of a mineral measures: its contained content, or the gross weight of the ore,
 * concentrate or compound that carries it, or a stated equivalent.
 *
 * <p>Quantities on different bases are not comparable: {@link Quantity#plus} refuses to add them rather
 * than guessing a grade or a conversion factor.
 */
public enum Basis {
    /** Tonnes of the element or mineral contained (the model's default). */
    CONTENT,
    /** Gross weight of ore, concentrate or compound. */
    GROSS_WEIGHT,
    /** Rare-earth oxide equivalent (REO). */
    OXIDE_EQUIVALENT,
    /** Lithium carbonate equivalent (LCE). */
    CARBONATE_EQUIVALENT;

    /** Returns the lower-case text form, e.g. {@code "gross_weight"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the text form written by {@link #id()}, ignoring case. */
    public static Basis parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown basis '" + text
                    + "'; expected one of content, gross_weight, oxide_equivalent, carbonate_equivalent");
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
