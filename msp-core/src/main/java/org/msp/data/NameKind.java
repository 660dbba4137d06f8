package org.msp.data;

/** What a country name or code in a source stands for. */
public enum NameKind {
    /** One country (or the European Union) of the built-in catalogue. */
    COUNTRY,
    /** A world total ("World total", "World total (rounded)", IEA "Total"): never a country. */
    WORLD_TOTAL,
    /** The remainder after the named countries ("Other countries", IEA "Rest of world"): never a country. */
    REST_OF_WORLD,
    /**
     * Anything else that is not one country: a list of countries ("China, Germany, and Russia"), a former
     * state or customs union (CEPII {@code CSK}, {@code SUN}, {@code ZA1}), a residual trade area ({@code R20}),
     * or a statistic row ("Top 3 share").
     */
    AGGREGATE
}
