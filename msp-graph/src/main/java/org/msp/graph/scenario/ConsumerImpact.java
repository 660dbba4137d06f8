package org.msp.graph.scenario;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a scenario does to one consumer's supply of one mineral, under the two models that bound the truth.
 *
 * <p><b>Definitions.</b> A consumer's <em>supply</em> is what its country nodes of the mineral retain: throughput
 * minus what they export or deliver to a next stage, summed over stages. The <em>requirement</em> is the baseline
 * supply times the demand factor ({@link Shock.DemandGrowth}). <em>No re-routing</em>: losses pass downstream in
 * proportion ({@link org.msp.graph.internal.Propagation}). <em>Re-routing</em>: the most a maximum flow over the
 * remaining capacities can deliver to the consumer, up to its requirement, and never less than the no-re-routing
 * figure. Shortfall = {@code max(0, requirement - supply)}, as tonnes a year and as a share of the requirement (0
 * when the requirement is 0). Days of cover = stockpile / (shortfall / 365).
 *
 * @param country     ISO3 code of the consumer
 * @param mineral     mineral id
 * @param baseline    supply before the shock, tonnes a year
 * @param requirement what the consumer needs after demand growth, tonnes a year
 * @param noRerouting supply after the shock without re-routing
 * @param rerouting   supply after the shock with re-routing through spare capacity
 * @param stockpile   the consumer's stockpile, tonnes, if recorded
 * @param causes      shocked nodes the lost supply (no re-routing) passed through, largest share first
 */
public record ConsumerImpact(String country, String mineral, double baseline, double requirement,
        double noRerouting, double rerouting, OptionalDouble stockpile, List<Cause> causes) {
    public ConsumerImpact {
        Objects.requireNonNull(country, "ConsumerImpact.country is null");
        Objects.requireNonNull(mineral, "ConsumerImpact.mineral is null");
        amount(baseline, "baseline");
        amount(requirement, "requirement");
        amount(noRerouting, "noRerouting");
        amount(rerouting, "rerouting");
        Objects.requireNonNull(stockpile, "ConsumerImpact.stockpile is null");
        causes = ImmutableList.copyOf(Objects.requireNonNull(causes, "ConsumerImpact.causes is null"));
    }

    private static void amount(double x, String field) {
        checkArgument(x >= 0 && Double.isFinite(x), "ConsumerImpact.%s is negative or not finite: %s", field, x);
    }

    /** Returns the shortfall without re-routing, tonnes a year. */
    public double shortfall() {
        return Math.max(0, requirement - noRerouting);
    }

    /** Returns the shortfall with re-routing, tonnes a year. */
    public double shortfallRerouted() {
        return Math.max(0, requirement - rerouting);
    }

    /** Returns the shortfall without re-routing as a share of the requirement. */
    public double shortfallShare() {
        return requirement > 0 ? shortfall() / requirement : 0;
    }

    /** Returns the shortfall with re-routing as a share of the requirement. */
    public double shortfallShareRerouted() {
        return requirement > 0 ? shortfallRerouted() / requirement : 0;
    }

    /**
     * Returns true if the consumer has no requirement of the mineral (baseline supply 0 t in the data): its shortfall
     * share is then undefined rather than 0%, and its days of cover undetermined rather than unbounded.
     */
    public boolean isUndetermined() {
        return !(requirement > 0);
    }

    /** Returns the days the stockpile covers the shortfall without re-routing. */
    public DaysOfCover daysOfCover() {
        return DaysOfCover.of(stockpile, shortfall());
    }

    /** Returns the days the stockpile covers the shortfall with re-routing. */
    public DaysOfCover daysOfCoverRerouted() {
        return DaysOfCover.of(stockpile, shortfallRerouted());
    }

    /**
     * Returns e.g. {@code "USA/gallium: baseline 20 t, no re-routing 1 t (-95%), re-routing 5 t (-75%), cover
     * unbounded / 12.0 days, cause CHN/refining/gallium 100%"}, or, for a consumer without supply
     * ({@link #isUndetermined()}), {@code "JPN/rare-earths: baseline 0 t, no supply in the data: loss undetermined"}.
     */
    @Override
    public String toString() {
        if (isUndetermined()) {
            return String.format(Locale.ROOT, "%s/%s: baseline %s, no supply in the data: loss undetermined", country,
                    mineral, t(baseline)) + (noRerouting > 0 ? ", new supply " + t(noRerouting) : "");
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%s/%s: baseline %s, no re-routing %s (-%.1f%%), re-routing %s (-%.1f%%)", country, mineral,
                t(baseline), t(noRerouting), shortfallShare() * 100, t(rerouting), shortfallShareRerouted() * 100));
        if (requirement != baseline) {
            b.append(", requirement ").append(t(requirement));
        }
        b.append(", cover ").append(daysOfCover()).append(" / ").append(daysOfCoverRerouted());
        if (!causes.isEmpty()) {
            b.append(", cause ");
            b.append(causes.stream().limit(3).map(Cause::toString).collect(java.util.stream.Collectors.joining(", ")));
            if (causes.size() > 3) {
                b.append(", ...");
            }
        }
        return b.toString();
    }

    static String t(double tonnes) {
        return tonnes >= 100 || tonnes == 0 ? String.format(Locale.ROOT, "%,.0f t", tonnes)
                : String.format(Locale.ROOT, "%.3g t", tonnes);
    }
}
