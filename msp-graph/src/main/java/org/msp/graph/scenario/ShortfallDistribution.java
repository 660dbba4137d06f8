package org.msp.graph.scenario;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The distribution over Monte Carlo trials of one consumer's shortfall share of one mineral (no re-routing, see
 * {@link ConsumerImpact}).
 *
 * <p>Percentiles use the nearest-rank definition: {@code P_q} is the {@code ⌈q N⌉}-th smallest of the
 * {@code N} trial values. A trial counts as a shortfall when its share exceeds {@value #SHORTFALL_THRESHOLD};
 * smaller shares are rounding (for example in recycling loops) and count as zero in every statistic. The expected days of cover is the mean, over the trials with a
 * shortfall, of {@code stockpile / (shortfall / 365)}: unbounded when no trial has one, unknown without a stockpile.
 *
 * @param country                ISO3 code of the consumer
 * @param mineral                mineral id
 * @param baseline               supply before any shock, tonnes a year
 * @param mean                   mean shortfall share
 * @param p50                    median shortfall share
 * @param p95                    95th percentile
 * @param p99                    99th percentile
 * @param probabilityOfShortfall share of trials with a shortfall
 * @param stockpile              the consumer's stockpile, tonnes, if recorded
 * @param expectedDaysOfCover    mean days of cover over the trials with a shortfall
 */
public record ShortfallDistribution(String country, String mineral, double baseline, double mean, double p50,
        double p95, double p99, double probabilityOfShortfall, OptionalDouble stockpile,
        DaysOfCover expectedDaysOfCover) {
    /** Shares at or below this are not a shortfall. */
    public static final double SHORTFALL_THRESHOLD = 1e-9;

    public ShortfallDistribution {
        Objects.requireNonNull(country, "ShortfallDistribution.country is null");
        Objects.requireNonNull(mineral, "ShortfallDistribution.mineral is null");
        Objects.requireNonNull(stockpile, "ShortfallDistribution.stockpile is null");
        Objects.requireNonNull(expectedDaysOfCover, "ShortfallDistribution.expectedDaysOfCover is null");
    }

    /** Returns e.g. {@code "USA/gallium: mean 4.8%, P50 0.0%, P95 95.0%, P99 95.0%, P(shortfall) 5.0%, cover 120.0 days"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s/%s: mean %.1f%%, P50 %.1f%%, P95 %.1f%%, P99 %.1f%%, P(shortfall) %.1f%%, "
                + "cover %s", country, mineral, mean * 100, p50 * 100, p95 * 100, p99 * 100,
                probabilityOfShortfall * 100, expectedDaysOfCover);
    }
}
