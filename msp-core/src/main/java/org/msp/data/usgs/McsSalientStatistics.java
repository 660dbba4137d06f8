package org.msp.data.usgs;

import org.msp.data.internal.Csv;
import org.msp.data.internal.Problems;
import org.msp.data.internal.ResultBuilder;
import org.msp.data.internal.Values;
import org.msp.internal.Checks;
import org.msp.model.Basis;
import org.msp.model.Demand;
import org.msp.model.MassUnit;
import org.msp.model.Price;
import org.msp.model.PriceKind;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;
import org.msp.model.Quantity;
import org.msp.model.Stockpile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the U.S. salient statistics of the MCS 2026 data release other than net import reliance: apparent
 * (or reported) consumption as {@link Demand}, stocks at year end as {@link Stockpile}, prices and unit values
 * as {@link Price}, all of country USA.
 *
 * <p>How the rows are read:
 * <ul>
 *   <li><b>Consumption.</b> A chapter may give several series (apparent, reported, estimated; primary, total).
 *       For each year the first series with a figure is kept, in this order: apparent consumption of the
 *       total or all forms, apparent consumption, estimated consumption, reported consumption (the USGS
 *       computes net import reliance on apparent consumption); the others are skipped with the series kept.
 *       {@code W} and {@code NA} are never read as zero: such a year has no figure from that series.</li>
 *   <li><b>Stocks.</b> One series is kept as it is. Several series that name holders (industry, consumers,
 *       producers, the LME, COMEX, the Treasury) are summed per year, and only when every part has a figure
 *       in one unit; series that name products (ferromanganese, silicomanganese) are not added up.</li>
 *   <li><b>Prices.</b> Every price row with a figure in a unit of money per mass is kept, converted to US
 *       dollars per metric ton: per kilogram, pound, troy ounce, short ton, gram; cents per pound; "metric
 *       ton unit" (mtu, 10 kg of the stated content) is 1/100 t, even where the Unit column says "dollars
 *       per metric ton". A row is a unit value when its label says "unit value". Ranges ("500–16,000"),
 *       carats, volumes and indexes are skipped with the reason.</li>
 *   <li>The basis is read from the statistic's label, then the chapter's "(Data in ...)" header
 *       ({@link McsChapters#basisOf}); a lithium carbonate price is per tonne of carbonate.</li>
 *   <li>The last data year of an edition (2025 in MCS 2026) is an estimate, as are rows whose notes begin
 *       "Estimated"; prices mark it in their qualifier, demand and stocks in their provenance note.</li>
 *   <li>Shipments from the Government stockpile, production, trade, employment and other salient statistics
 *       are skipped with the reason.</li>
 * </ul>
 *
 * <p>Source: U.S. Geological Survey, Mineral Commodity Summaries 2026 Data Release (doi:10.5066/P1WKQ63T),
 * "Salient Statistics—United States"; public domain. Not thread-safe: one instance reads one file.
 */
final class McsSalientStatistics {
    private static final double POUNDS_PER_TONNE = 1.0 / 0.45359237e-3;
    private static final Pattern OXIDE = Pattern.compile("oxide|ta2o5|v2o5|y2o3|trioxide");
    private static final Pattern ESTIMATED = Pattern.compile("(?i)^\\s*estimated\\b");
    private static final List<String> HOLDERS = List.of("industry", "consumer", "producer", "lme", "exchange",
            "comex", "treasury", "government", "warehouse", "dealer", "mine", "dock");

    private final ResultBuilder out;
    private final String file;
    private final String edition;
    private final String licence;
    private final Map<String, List<Csv.Row>> consumption = new LinkedHashMap<>();
    private final Map<String, List<Csv.Row>> stocks = new LinkedHashMap<>();
    private final Map<String, Integer> priceLines = new java.util.HashMap<>();

    McsSalientStatistics(ResultBuilder out, String file, String edition, String licence) {
        this.out = out;
        this.file = file;
        this.edition = edition;
        this.licence = licence;
    }

    /**
     * Takes one salient row that is not a net import reliance: keeps consumption and stocks for
     * {@link #finish()}, reads a price at once, and skips every other statistic with the reason.
     */
    void offer(Csv.Row r, Optional<String> mineral, String what) {
        String statistic = r.get(4).strip().toLowerCase(Locale.ROOT);
        switch (statistic) {
            case "consumption", "stock", "price" -> {
                if (mineral.isEmpty()) {
                    out.skip(r.line(), what, McsChapters.whyNotMapped(r.get(2).strip()));
                } else if (statistic.equals("consumption")) {
                    consumption.computeIfAbsent(mineral.get(), k -> new ArrayList<>()).add(r);
                } else if (statistic.equals("stock")) {
                    stocks.computeIfAbsent(mineral.get(), k -> new ArrayList<>()).add(r);
                } else {
                    price(r, mineral.get(), what);
                }
            }
            case "shipment" -> out.skip(r.line(), what, r.get(5).toLowerCase(Locale.ROOT).contains("government")
                    ? "shipments from the Government stockpile: a stock change the model has no record for"
                    : "shipments are not modelled (consumption is)");
            default -> out.skip(r.line(), what, "U.S. salient statistic '" + r.get(4).strip()
                    + "' is not modelled (consumption, stocks, prices and net import reliance are)");
        }
    }

    /** Reads the consumption and stocks kept by {@link #offer}. */
    void finish() {
        consumption.forEach(this::consumption);
        stocks.forEach(this::stocks);
    }

    // ------------------------------------------------------------------ consumption

    /** One series of a chapter: the rows of one label, by year. */
    private record Series(String detail, int rank, Map<Integer, Csv.Row> byYear) {}

    private static int consumptionRank(String detail) {
        String d = detail.toLowerCase(Locale.ROOT);
        if (d.contains("apparent") && (d.contains("total") || d.contains("all forms"))) {
            return 0;
        }
        if (d.contains("apparent")) {
            return 1;
        }
        return d.contains("estimated") ? 2 : 3;
    }

    private List<Series> series(List<Csv.Row> rows, boolean ranked) {
        Map<String, Series> byDetail = new LinkedHashMap<>();
        for (Csv.Row r : rows) {
            String detail = r.get(5).strip();
            Series s = byDetail.computeIfAbsent(detail, d -> new Series(d, ranked ? consumptionRank(d) : 0,
                    new TreeMap<>()));
            int year = year(r);
            Csv.Row prev = s.byYear().putIfAbsent(year, r);
            if (prev != null) {
                out.skip(r.line(), what(r), "a second figure of series '" + detail + "' for " + year
                        + " (first at line " + prev.line() + ")");
            }
        }
        List<Series> list = new ArrayList<>(byDetail.values());
        list.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
        return list;
    }

    private void consumption(String mineral, List<Csv.Row> rows) {
        List<Series> series = series(rows, true);
        TreeSet<Integer> years = new TreeSet<>();
        series.forEach(s -> years.addAll(s.byYear().keySet()));
        for (int year : years) {
            String kept = null;
            for (Series s : series) {
                Csv.Row r = s.byYear().get(year);
                if (r == null) {
                    continue;
                }
                if (kept != null) {
                    out.skip(r.line(), what(r), "consumption series '" + kept + "' is kept for " + year
                            + " (apparent consumption is preferred to estimated and reported)");
                    continue;
                }
                Optional<Quantity> q = quantity(r, "consumption");
                if (q.isPresent()) {
                    out.demands.add(new Demand("USA", mineral, year, q.get(), provenance(r, r.get(5).strip())));
                    out.used(r.line());
                    kept = s.detail();
                }
            }
        }
    }

    // ------------------------------------------------------------------ stocks

    private void stocks(String mineral, List<Csv.Row> rows) {
        List<Series> series = series(rows, false);
        if (series.size() > 1) {
            List<String> products = series.stream().map(Series::detail).filter(d -> !namesHolder(d)).toList();
            if (!products.isEmpty()) {
                for (Csv.Row r : rows) {
                    out.skip(r.line(), what(r), "stocks of several products (" + String.join("; ", products)
                            + ") are not added up");
                }
                return;
            }
        }
        TreeSet<Integer> years = new TreeSet<>();
        series.forEach(s -> years.addAll(s.byYear().keySet()));
        for (int year : years) {
            List<Csv.Row> parts = new ArrayList<>();
            for (Series s : series) {
                Csv.Row r = s.byYear().get(year);
                if (r != null) {
                    parts.add(r);
                }
            }
            if (parts.size() < series.size()) {
                parts.forEach(r -> out.skip(r.line(), what(r), "stocks of " + year + " are not given by every "
                        + "holder; a partial sum is not a stock"));
                continue;
            }
            List<Quantity> qs = new ArrayList<>();
            String why = "";
            for (Csv.Row r : parts) {
                Optional<Quantity> q = quantityOrReason(r);
                if (q.isEmpty()) {
                    why = reason(r);
                    break;
                }
                if (!qs.isEmpty() && qs.get(0).basis() != q.get().basis()) {
                    why = "holders' stocks on different bases";
                    break;
                }
                qs.add(q.get());
            }
            if (!why.isEmpty()) {
                String w = why;
                parts.forEach(r -> out.skip(r.line(), what(r), "stocks: " + w
                        + (parts.size() > 1 ? " (in one part of the sum; the sum is not given)" : "")));
                continue;
            }
            Quantity total = qs.get(0);
            for (int i = 1; i < qs.size(); i++) {
                total = total.plus(qs.get(i));
            }
            String table = parts.size() == 1 ? parts.get(0).get(5).strip()
                    : "sum of " + String.join(" + ", parts.stream().map(r -> r.get(5).strip()).toList());
            out.stockpiles.add(new Stockpile("USA", mineral, year, total, provenance(parts.get(0), table)));
            parts.forEach(r -> out.used(r.line()));
        }
    }

    private static boolean namesHolder(String detail) {
        String d = detail.toLowerCase(Locale.ROOT);
        String tail = d.contains(":") ? d.substring(d.lastIndexOf(':') + 1) : d;
        return HOLDERS.stream().anyMatch(tail::contains);
    }

    // ------------------------------------------------------------------ prices

    private void price(Csv.Row r, String mineral, String what) {
        String detail = r.get(5).strip();
        String unit = r.get(6).strip().toLowerCase(Locale.ROOT);
        Values.Cell c = Values.parse(r.get(8));
        if (c.kind() != Values.Kind.NUMBER || c.qualifier() != Qualifier.REPORTED) {
            out.skip(r.line(), what, "price " + describe(c));
            return;
        }
        OptionalDouble perTonne = dollarsPerTonne(unit, detail);
        if (perTonne.isEmpty()) {
            out.skip(r.line(), what, "price unit '" + r.get(6).strip() + "' is not money per mass");
            return;
        }
        String l = detail.toLowerCase(Locale.ROOT);
        Basis basis = priceBasis(mineral, l, header(r));
        PriceKind kind = l.contains("unit value") ? PriceKind.UNIT_VALUE : PriceKind.PRICE;
        String description = r.get(2).strip() + ": " + detail;
        Integer first = priceLines.putIfAbsent(mineral + "|" + year(r) + "|" + kind + "|" + basis + "|" + description,
                r.line());
        if (first != null) {
            out.skip(r.line(), what, "a second figure for the same price and year (first at line " + first + ")");
            return;
        }
        Qualifier q = estimated(r) ? Qualifier.ESTIMATED : Qualifier.REPORTED;
        try {
            out.prices.add(new Price(mineral, year(r), c.value() * perTonne.getAsDouble(), basis, description, kind, q,
                    Provenance.of(McsImporter.SOURCE, edition, description, licence)));
        } catch (IllegalArgumentException e) {
            throw Problems.single(file, "line " + r.line(), "Value", e.getMessage());
        }
        out.used(r.line());
    }

    /**
     * The basis of a price: per tonne of lithium carbonate, of an oxide (pentoxide, Ta2O5, V2O5), of a metal,
     * or as the label and then the chapter header state it ({@link McsChapters#basisOf}).
     */
    private static Basis priceBasis(String mineral, String label, String header) {
        if (mineral.equals("lithium") && label.contains("carbonate")) {
            return Basis.CARBONATE_EQUIVALENT;
        }
        if (OXIDE.matcher(label).find()) {
            return Basis.OXIDE_EQUIVALENT;
        }
        if (label.contains("metal") && !label.contains("gross weight")) {
            return Basis.CONTENT;
        }
        return McsChapters.basisOf(label, header);
    }

    /**
     * Returns the US dollars per metric ton that one unit of {@code unit} is, or empty for a unit that is no
     * money per mass; a "metric ton unit" in the label (10 kg) wins over the Unit column.
     */
    static OptionalDouble dollarsPerTonne(String unit, String detail) {
        String u = unit.strip().toLowerCase(Locale.ROOT);
        String d = detail.toLowerCase(Locale.ROOT);
        if (d.contains("metric ton unit") && (u.equals("dollars per metric ton") || u.contains("ton unit"))) {
            return OptionalDouble.of(100.0);
        }
        switch (u) {
            case "dollars per metric ton":
                return OptionalDouble.of(1.0);
            case "dollars per ton":
                return OptionalDouble.of(1.0); // MCS tables are in metric tons unless they say short tons
            case "dollars per short ton":
                return OptionalDouble.of(1.0 / MassUnit.SHORT_TON.toTonnes(1));
            case "dollars per kilogram":
                return OptionalDouble.of(1_000.0);
            case "dollars per gram":
                return OptionalDouble.of(1_000_000.0);
            case "dollars per pound":
                return OptionalDouble.of(POUNDS_PER_TONNE);
            case "cents per pound":
                return OptionalDouble.of(POUNDS_PER_TONNE / 100.0);
            case "dollars per troy ounce":
                return OptionalDouble.of(1.0 / MassUnit.TROY_OUNCE.toTonnes(1));
            default:
                return OptionalDouble.empty();
        }
    }

    // ------------------------------------------------------------------ shared

    private Optional<Quantity> quantity(Csv.Row r, String statistic) {
        Optional<Quantity> q = quantityOrReason(r);
        if (q.isEmpty()) {
            out.skip(r.line(), what(r), statistic + " " + reason(r));
        }
        return q;
    }

    /** The row's figure in tonnes, or empty when it has none (see {@link #reason}). */
    private Optional<Quantity> quantityOrReason(Csv.Row r) {
        Values.Cell c = Values.parse(r.get(8));
        Optional<MassUnit> unit = McsFigures.massUnit(r.get(6));
        if (c.kind() != Values.Kind.NUMBER || c.qualifier() != Qualifier.REPORTED || unit.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Quantity.of(c.value(), unit.get(), McsChapters.basisOf(r.get(5), header(r))));
        } catch (IllegalArgumentException e) {
            throw Problems.single(file, "line " + r.line(), "Value", e.getMessage() + " ('" + c.code() + "')");
        }
    }

    /** Why {@link #quantityOrReason} gives nothing for the row. */
    private static String reason(Csv.Row r) {
        Values.Cell c = Values.parse(r.get(8));
        if (c.kind() == Values.Kind.NUMBER && c.qualifier() == Qualifier.REPORTED) {
            return "in unit '" + r.get(6).strip() + "', which is not a mass";
        }
        return describe(c);
    }

    private static String describe(Values.Cell c) {
        switch (c.kind()) {
            case GAP:
                return "not given: USGS code '" + c.code() + "' (" + c.gap().orElseThrow().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ') + "), never read as zero";
            case EMPTY:
                return "not given: empty value";
            case NUMBER:
                return "given as a bound ('" + c.code() + "'), not a figure";
            default:
                return "given as text ('" + c.code() + "'), not a figure";
        }
    }

    private Provenance provenance(Csv.Row r, String label) {
        Provenance p = Provenance.of(McsImporter.SOURCE, edition, r.get(2).strip() + ": " + label, licence);
        return estimated(r) ? p.withNote("estimated") : p;
    }

    private boolean estimated(Csv.Row r) {
        return year(r) == Integer.parseInt(edition) - 1 || ESTIMATED.matcher(r.get(9)).find();
    }

    private int year(Csv.Row r) {
        try {
            return Checks.year(Integer.parseInt(r.get(7).strip()), "McsImporter", "Year");
        } catch (IllegalArgumentException e) {
            throw Problems.single(file, "line " + r.line(), "Year", "not a year: '" + r.get(7).strip() + "'");
        }
    }

    private static String what(Csv.Row r) {
        return r.get(2).strip() + " / " + r.get(3).strip() + " / " + r.get(5).strip() + " / " + r.get(7).strip();
    }

    private static String header(Csv.Row r) {
        String other = r.get(11);
        int i = other.indexOf("(Data in ");
        return i < 0 ? "" : other.substring(i);
    }
}
