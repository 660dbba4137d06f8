package org.msp.graph.concentration;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.msp.model.Stage;

/**
 * The average top-k share over a set of minerals at one stage in one year: the simple mean of each mineral's
 * CR_k. With k = 3 it is the IEA's headline measure (Global Critical Minerals Outlook: the average top-3
 * share of refining for key energy minerals, 82% in 2020 and 86% in 2024).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stage     the stage
 * @param year      calendar year
 * @param k         the k of the top-k share
 * @param topShares each mineral's CR_k, sorted by mineral id, at least one
 */
public record AverageTopShare(Stage stage, int year, int k, SortedMap<String, Double> topShares) {
    public AverageTopShare {
        Objects.requireNonNull(stage, "AverageTopShare.stage is null");
        Preconditions.checkArgument(k > 0, "AverageTopShare.k is not positive: %s", k);
        topShares = ImmutableSortedMap.copyOfSorted(Objects.requireNonNull(topShares, "AverageTopShare.topShares"));
        Preconditions.checkArgument(!topShares.isEmpty(), "AverageTopShare.topShares is empty");
        for (Map.Entry<String, Double> e : topShares.entrySet()) {
            Preconditions.checkArgument(e.getValue() >= 0 && e.getValue() <= 1,
                    "AverageTopShare.topShares: share of %s is outside 0..1: %s", e.getKey(), e.getValue());
        }
    }

    /** Returns the mean of the top-k shares. */
    public double average() {
        return topShares.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** Returns e.g. {@code "Average top-3 share, refining 2023: 78.0% over 6 minerals (cobalt 88.2%, ...)"}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Average top-%d share, %s %d: %.1f%% over %d minerals (",
                k, stage, year, average() * 100, topShares.size()));
        String sep = "";
        for (Map.Entry<String, Double> e : topShares.entrySet()) {
            b.append(sep).append(String.format(Locale.ROOT, "%s %.1f%%", e.getKey(), e.getValue() * 100));
            sep = ", ";
        }
        return b.append(')').toString();
    }
}
