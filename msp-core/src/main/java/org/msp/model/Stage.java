package org.msp.model;

import java.util.Locale;

/**
 * An ordered step of a mineral value chain, from the ground to the product, plus recycling as a source
 * of secondary supply.
 *
 * <p>The primary stages are ordered {@code MINING < REFINING < MATERIAL < COMPONENT < END_USE};
 * {@link #RECYCLING} stands outside that order: it recovers material from end-of-life products and feeds
 * it back as secondary supply to refining or material production. Text forms are lower case
 * ({@code "refining"}); {@link #parse} also accepts the field's synonyms ({@code "processing"},
 * {@code "extraction"}, {@code "end-use"}).
 */
public enum Stage {
    /** Extraction of ore or brine: mine production (USGS "mine production"). */
    MINING,
    /** Processing and refining to a chemical or metal: the midstream (USGS refinery, smelter, plant production). */
    REFINING,
    /** Intermediate materials such as cathode and anode active material, magnets, wafers. */
    MATERIAL,
    /** Components such as battery cells, semiconductors, motors. */
    COMPONENT,
    /** Final products and their consumers. */
    END_USE,
    /** Recovery from scrap and end-of-life products, feeding secondary supply back into the chain. */
    RECYCLING;

    /** Returns true for the stages of the primary chain (all but {@link #RECYCLING}). */
    public boolean isPrimary() {
        return this != RECYCLING;
    }

    /**
     * Returns the primary stage that consumes this stage's output, or this stage for {@link #END_USE}.
     * Recycled material is consumed by refining.
     */
    public Stage next() {
        return switch (this) {
            case MINING -> REFINING;
            case REFINING -> MATERIAL;
            case MATERIAL -> COMPONENT;
            case COMPONENT, END_USE -> END_USE;
            case RECYCLING -> REFINING;
        };
    }

    /** Returns the lower-case text form, e.g. {@code "end_use"}; {@link #parse} reads it back. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a stage from text, ignoring case, with the synonyms used by USGS, the IEA and the EU method.
     *
     * @throws IllegalArgumentException if the text names no stage; the message lists the valid names
     */
    public static Stage parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (t) {
            case "mining", "mine", "extraction", "mine_production" -> MINING;
            case "refining", "processing", "refinery", "smelting", "refining_processing" -> REFINING;
            case "material", "materials" -> MATERIAL;
            case "component", "components" -> COMPONENT;
            case "end_use", "enduse", "end_uses" -> END_USE;
            case "recycling", "recovery", "secondary" -> RECYCLING;
            default -> throw new IllegalArgumentException("unknown stage '" + text
                    + "'; expected one of mining, refining, material, component, end_use, recycling");
        };
    }

    @Override
    public String toString() {
        return id();
    }
}
