package org.msp.graph.scenario;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * The shortfall shares of the trials {@code [from, to)} of a Monte Carlo run, as a {@link MonteCarloKernel} returns
 * them: per tracked consumer, the positive shortfall shares (floats) in trial order; the trials with no shortfall
 * are only counted. Tallies of adjacent ranges merge by concatenation ({@link #merge}), which is associative, so an
 * engine may merge partial tallies in any grouping as long as it keeps index order; the merged tally, and the
 * result built from it, are the same bit for bit.
 *
 * <p>Memory: 4 bytes per consumer and trial with a shortfall. This class is immutable and thread-safe (its
 * arrays are never exposed).
 */
public final class MonteCarloTally implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long from;
    private final long to;
    private final float[][] shares;
    private final long updates;

    MonteCarloTally(long from, long to, float[][] shares, long updates) {
        this.from = from;
        this.to = to;
        this.shares = shares;
        this.updates = updates;
    }

    /** Returns the first trial covered. */
    public long from() {
        return from;
    }

    /** Returns the trial after the last one covered. */
    public long to() {
        return to;
    }

    /** Returns the number of tracked consumers. */
    public int consumers() {
        return shares.length;
    }

    /** Returns the edge-scenario updates the kernel did for these trials. */
    public long edgeScenarioUpdates() {
        return updates;
    }

    /** Returns the number of trials in which tracked consumer {@code c} had a shortfall. */
    public int shortfalls(int c) {
        return shares[c].length;
    }

    /** Returns a copy of tracked consumer {@code c}'s positive shares, in trial order. */
    public float[] shares(int c) {
        return shares[c].clone();
    }

    /** Consumer c's shares without a copy (callers in this package never modify them). */
    float[] sharesOf(int c) {
        return shares[c];
    }

    /**
     * Returns the tally of {@code [from, next.to)}: this one followed by {@code next}. Associative: merging
     * {@code (a.merge(b)).merge(c)} and {@code a.merge(b.merge(c))} give equal tallies. Running time: linear in the
     * shares of both.
     *
     * @throws IllegalArgumentException if {@code next} does not start where this one ends, or has another number
     *                                  of consumers
     */
    public MonteCarloTally merge(MonteCarloTally next) {
        Objects.requireNonNull(next, "next");
        checkArgument(next.from == to, "tally [%s, %s) does not follow [%s, %s)", next.from, next.to, from, to);
        checkArgument(next.shares.length == shares.length, "tallies differ in consumers: %s and %s", shares.length,
                next.shares.length);
        float[][] s = new float[shares.length][];
        for (int c = 0; c < s.length; c++) {
            s[c] = Arrays.copyOf(shares[c], shares[c].length + next.shares[c].length);
            System.arraycopy(next.shares[c], 0, s[c], shares[c].length, next.shares[c].length);
        }
        return new MonteCarloTally(from, next.to, s, updates + next.updates);
    }

    /**
     * Returns the tallies, adjacent and in index order, merged into one: the same as merging them one by one
     * ({@link #merge}), in time linear in their shares.
     *
     * @throws IllegalArgumentException if the list is empty, or a tally does not start where the one before ends,
     *                                  or they differ in consumers
     */
    public static MonteCarloTally concat(java.util.List<MonteCarloTally> inOrder) {
        checkArgument(!inOrder.isEmpty(), "no tallies to merge");
        MonteCarloTally first = inOrder.get(0);
        int consumers = first.shares.length;
        int[] length = new int[consumers];
        long updates = 0;
        long to = first.from;
        for (MonteCarloTally t : inOrder) {
            checkArgument(t.from == to, "tally [%s, %s) does not follow one ending at %s", t.from, t.to, to);
            checkArgument(t.shares.length == consumers, "tallies differ in consumers: %s and %s", consumers,
                    t.shares.length);
            for (int c = 0; c < consumers; c++) {
                length[c] = Math.addExact(length[c], t.shares[c].length);
            }
            updates += t.updates;
            to = t.to;
        }
        float[][] s = new float[consumers][];
        for (int c = 0; c < consumers; c++) {
            s[c] = new float[length[c]];
            int at = 0;
            for (MonteCarloTally t : inOrder) {
                System.arraycopy(t.shares[c], 0, s[c], at, t.shares[c].length);
                at += t.shares[c].length;
            }
        }
        return new MonteCarloTally(first.from, to, s, updates);
    }

    /** Two tallies are equal when they cover the same trials with the same shares and update count. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MonteCarloTally t && t.from == from && t.to == to && t.updates == updates
                && Arrays.deepEquals(t.shares, shares);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, updates, Arrays.deepHashCode(shares));
    }

    @Override
    public String toString() {
        long positives = Arrays.stream(shares).mapToLong(a -> a.length).sum();
        return "MonteCarloTally[trials [" + from + ", " + to + "), " + shares.length + " consumers, " + positives
                + " shortfalls]";
    }
}
