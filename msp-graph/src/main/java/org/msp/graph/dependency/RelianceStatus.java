package org.msp.graph.dependency;

/** How a {@link Reliance} figure comes out: which case of the USGS definition applies. */
public enum RelianceStatus {
    /** Net imports are positive and apparent consumption is positive: reliance in (0, 1]. */
    NET_IMPORTER,
    /** Net imports are zero and apparent consumption is positive: reliance 0. */
    SELF_SUFFICIENT,
    /** Net imports are negative (USGS "E"): reliance is negative, or undefined if consumption is not positive. */
    NET_EXPORTER,
    /** Nothing produced, imported, exported or drawn from stocks: apparent consumption is 0, reliance undefined. */
    NO_CONSUMPTION,
    /**
     * The dataset has no trade table for the mineral at the stage in the year: imports and exports are unknown,
     * so the reliance is undefined rather than 0 (a data gap, not self-sufficiency).
     */
    NO_TRADE_DATA,
    /**
     * The figures the computation needs are withheld, missing or on bases that cannot be compared, so neither
     * a value nor bounds can be given; the result says which figure and why.
     */
    UNDETERMINED
}
