package org.msp.graph.dependency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The minerals for which one country is a consumer's main import source in a year (USGS: "China was the
 * leading import source for 21 of 50 critical minerals" for the United States).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param consumer ISO3 code of the importing country
 * @param source   ISO3 code of the exporter in question
 * @param year     calendar year
 * @param mainFrom for each mineral whose main source is {@code source}, that source's share of imports;
 *                 sorted by mineral id
 * @param imported the number of minerals the consumer imports at all in the year
 */
public record MainSourceMinerals(String consumer, String source, int year, SortedMap<String, Double> mainFrom,
        int imported) {
    public MainSourceMinerals {
        Objects.requireNonNull(consumer, "MainSourceMinerals.consumer is null");
        Objects.requireNonNull(source, "MainSourceMinerals.source is null");
        mainFrom = ImmutableSortedMap.copyOfSorted(Objects.requireNonNull(mainFrom, "MainSourceMinerals.mainFrom"));
        Preconditions.checkArgument(imported >= mainFrom.size(),
                "MainSourceMinerals.imported (%s) is below the number of minerals listed (%s)", imported,
                mainFrom.size());
    }

    /** Returns the number of minerals for which {@code source} is the main source. */
    public int count() {
        return mainFrom.size();
    }

    /** Returns e.g. {@code "CHN is the main import source of USA for 2 of 3 imported minerals in 2023: ..."}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%s is the main import source of %s for %d of %d imported minerals in %d", source, consumer, count(),
                imported, year));
        String sep = ": ";
        int shown = 0;
        for (Map.Entry<String, Double> e : mainFrom.entrySet()) {
            if (shown++ == 12) {
                b.append(", ... ").append(mainFrom.size() - 12).append(" more");
                break;
            }
            b.append(sep).append(String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), e.getValue() * 100));
            sep = ", ";
        }
        return b.toString();
    }
}
