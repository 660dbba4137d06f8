package org.msp.graph.dependency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.SortedSet;
import org.msp.model.Stage;

/**
 * The net import reliance of a country (or a group of countries taken as one importer) on a mineral at one
 * stage in one year, with its inputs and its import sources.
 *
 * <p><b>Definition</b> (USGS Mineral Commodity Summaries, "Net import reliance" in each edition's introduction):
 * <pre>{@code
 * apparent consumption  AC  = production + imports − exports − stock change
 * net import reliance   NIR = (imports − exports − stock change) / AC
 * }</pre>
 * where the stock change is the holder's stockpile at the end of the year less the year before (a stock
 * build lowers consumption, a stock draw raises it), 0 when either year is missing. When AC &le; 0 the
 * reliance is undefined ({@link #share()} is empty) and {@link #status()} says why; it is never a division by
 * zero. For a group, imports and exports count trade with countries outside the group only.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param importers    ISO3 codes of the importer (one country, or a group's members), sorted
 * @param mineral      mineral id
 * @param stage        the stage whose product is counted
 * @param year         calendar year
 * @param production   tonnes produced by the importer at the stage
 * @param imports      tonnes imported, by exporter ISO3 code (sorted)
 * @param exports      tonnes exported
 * @param stockChange  the change of the importer's stockpile over the year, if both years are recorded
 * @param tradeReported true if the dataset has a trade table for the mineral at the stage in the year; without
 *                     one, imports and exports are unknown, not zero, and the reliance is undefined
 *                     ({@link RelianceStatus#NO_TRADE_DATA})
 */
public record Reliance(SortedSet<String> importers, String mineral, Stage stage, int year, double production,
        SortedMap<String, Double> imports, double exports, OptionalDouble stockChange, boolean tradeReported) {
    public Reliance {
        importers = ImmutableSortedSet.copyOf(Objects.requireNonNull(importers, "Reliance.importers is null"));
        Preconditions.checkArgument(!importers.isEmpty(), "Reliance.importers is empty");
        Objects.requireNonNull(mineral, "Reliance.mineral is null");
        Objects.requireNonNull(stage, "Reliance.stage is null");
        imports = ImmutableSortedMap.copyOfSorted(Objects.requireNonNull(imports, "Reliance.imports is null"));
        Objects.requireNonNull(stockChange, "Reliance.stockChange is null");
        amount(production, "production");
        amount(exports, "exports");
        for (Map.Entry<String, Double> e : imports.entrySet()) {
            amount(e.getValue(), "imports from " + e.getKey());
        }
        if (stockChange.isPresent()) {
            Preconditions.checkArgument(Double.isFinite(stockChange.getAsDouble()), "Reliance.stockChange not finite");
        }
    }

    private static void amount(double x, String what) {
        Preconditions.checkArgument(x >= 0 && Double.isFinite(x), "Reliance.%s is negative or not finite: %s", what, x);
    }

    /** Returns the importer's name: the ISO3 code of a single country, or the members joined by "+". */
    public String importer() {
        return String.join("+", importers);
    }

    /** Returns the total tonnes imported. */
    public double totalImports() {
        return imports.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Returns imports − exports − stock change. */
    public double netImports() {
        return totalImports() - exports - stockChange.orElse(0);
    }

    /** Returns production + imports − exports − stock change. */
    public double apparentConsumption() {
        return production + netImports();
    }

    /** Returns which case of the definition applies. */
    public RelianceStatus status() {
        if (!tradeReported) {
            return RelianceStatus.NO_TRADE_DATA;
        }
        double ni = netImports();
        if (apparentConsumption() <= 0) {
            return ni < 0 ? RelianceStatus.NET_EXPORTER : RelianceStatus.NO_CONSUMPTION;
        }
        return ni > 0 ? RelianceStatus.NET_IMPORTER : ni == 0 ? RelianceStatus.SELF_SUFFICIENT
                : RelianceStatus.NET_EXPORTER;
    }

    /**
     * Returns net imports over apparent consumption: at most 1, negative for a net exporter; empty when
     * apparent consumption is not positive or the dataset reports no trade.
     */
    public OptionalDouble share() {
        if (!tradeReported) {
            return OptionalDouble.empty();
        }
        double ac = apparentConsumption();
        return ac > 0 ? OptionalDouble.of(Math.min(1.0, netImports() / ac)) : OptionalDouble.empty();
    }

    /** Returns the exporter with the largest imports (ties: the smaller ISO3 code), if anything is imported. */
    public Optional<String> mainSource() {
        return imports.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    /** Returns the main source's share of imports, 0 if nothing is imported. */
    public double mainSourceShare() {
        double t = totalImports();
        return mainSource().map(s -> imports.get(s) / t).orElse(0.0);
    }

    /** Returns the share of imports that come from {@code iso3}, 0 if nothing is imported. */
    public double importShare(String iso3) {
        double t = totalImports();
        return t > 0 ? imports.getOrDefault(iso3, 0.0) / t : 0.0;
    }

    /** Returns e.g. {@code "Net import reliance USA gallium/refining 2023: 100.0% (net importer); ..."}. */
    @Override
    public String toString() {
        OptionalDouble s = share();
        return String.format(Locale.ROOT,
                "Net import reliance %s %s/%s %d: %s (%s); production %,.0f t, imports %,.0f t, exports %,.0f t%s,"
                        + " apparent consumption %,.0f t%s",
                importer(), mineral, stage, year, s.isPresent() ? String.format(Locale.ROOT, "%.1f%%",
                        s.getAsDouble() * 100) : "undefined",
                status().name().toLowerCase(Locale.ROOT).replace('_', ' '), production, totalImports(), exports,
                stockChange.isPresent() ? String.format(Locale.ROOT, ", stock change %+,.0f t",
                        stockChange.getAsDouble()) : "",
                apparentConsumption(), mainSource().map(m -> String.format(Locale.ROOT, "; main source %s %.1f%%", m,
                        mainSourceShare() * 100)).orElse(""));
    }
}
