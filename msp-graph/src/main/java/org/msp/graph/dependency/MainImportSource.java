package org.msp.graph.dependency;

import com.google.common.base.Preconditions;
import java.util.Locale;
import java.util.Objects;

/**
 * A country's main import source for a mineral, as published (USGS MCS "Import Sources", e.g. 2021–24) or as
 * read from trade flows, labelled with where it comes from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param exporter  ISO3 code of the main source
 * @param share     its share of imports, 0 to 1
 * @param published true if a source publishes it (USGS import sources), false if it is read from trade flows
 * @param label     where it comes from, e.g. {@code "USGS Mineral Commodity Summaries 2026, import sources
 *                  2021-2024"} or {@code "CEPII BACI 2024 trade 2024, HS 750210 (nickel)"}
 */
public record MainImportSource(String exporter, double share, boolean published, String label) {
    public MainImportSource {
        Objects.requireNonNull(exporter, "MainImportSource.exporter is null");
        Objects.requireNonNull(label, "MainImportSource.label is null");
        Preconditions.checkArgument(share >= 0 && share <= 1 + 1e-9, "MainImportSource.share not in [0, 1]: %s",
                share);
    }

    /** Returns e.g. {@code "CHN 46% (USGS Mineral Commodity Summaries 2026, import sources 2021-2024)"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %.0f%% (%s)", exporter, share * 100, label);
    }
}
