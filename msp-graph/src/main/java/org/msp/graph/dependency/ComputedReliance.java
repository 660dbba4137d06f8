package org.msp.graph.dependency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.msp.model.Stage;

/**
 * A net import reliance computed from production, trade, stocks and consumption by the USGS method, with
 * bounds where an input is withheld or missing, and the method and caveats that an analyst needs to cite it.
 *
 * <p><b>Definition</b> (USGS Mineral Commodity Summaries, "Net import reliance as a percentage of apparent
 * consumption"):
 * <pre>{@code
 * net imports          N   = imports − exports − stock change        (a stock draw adds, a stock build subtracts)
 * apparent consumption AC  = production + N, or the AC the USGS publishes
 * net import reliance  NIR = N / AC, at most 1
 * }</pre>
 * The computation {@link #compute} never reads a withheld or missing figure as zero:
 * <ul>
 *   <li>published apparent consumption: {@code NIR = N / AC} (a point);</li>
 *   <li>else production known at the stage of the trade: {@code NIR = N / (P + N)} (a point);</li>
 *   <li>else production withheld or not listed ({@code P} in [0, ∞), or [0, cap] when a total bounds it):
 *       for {@code N > 0}, NIR lies in [N / (cap + N), 1] ({@code P} = 0 gives 1), so the bounds are
 *       [0, 1] without a cap, and a point only when the cap is 0;
 *       for {@code N < 0} the country is a net exporter whatever {@code P} is; for {@code N = 0} it is 0 or
 *       undefined ({@code P} = 0), so undetermined.</li>
 * </ul>
 * The country is a net exporter ({@link RelianceStatus#NET_EXPORTER}, USGS {@code E}) exactly when
 * {@code N < 0}, i.e. exports exceed imports plus the stock drawdown.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param country     ISO3 code of the importer
 * @param mineral     mineral id
 * @param year        calendar year
 * @param stage       the stage at which trade and production are compared, if there is trade
 * @param low         lower bound of the reliance as a fraction ({@code -Infinity} for a net exporter whose
 *                    consumption is unknown; NaN when undetermined)
 * @param high        upper bound, at most 1 (NaN when undetermined)
 * @param status      which case applies
 * @param imports     tonnes imported at the stage (0 when undetermined for lack of trade)
 * @param exports     tonnes exported at the stage
 * @param stockChange the published stock change over the year, if both year ends are published
 * @param consumption the published apparent consumption used, if any
 * @param production  the production used, if known
 * @param method      the method and inputs in a few words: trade codes, stage, sources
 * @param caveats     why the computed figure may differ from a published one (one HS code for a whole mineral,
 *                    an input withheld, a stock change not published), first first
 * @param reason      why the reliance is undetermined, or the empty string
 */
public record ComputedReliance(String country, String mineral, int year, Optional<Stage> stage, double low,
        double high, RelianceStatus status, double imports, double exports, OptionalDouble stockChange,
        OptionalDouble consumption, OptionalDouble production, String method, List<String> caveats, String reason) {
    public ComputedReliance {
        Objects.requireNonNull(country, "ComputedReliance.country is null");
        Objects.requireNonNull(mineral, "ComputedReliance.mineral is null");
        Objects.requireNonNull(stage, "ComputedReliance.stage is null");
        Objects.requireNonNull(status, "ComputedReliance.status is null");
        Objects.requireNonNull(stockChange, "ComputedReliance.stockChange is null");
        Objects.requireNonNull(consumption, "ComputedReliance.consumption is null");
        Objects.requireNonNull(production, "ComputedReliance.production is null");
        Objects.requireNonNull(method, "ComputedReliance.method is null");
        Objects.requireNonNull(reason, "ComputedReliance.reason is null");
        caveats = ImmutableList.copyOf(caveats);
        boolean undetermined = status == RelianceStatus.UNDETERMINED || status == RelianceStatus.NO_TRADE_DATA;
        Preconditions.checkArgument(undetermined == !reason.isEmpty(),
                "ComputedReliance.reason must be given exactly when the reliance is undetermined: %s '%s'", status,
                reason);
        if (!undetermined && status != RelianceStatus.NO_CONSUMPTION) {
            Preconditions.checkArgument(low <= high && high <= 1, "ComputedReliance bounds [%s, %s] are not ordered "
                    + "below 1", low, high);
        }
    }

    /**
     * Computes the reliance from its inputs (see the class comment).
     *
     * @param imports     tonnes imported, not negative
     * @param exports     tonnes exported, not negative
     * @param stockChange the stock change over the year, if published (positive: a build)
     * @param consumption the published apparent consumption, if any (positive)
     * @param production  the production at the stage of the trade, if known; empty when withheld or not listed
     * @param method      the method and inputs, for the record
     * @param caveats     the caveats gathered while reading the inputs
     * @throws IllegalArgumentException if an amount is negative or not finite
     */
    public static ComputedReliance compute(String country, String mineral, int year, Stage stage, double imports,
            double exports, OptionalDouble stockChange, OptionalDouble consumption, OptionalDouble production,
            String method, List<String> caveats) {
        return compute(country, mineral, year, stage, imports, exports, stockChange, consumption, production,
                Double.POSITIVE_INFINITY, method, caveats);
    }

    /**
     * Computes the reliance as {@link #compute(String, String, int, Stage, double, double, OptionalDouble,
     * OptionalDouble, OptionalDouble, String, List)} does, with an unknown production known to be at most
     * {@code productionCap} tonnes (e.g. the "Other countries" total of a table that does not list the
     * country): for net imports {@code N > 0} the reliance then lies in [N / (cap + N), 1].
     *
     * @param productionCap the most the unknown production can be; {@code +Infinity} when nothing bounds it
     * @throws IllegalArgumentException if an amount is negative or not finite, or the cap is negative or NaN
     */
    public static ComputedReliance compute(String country, String mineral, int year, Stage stage, double imports,
            double exports, OptionalDouble stockChange, OptionalDouble consumption, OptionalDouble production,
            double productionCap, String method, List<String> caveats) {
        Preconditions.checkArgument(productionCap >= 0, "production cap is negative or NaN: %s", productionCap);
        Preconditions.checkArgument(imports >= 0 && Double.isFinite(imports), "imports not a tonnage: %s", imports);
        Preconditions.checkArgument(exports >= 0 && Double.isFinite(exports), "exports not a tonnage: %s", exports);
        stockChange.ifPresent(x -> Preconditions.checkArgument(Double.isFinite(x), "stock change not finite: %s", x));
        consumption.ifPresent(x -> Preconditions.checkArgument(x > 0 && Double.isFinite(x),
                "consumption not positive: %s", x));
        production.ifPresent(x -> Preconditions.checkArgument(x >= 0 && Double.isFinite(x),
                "production not a tonnage: %s", x));
        List<String> notes = new ArrayList<>(caveats);
        double net = imports - exports - stockChange.orElse(0);
        double low;
        double high;
        RelianceStatus status;
        OptionalDouble usedProduction = consumption.isPresent() ? OptionalDouble.empty() : production;
        if (consumption.isPresent()) {
            double nir = net / consumption.getAsDouble();
            if (nir > 1) {
                notes.add(String.format(Locale.ROOT, "net imports (%,.0f t) exceed the published apparent consumption "
                        + "(%,.0f t): capped at 100%%", net, consumption.getAsDouble()));
                nir = 1;
            }
            low = nir;
            high = nir;
            status = net > 0 ? RelianceStatus.NET_IMPORTER : net < 0 ? RelianceStatus.NET_EXPORTER
                    : RelianceStatus.SELF_SUFFICIENT;
        } else if (production.isPresent()) {
            double ac = production.getAsDouble() + net;
            if (ac <= 0) {
                status = net < 0 ? RelianceStatus.NET_EXPORTER : RelianceStatus.NO_CONSUMPTION;
                low = net < 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
                high = net < 0 ? 0 : Double.NaN;
            } else {
                low = Math.min(1, net / ac);
                high = low;
                status = net > 0 ? RelianceStatus.NET_IMPORTER : net < 0 ? RelianceStatus.NET_EXPORTER
                        : RelianceStatus.SELF_SUFFICIENT;
            }
        } else if (net > 0) {
            low = Double.isInfinite(productionCap) ? 0 : Math.min(1, net / (productionCap + net));
            high = 1;
            status = RelianceStatus.NET_IMPORTER;
        } else if (net < 0) {
            low = Double.NEGATIVE_INFINITY;
            high = 0;
            status = RelianceStatus.NET_EXPORTER;
        } else {
            return new ComputedReliance(country, mineral, year, Optional.of(stage), Double.NaN, Double.NaN,
                    RelianceStatus.UNDETERMINED, imports, exports, stockChange, consumption, production, method, notes,
                    "no net imports at the " + stage.id() + " stage and production unknown: the reliance is 0 or "
                            + "undefined");
        }
        return new ComputedReliance(country, mineral, year, Optional.of(stage), low, high, status, imports, exports,
                stockChange, consumption, usedProduction, method, notes, "");
    }

    /** Returns a reliance that cannot be computed, with the reason. */
    public static ComputedReliance undetermined(String country, String mineral, int year, Optional<Stage> stage,
            RelianceStatus status, String method, List<String> caveats, String reason) {
        Preconditions.checkArgument(status == RelianceStatus.UNDETERMINED || status == RelianceStatus.NO_TRADE_DATA,
                "not an undetermined status: %s", status);
        return new ComputedReliance(country, mineral, year, stage, Double.NaN, Double.NaN, status, 0, 0,
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), method, caveats, reason);
    }

    /** Returns true if neither a value nor bounds can be given. */
    public boolean isUndetermined() {
        return Double.isNaN(low) || Double.isNaN(high);
    }

    /** Returns true if the computation gives one value rather than bounds. */
    public boolean isPoint() {
        return !isUndetermined() && low == high;
    }

    /** Returns the value when the computation gives one, else empty. */
    public OptionalDouble value() {
        return isPoint() ? OptionalDouble.of(low) : OptionalDouble.empty();
    }

    /** Returns true if the country is a net exporter (exports exceed imports plus the stock drawdown). */
    public boolean isNetExporter() {
        return status == RelianceStatus.NET_EXPORTER;
    }

    /** Returns imports − exports − stock change. */
    public double netImports() {
        return imports - exports - stockChange.orElse(0);
    }

    /**
     * Returns the figure in the USGS's form: {@code "38%"}, bounds {@code "0–100%"}, {@code "E"} for a net
     * exporter, or {@code "undetermined"}.
     */
    public String text() {
        if (status == RelianceStatus.NET_EXPORTER) {
            return "E";
        }
        if (isUndetermined()) {
            return status == RelianceStatus.NO_CONSUMPTION ? "undefined" : "undetermined";
        }
        if (isPoint()) {
            return String.format(Locale.ROOT, "%.0f%%", low * 100);
        }
        return String.format(Locale.ROOT, "%.0f\u2013%.0f%%", low * 100, high * 100);
    }

    /** Returns the text with the reason or the net-exporter word, e.g. {@code "E (net exporter)"}. */
    public String describe() {
        if (status == RelianceStatus.NET_EXPORTER) {
            return "E (net exporter" + (isPoint() ? String.format(Locale.ROOT, ", net exports %.0f%% of consumption",
                    -low * 100) : "") + ")";
        }
        if (!reason.isEmpty()) {
            return "undetermined: " + reason;
        }
        if (status == RelianceStatus.NO_CONSUMPTION) {
            return "undefined: no apparent consumption";
        }
        return text() + (isPoint() ? "" : " (bounds)");
    }

    /** Returns e.g. {@code "Computed reliance USA nickel 2024: 62% — (imports − exports) / ...; caveats: ..."}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Computed reliance ").append(country).append(' ').append(mineral)
                .append(' ').append(year).append(": ").append(describe());
        if (!method.isEmpty()) {
            b.append(" \u2014 ").append(method);
        }
        if (!caveats.isEmpty()) {
            b.append("; caveats: ").append(String.join("; ", caveats.subList(0, Math.min(4, caveats.size()))));
            if (caveats.size() > 4) {
                b.append("; ... ").append(caveats.size() - 4).append(" more");
            }
        }
        return b.toString();
    }
}
