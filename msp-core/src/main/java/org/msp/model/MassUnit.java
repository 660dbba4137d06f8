package org.msp.model;

import java.util.Locale;

/**
 * A unit of mass in which a source declares a quantity; {@link #toTonnes} converts to metric tonnes, the
 * unit the model stores.
 */
public enum MassUnit {
    /** Kilogram, 0.001 t. */
    KILOGRAM(0.001),
    /** Metric ton (tonne). */
    TONNE(1.0),
    /** Thousand metric tons (kt). */
    KILOTONNE(1_000.0),
    /** Million metric tons (Mt). */
    MEGATONNE(1_000_000.0),
    /** Short ton, 0.90718474 t. */
    SHORT_TON(0.90718474),
    /** Troy ounce, 31.1034768 g. */
    TROY_OUNCE(0.0000311034768);

    private final double tonnes;

    MassUnit(double tonnes) {
        this.tonnes = tonnes;
    }

    /** Converts {@code value} in this unit to metric tonnes. */
    public double toTonnes(double value) {
        return value * tonnes;
    }

    /**
     * Reads a unit from the wording sources use ({@code "metric tons"}, {@code "thousand metric tons"},
     * {@code "kilograms"}, {@code "kt"}, {@code "t"} ...), ignoring case and surrounding spaces.
     *
     * @throws IllegalArgumentException if the text is no mass unit the model knows
     */
    public static MassUnit parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "kg", "kilogram", "kilograms" -> KILOGRAM;
            case "t", "tonne", "tonnes", "metric ton", "metric tons", "ton", "tons", "metric dry tons" -> TONNE;
            case "kt", "thousand metric tons", "thousand tonnes", "thousand metric dry tons", "thousand tons" -> KILOTONNE;
            case "mt", "million metric tons", "million tonnes" -> MEGATONNE;
            case "short ton", "short tons" -> SHORT_TON;
            case "troy ounce", "troy ounces", "oz t" -> TROY_OUNCE;
            default -> throw new IllegalArgumentException("unknown mass unit '" + text + "'");
        };
    }
}
