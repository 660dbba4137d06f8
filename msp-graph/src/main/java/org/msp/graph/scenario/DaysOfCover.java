package org.msp.graph.scenario;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How long a consumer's stockpile covers the supply it loses:
 * {@code days = stockpile tonnes / (lost tonnes a year / 365)}.
 *
 * <p>Three cases are kept apart instead of being folded into a number: <em>unbounded</em> when nothing is lost,
 * <em>no stockpile data</em> when something is lost but the dataset records no stockpile for the consumer (a
 * stockpile of zero is not invented), and a finite number of days. The text forms are {@code "unbounded"},
 * {@code "no stockpile data"} and e.g. {@code "42.5 days"}. This class is immutable and thread-safe.
 */
public final class DaysOfCover {
    /** Days in a year used to turn a yearly loss into a daily one. */
    public static final double DAYS_PER_YEAR = 365.0;
    private static final DaysOfCover UNBOUNDED = new DaysOfCover(Double.POSITIVE_INFINITY, true);
    private static final DaysOfCover NO_DATA = new DaysOfCover(Double.NaN, false);

    private final double days;
    private final boolean known;

    private DaysOfCover(double days, boolean known) {
        this.days = days;
        this.known = known;
    }

    /**
     * Returns the cover of {@code stockpileTonnes} against a loss of {@code lostTonnesPerYear}.
     *
     * @param stockpileTonnes   the stockpile, or empty if the data record none
     * @param lostTonnesPerYear the supply lost, tonnes a year; not negative (0 gives unbounded)
     * @throws IllegalArgumentException if an amount is negative or not a number
     */
    public static DaysOfCover of(OptionalDouble stockpileTonnes, double lostTonnesPerYear) {
        Objects.requireNonNull(stockpileTonnes, "stockpileTonnes");
        checkArgument(lostTonnesPerYear >= 0, "lost tonnes a year is negative or NaN: %s", lostTonnesPerYear);
        if (lostTonnesPerYear == 0) {
            return UNBOUNDED;
        }
        if (stockpileTonnes.isEmpty()) {
            return NO_DATA;
        }
        double s = stockpileTonnes.getAsDouble();
        checkArgument(s >= 0, "stockpile is negative or NaN: %s", s);
        return new DaysOfCover(s / (lostTonnesPerYear / DAYS_PER_YEAR), true);
    }

    /** Returns a finite cover of {@code days} (not negative). */
    static DaysOfCover ofDays(double days) {
        checkArgument(days >= 0 && Double.isFinite(days), "days is negative or not finite: %s", days);
        return new DaysOfCover(days, true);
    }

    /** Returns the cover when something is lost but no stockpile is recorded. */
    static DaysOfCover unknown() {
        return NO_DATA;
    }

    /** Returns the unbounded cover (nothing lost). */
    public static DaysOfCover unbounded() {
        return UNBOUNDED;
    }

    /** Returns the finite number of days, or empty when the cover is unbounded or the stockpile unknown. */
    public OptionalDouble days() {
        return known && Double.isFinite(days) ? OptionalDouble.of(days) : OptionalDouble.empty();
    }

    /** Returns true when nothing is lost. */
    public boolean isUnbounded() {
        return known && days == Double.POSITIVE_INFINITY;
    }

    /** Returns true when something is lost but no stockpile is recorded. */
    public boolean isUnknown() {
        return !known;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DaysOfCover d && d.known == known && Double.compare(d.days, days) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(days) * 31 + (known ? 1 : 0);
    }

    /** Returns {@code "unbounded"}, {@code "no stockpile data"} or e.g. {@code "42.5 days"}. */
    @Override
    public String toString() {
        if (!known) {
            return "no stockpile data";
        }
        return isUnbounded() ? "unbounded" : String.format(Locale.ROOT, "%,.1f days", days);
    }
}
