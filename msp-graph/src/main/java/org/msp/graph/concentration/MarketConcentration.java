package org.msp.graph.concentration;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeMap;
import org.msp.model.Stage;

/**
 * The concentration of one stage of one mineral in one year: each country's share of world output, the rest
 * of the world as a named residual, and the measures computed from the shares.
 *
 * <p><b>Definitions</b> (IEA Critical Minerals Data Explorer and Global Critical Minerals Outlook; USGS Mineral
 * Commodity Summaries; US DoJ/FTC for the HHI):
 * <ul>
 *   <li>share {@code s_i = q_i / W}, with W the world total the source reports beside its table;</li>
 *   <li>rest of world {@code r = (W - Σ q_i) / W}: what the source does not attribute to a listed country
 *       (its "Other countries" or "Rest of world" line, and any country whose figure it withholds);</li>
 *   <li>top-k share {@code CR_k} = the sum of the k largest country shares;</li>
 *   <li>Herfindahl–Hirschman index {@code HHI = Σ s_i²} (times 10,000 for "points");</li>
 *   <li>effective number of suppliers {@code 1 / HHI};</li>
 *   <li>governance-weighted HHI (EU 2010/2014, JRC 2017) {@code HHI_WGI,t = Σ s_c² · WGI_c · t_c}, with
 *       WGI_c a governance score rescaled to 0–10 (higher is worse) and t_c a trade factor (1 when absent).</li>
 * </ul>
 *
 * <p><b>The rest of the world.</b> It is never a country and never dropped: it counts in the denominator, as
 * the IEA computes its "Top 3 share" (the three largest countries over its "Total", which includes "Rest of
 * world") and USGS world shares are computed (country over "World total"). It is not ranked as one supplier in
 * CR_k, as the IEA does not rank it. Its producers are unknown, so its part of the HHI is too: {@link #hhi()}
 * counts it as fragmented among many small producers (adding nothing, a <em>lower bound</em>, and
 * {@link #effectiveSuppliers()} an upper bound), {@link #hhiUpperBound()} as one supplier (adding r²). The true
 * HHI lies between the two.
 *
 * <p><b>The denominator</b> ({@link #denominator()}) says what the shares are of: the
 * {@linkplain Denominator#WORLD_TOTAL reported world total}; the listed countries, when they
 * {@linkplain Denominator#LISTED_ABOVE_WORLD_TOTAL exceed the reported world total} (rounded totals, or
 * sources that disagree: the excess is reported, the residual is 0, never negative); or the
 * {@linkplain Denominator#LISTED_COUNTRIES listed countries} alone, where no world total is reported (a
 * network's nodes, a table without a total). {@link #listedOnly()} gives the shares of the listed countries
 * for any result.
 *
 * <p>Shares are sorted by decreasing share, ties by ISO3 code, so the result is deterministic. Every measure
 * is O(n) or better. This class is immutable and thread-safe.
 *
 * @param mineral     mineral id
 * @param stage       the stage whose output is measured
 * @param year        calendar year
 * @param shares      the listed countries, by decreasing share then ISO3; at least one, total tonnes positive
 * @param restOfWorld tonnes of the world total attributed to no listed country, not negative
 * @param denominator what the shares are of
 * @param excess      tonnes by which the listed countries exceed the reported world total (0 unless the
 *                    denominator is {@link Denominator#LISTED_ABOVE_WORLD_TOTAL})
 * @param withheld    ISO3 codes of the countries the source lists without a figure (USGS "W" withheld, "NA"),
 *                    sorted: never read as zero; their output is inside the rest of the world
 * @param source      where the tonnes come from, e.g. {@code "USGS Mineral Commodity Summaries 2026"}
 */
public record MarketConcentration(String mineral, Stage stage, int year, List<SupplierShare> shares,
        double restOfWorld, Denominator denominator, double excess, SortedSet<String> withheld, String source) {
    /** Decreasing share, ties by ISO3 code. */
    static final Comparator<SupplierShare> ORDER = Comparator.comparingDouble(SupplierShare::share).reversed()
            .thenComparing(SupplierShare::country);
    private static final int SHOWN = 5;
    /** Listed countries above a world total by less than this fraction of their tonnes equal it (float rounding). */
    private static final double ROUNDING = 1e-9;

    /** What the shares of a {@link MarketConcentration} are shares of. */
    public enum Denominator {
        /** The world total the source reports (or the listed countries plus the rest of world it prints). */
        WORLD_TOTAL,
        /**
         * The listed countries' total, because it exceeds the world total the source reports (by
         * {@link MarketConcentration#excess()}): the rest of the world is then 0, not negative.
         */
        LISTED_ABOVE_WORLD_TOTAL,
        /** The listed countries' total: no world total is reported, so no share of world output is known. */
        LISTED_COUNTRIES
    }

    public MarketConcentration {
        Objects.requireNonNull(mineral, "MarketConcentration.mineral is null");
        Objects.requireNonNull(stage, "MarketConcentration.stage is null");
        Objects.requireNonNull(denominator, "MarketConcentration.denominator is null");
        Objects.requireNonNull(source, "MarketConcentration.source is null");
        withheld = ImmutableSortedSet.copyOf(Objects.requireNonNull(withheld, "MarketConcentration.withheld is null"));
        shares = ImmutableList.sortedCopyOf(ORDER, Objects.requireNonNull(shares, "MarketConcentration.shares is null"));
        Preconditions.checkArgument(!shares.isEmpty(), "MarketConcentration.shares of %s/%s %s is empty", mineral,
                stage, year);
        Preconditions.checkArgument(restOfWorld >= 0 && Double.isFinite(restOfWorld),
                "MarketConcentration.restOfWorld of %s/%s %s is negative or not finite: %s", mineral, stage, year,
                restOfWorld);
        Preconditions.checkArgument(excess >= 0 && Double.isFinite(excess),
                "MarketConcentration.excess of %s/%s %s is negative or not finite: %s", mineral, stage, year, excess);
        Preconditions.checkArgument(denominator == Denominator.WORLD_TOTAL || restOfWorld == 0,
                "MarketConcentration.restOfWorld of %s/%s %s is %s with denominator %s", mineral, stage, year,
                restOfWorld, denominator);
        Preconditions.checkArgument((denominator == Denominator.LISTED_ABOVE_WORLD_TOTAL) == (excess > 0),
                "MarketConcentration.excess of %s/%s %s is %s with denominator %s", mineral, stage, year, excess,
                denominator);
        double sum = shares.stream().mapToDouble(SupplierShare::share).sum();
        Preconditions.checkArgument(sum <= 1 + 1e-9, "MarketConcentration.shares of %s/%s %s sum to %s > 1", mineral,
                stage, year, sum);
    }

    /**
     * Returns the shares of the listed countries' tonnes, no world total known
     * ({@link Denominator#LISTED_COUNTRIES}); see {@link #of(String, Stage, int, Map, double, String)}.
     */
    public static MarketConcentration of(String mineral, Stage stage, int year, Map<String, Double> tonnesByCountry,
            String source) {
        return build(mineral, stage, year, tonnesByCountry, 0, Denominator.LISTED_COUNTRIES, 0, source);
    }

    /**
     * Returns the shares of world output when the source prints the rest of the world (and no total): the
     * world total is the countries' tonnes plus {@code restOfWorld} ({@link Denominator#WORLD_TOTAL}).
     *
     * @param tonnesByCountry tonnes per ISO3 code (facilities already counted in their country); amounts finite
     *                        and not negative, total positive
     * @param restOfWorld     tonnes of world output attributed to no listed country, not negative
     * @throws IllegalArgumentException if the countries' total is not positive or an amount is invalid
     */
    public static MarketConcentration of(String mineral, Stage stage, int year, Map<String, Double> tonnesByCountry,
            double restOfWorld, String source) {
        return build(mineral, stage, year, tonnesByCountry, restOfWorld, Denominator.WORLD_TOTAL, 0, source);
    }

    /**
     * Returns the shares of the world total {@code worldTotal} a source reports beside its country figures: the
     * rest of the world is the total less the countries; if the countries exceed the total (rounding, or
     * figures that disagree), shares are of the countries' tonnes, the rest of the world is 0 and the excess is
     * kept ({@link Denominator#LISTED_ABOVE_WORLD_TOTAL}). An excess below one part in 10⁹ of the countries'
     * tonnes is floating-point rounding: the total is then met exactly, with no rest of the world.
     *
     * @param worldTotal the reported world total in tonnes, finite and not negative
     * @throws IllegalArgumentException if the countries' total is not positive or an amount is invalid
     */
    public static MarketConcentration ofWorldTotal(String mineral, Stage stage, int year,
            Map<String, Double> tonnesByCountry, double worldTotal, String source) {
        Preconditions.checkArgument(worldTotal >= 0 && Double.isFinite(worldTotal),
                "world total of %s/%s %s is negative or not finite: %s", mineral, stage, year, worldTotal);
        double listed = listedTonnes(mineral, stage, year, tonnesByCountry);
        if (listed - worldTotal > ROUNDING * listed) {
            return build(mineral, stage, year, tonnesByCountry, 0, Denominator.LISTED_ABOVE_WORLD_TOTAL,
                    listed - worldTotal, source);
        }
        return build(mineral, stage, year, tonnesByCountry, Math.max(0, worldTotal - listed), Denominator.WORLD_TOTAL,
                0, source);
    }

    private static double listedTonnes(String mineral, Stage stage, int year, Map<String, Double> tonnesByCountry) {
        double total = 0;
        for (Map.Entry<String, Double> e : new TreeMap<>(tonnesByCountry).entrySet()) {
            Preconditions.checkArgument(e.getValue() >= 0 && Double.isFinite(e.getValue()),
                    "tonnes of %s for %s/%s %s is negative or not finite: %s", e.getKey(), mineral, stage, year,
                    e.getValue());
            total += e.getValue();
        }
        Preconditions.checkArgument(total > 0, "no production of %s at stage %s in %s (total tonnes %s)", mineral,
                stage, year, total);
        return total;
    }

    private static MarketConcentration build(String mineral, Stage stage, int year, Map<String, Double> tonnesByCountry,
            double restOfWorld, Denominator denominator, double excess, String source) {
        double total = listedTonnes(mineral, stage, year, tonnesByCountry);
        Preconditions.checkArgument(restOfWorld >= 0 && Double.isFinite(restOfWorld),
                "rest-of-world tonnes of %s/%s %s are negative or not finite: %s", mineral, stage, year, restOfWorld);
        double world = total + restOfWorld;
        ImmutableList.Builder<SupplierShare> b = ImmutableList.builder();
        for (Map.Entry<String, Double> e : new TreeMap<>(tonnesByCountry).entrySet()) {
            if (e.getValue() > 0) {
                b.add(new SupplierShare(e.getKey(), e.getValue(), Math.min(1.0, e.getValue() / world)));
            }
        }
        return new MarketConcentration(mineral, stage, year, b.build(), restOfWorld, denominator, excess,
                ImmutableSortedSet.of(), source);
    }

    /**
     * Returns a copy that names the countries the source lists without a figure (withheld or not available):
     * their output, unknown, is inside the rest of the world, and {@link #toString()} says so.
     */
    public MarketConcentration withWithheld(Collection<String> countries) {
        return new MarketConcentration(mineral, stage, year, shares, restOfWorld, denominator, excess,
                ImmutableSortedSet.copyOf(countries), source);
    }

    /**
     * Returns the shares among the listed countries alone, the rest of the world left out of the denominator
     * ({@link Denominator#LISTED_COUNTRIES}); this result itself if it already is.
     */
    public MarketConcentration listedOnly() {
        if (denominator == Denominator.LISTED_COUNTRIES) {
            return this;
        }
        Map<String, Double> t = new TreeMap<>();
        shares.forEach(s -> t.put(s.country(), s.tonnes()));
        return of(mineral, stage, year, t, source).withWithheld(withheld);
    }

    /** Returns the listed countries' tonnes. */
    public double listedTonnes() {
        return shares.stream().mapToDouble(SupplierShare::tonnes).sum();
    }

    /** Returns the tonnes the shares are of: the listed countries' output plus the rest of the world. */
    public double totalTonnes() {
        return listedTonnes() + restOfWorld;
    }

    /**
     * Returns the world total the source reports: the denominator for {@link Denominator#WORLD_TOTAL}, the
     * listed tonnes less the excess for {@link Denominator#LISTED_ABOVE_WORLD_TOTAL}, empty where none is known.
     */
    public OptionalDouble reportedWorldTotal() {
        switch (denominator) {
            case WORLD_TOTAL:
                return OptionalDouble.of(totalTonnes());
            case LISTED_ABOVE_WORLD_TOTAL:
                return OptionalDouble.of(listedTonnes() - excess);
            default:
                return OptionalDouble.empty();
        }
    }

    /** Returns the rest of the world's share of the total: 0 unless shares are of a world total. */
    public double restOfWorldShare() {
        return restOfWorld / totalTonnes();
    }

    /** Returns whether the shares are shares of world output (a world total is reported). */
    public boolean isShareOfWorld() {
        return denominator != Denominator.LISTED_COUNTRIES;
    }

    /** Returns the number of suppliers with a positive share. */
    public int supplierCount() {
        return shares.size();
    }

    /** Returns the share of {@code iso3}, 0 if it supplies nothing. */
    public double share(String iso3) {
        return shares.stream().filter(s -> s.country().equals(iso3)).mapToDouble(SupplierShare::share).sum();
    }

    /** Returns the largest supplier. */
    public SupplierShare top() {
        return shares.get(0);
    }

    /**
     * Returns the top-k share CR_k: the sum of the k largest shares (all of them if k exceeds the count).
     *
     * @throws IllegalArgumentException if k is not positive
     */
    public double topShare(int k) {
        Preconditions.checkArgument(k > 0, "k is not positive: %s", k);
        double s = 0;
        for (int i = 0; i < Math.min(k, shares.size()); i++) {
            s += shares.get(i).share();
        }
        return Math.min(1.0, s);
    }

    /**
     * Returns the Herfindahl–Hirschman index Σ s_i² over the listed countries, on [0, 1]: with a rest of the
     * world, a lower bound (the residual counted as fragmented among many small producers).
     */
    public double hhi() {
        double h = 0;
        for (SupplierShare s : shares) {
            h += s.share() * s.share();
        }
        return h;
    }

    /**
     * Returns the HHI with the rest of the world counted as one supplier, Σ s_i² + r²: an upper bound on the
     * HHI of world output; equal to {@link #hhi()} without a residual.
     */
    public double hhiUpperBound() {
        double r = restOfWorldShare();
        return hhi() + r * r;
    }

    /** Returns the HHI on the points scale, 0 to 10,000. */
    public double hhiPoints() {
        return hhi() * 10_000;
    }

    /**
     * Returns the effective number of suppliers, 1 / HHI: with a rest of the world, an upper bound (the lower
     * bound is 1 / {@link #hhiUpperBound()}).
     */
    public double effectiveSuppliers() {
        return 1 / hhi();
    }

    /**
     * Returns the governance-weighted HHI {@code Σ s_c² · WGI_c} (EU method).
     *
     * @param governance score per ISO3 code, 0 to 10 (higher is worse governance)
     * @throws IllegalArgumentException if a supplier has no score or a score is outside 0..10
     */
    public double governanceWeightedHhi(Map<String, Double> governance) {
        return governanceWeightedHhi(governance, Map.of());
    }

    /**
     * Returns the governance- and trade-weighted HHI {@code HHI_WGI,t = Σ s_c² · WGI_c · t_c} (JRC 2017).
     *
     * @param governance   score per ISO3 code, 0 to 10 (higher is worse governance)
     * @param tradeFactors trade factor per ISO3 code, not negative; 1 for a country not listed
     * @throws IllegalArgumentException if a supplier has no score, or a score or factor is out of range
     */
    public double governanceWeightedHhi(Map<String, Double> governance, Map<String, Double> tradeFactors) {
        Objects.requireNonNull(governance, "governance");
        Objects.requireNonNull(tradeFactors, "tradeFactors");
        double h = 0;
        for (SupplierShare s : shares) {
            Double w = governance.get(s.country());
            Preconditions.checkArgument(w != null, "no governance score for supplier %s of %s/%s %s", s.country(),
                    mineral, stage, year);
            Preconditions.checkArgument(w >= 0 && w <= 10, "governance score of %s is outside 0..10: %s", s.country(), w);
            double t = tradeFactors.getOrDefault(s.country(), 1.0);
            Preconditions.checkArgument(t >= 0 && Double.isFinite(t), "trade factor of %s is negative or not finite: %s",
                    s.country(), t);
            h += s.share() * s.share() * w * t;
        }
        return h;
    }

    /**
     * Returns a few lines: what the shares are of, the headline measures, the five largest countries and the
     * rest of the world.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Concentration %s/%s %d: ", mineral, stage,
                year));
        switch (denominator) {
            case WORLD_TOTAL:
                b.append(String.format(Locale.ROOT, "%,.0f t world total, %d countries listed", totalTonnes(),
                        supplierCount()));
                break;
            case LISTED_ABOVE_WORLD_TOTAL:
                b.append(String.format(Locale.ROOT, "%,.0f t from %d listed countries, above the reported world total "
                        + "%,.0f t; shares of the listed countries", totalTonnes(), supplierCount(),
                        reportedWorldTotal().getAsDouble()));
                break;
            default:
                b.append(String.format(Locale.ROOT, "%,.0f t from %d countries; shares of the listed countries, no "
                        + "world total in the denominator", totalTonnes(), supplierCount()));
        }
        b.append(String.format(Locale.ROOT, " [%s]; top1 %.1f%%, top3 %.1f%%, HHI %.3f (%,.0f points)", source,
                topShare(1) * 100, topShare(3) * 100, hhi(), hhiPoints()));
        if (restOfWorld > 0) {
            b.append(String.format(Locale.ROOT, ", up to %.3f with the rest of world as one supplier", hhiUpperBound()));
        }
        b.append(String.format(Locale.ROOT, ", effective suppliers %.2f", effectiveSuppliers()));
        for (int i = 0; i < Math.min(SHOWN, shares.size()); i++) {
            b.append("\n  ").append(shares.get(i));
        }
        if (shares.size() > SHOWN) {
            b.append("\n  ... ").append(shares.size() - SHOWN).append(" more");
        }
        if (denominator == Denominator.WORLD_TOTAL) {
            b.append(String.format(Locale.ROOT, "\n  rest of world %.1f%% (%,.0f t)", restOfWorldShare() * 100,
                    restOfWorld));
            if (!withheld.isEmpty()) {
                b.append(", including ").append(String.join(", ", withheld)).append(" (no figure)");
            }
        } else if (denominator == Denominator.LISTED_ABOVE_WORLD_TOTAL) {
            b.append(String.format(Locale.ROOT, "\n  rest of world none: the listed countries exceed the world total by"
                    + " %,.0f t (%.1f%%)", excess, excess / totalTonnes() * 100));
        }
        if (denominator != Denominator.WORLD_TOTAL && !withheld.isEmpty()) {
            b.append("\n  no figure for ").append(String.join(", ", withheld)).append(" (withheld or not available)");
        }
        return b.toString();
    }
}
