package org.msp.graph.concentration;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.msp.model.Stage;

/**
 * The concentration of one stage of one mineral in one year: each country's share of the output, and the
 * measures computed from the shares.
 *
 * <p><b>Definitions</b> (ANCHORS.md; IEA Global Critical Minerals Outlook; US DoJ/FTC for the HHI):
 * <ul>
 *   <li>share {@code s_i = q_i / Σ q};</li>
 *   <li>top-k share {@code CR_k} = the sum of the k largest shares;</li>
 *   <li>Herfindahl–Hirschman index {@code HHI = Σ s_i²}, on [1/n, 1] when the n shares sum to 1 (times 10,000 for "points");</li>
 *   <li>effective number of suppliers {@code 1 / HHI};</li>
 *   <li>governance-weighted HHI (EU 2010/2014, JRC 2017) {@code HHI_WGI,t = Σ s_c² · WGI_c · t_c}, with
 *       WGI_c a governance score rescaled to 0–10 (higher is worse) and t_c a trade factor (1 when absent).</li>
 * </ul>
 * Shares are sorted by decreasing share, ties by ISO3 code, so the result is deterministic.
 *
 * <p><b>Unattributed remainder.</b> Sources list the main producers and print a world total or a "rest of
 * world" line. That remainder ({@link #unattributed()}) counts in the total, so shares are of world output,
 * but it is no supplier: it adds nothing to CR_k, and it adds nothing to the HHI, as if spread over many small
 * producers, so the HHI is then a lower bound and 1/HHI an upper bound. With no remainder, shares sum to 1.
 *
 * <p>Every measure is O(n) or better. This class is immutable and thread-safe.
 *
 * @param mineral mineral id
 * @param stage   the stage whose output is measured
 * @param year    calendar year
 * @param shares       the suppliers, by decreasing share then ISO3; at least one, total tonnes positive
 * @param unattributed tonnes of the world total that the source does not attribute to a country, not negative
 * @param source       where the tonnes come from, e.g. {@code "USGS Mineral Commodity Summaries 2025"}
 */
public record ConcentrationResult(String mineral, Stage stage, int year, List<SupplierShare> shares,
        double unattributed, String source) {
    /** Decreasing share, ties by ISO3 code. */
    static final Comparator<SupplierShare> ORDER = Comparator.comparingDouble(SupplierShare::share).reversed()
            .thenComparing(SupplierShare::country);
    private static final int SHOWN = 5;

    public ConcentrationResult {
        Objects.requireNonNull(mineral, "ConcentrationResult.mineral is null");
        Objects.requireNonNull(stage, "ConcentrationResult.stage is null");
        Objects.requireNonNull(source, "ConcentrationResult.source is null");
        shares = ImmutableList.sortedCopyOf(ORDER, Objects.requireNonNull(shares, "ConcentrationResult.shares is null"));
        Preconditions.checkArgument(!shares.isEmpty(), "ConcentrationResult.shares of %s/%s %s is empty", mineral,
                stage, year);
        Preconditions.checkArgument(unattributed >= 0 && Double.isFinite(unattributed),
                "ConcentrationResult.unattributed of %s/%s %s is negative or not finite: %s", mineral, stage, year,
                unattributed);
        double sum = shares.stream().mapToDouble(SupplierShare::share).sum();
        Preconditions.checkArgument(sum <= 1 + 1e-9, "ConcentrationResult.shares of %s/%s %s sum to %s > 1", mineral,
                stage, year, sum);
    }

    /** Returns the shares of countries' tonnes with no unattributed remainder; see {@link #of(String, Stage, int, Map, double, String)}. */
    public static ConcentrationResult of(String mineral, Stage stage, int year, Map<String, Double> tonnesByCountry,
            String source) {
        return of(mineral, stage, year, tonnesByCountry, 0, source);
    }

    /**
     * Returns the shares of countries' tonnes (facilities already counted in their country), sorted.
     *
     * @param tonnesByCountry tonnes per ISO3 code; amounts finite and not negative, total positive
     * @param unattributed    tonnes of world output attributed to no country (rest of world), not negative
     * @throws IllegalArgumentException if the countries' total is not positive or an amount is invalid
     */
    public static ConcentrationResult of(String mineral, Stage stage, int year, Map<String, Double> tonnesByCountry,
            double unattributed, String source) {
        double total = 0;
        for (Map.Entry<String, Double> e : new TreeMap<>(tonnesByCountry).entrySet()) {
            Preconditions.checkArgument(e.getValue() >= 0 && Double.isFinite(e.getValue()),
                    "tonnes of %s for %s/%s %s is negative or not finite: %s", e.getKey(), mineral, stage, year,
                    e.getValue());
            total += e.getValue();
        }
        Preconditions.checkArgument(total > 0, "no production of %s at stage %s in %s (total tonnes %s)", mineral,
                stage, year, total);
        Preconditions.checkArgument(unattributed >= 0 && Double.isFinite(unattributed),
                "unattributed tonnes of %s/%s %s are negative or not finite: %s", mineral, stage, year, unattributed);
        double world = total + unattributed;
        ImmutableList.Builder<SupplierShare> b = ImmutableList.builder();
        for (Map.Entry<String, Double> e : new TreeMap<>(tonnesByCountry).entrySet()) {
            if (e.getValue() > 0) {
                b.add(new SupplierShare(e.getKey(), e.getValue(), Math.min(1.0, e.getValue() / world)));
            }
        }
        return new ConcentrationResult(mineral, stage, year, b.build(), unattributed, source);
    }

    /** Returns the total tonnes: the countries' output plus the unattributed remainder. */
    public double totalTonnes() {
        return shares.stream().mapToDouble(SupplierShare::tonnes).sum() + unattributed;
    }

    /** Returns the unattributed remainder's share of the total. */
    public double unattributedShare() {
        return unattributed / totalTonnes();
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

    /** Returns the Herfindahl–Hirschman index Σ s_i² on [0, 1]. */
    public double hhi() {
        double h = 0;
        for (SupplierShare s : shares) {
            h += s.share() * s.share();
        }
        return h;
    }

    /** Returns the HHI on the points scale, 0 to 10,000. */
    public double hhiPoints() {
        return hhi() * 10_000;
    }

    /** Returns the effective number of suppliers, 1 / HHI. */
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
     * Returns a few lines: the headline measures and the five largest suppliers.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "Concentration %s/%s %d: %,.0f t from %d suppliers; top1 %.1f%%, top3 %.1f%%, HHI %.3f (%,.0f points),"
                        + " effective suppliers %.2f",
                mineral, stage, year, totalTonnes(), supplierCount(), topShare(1) * 100, topShare(3) * 100, hhi(),
                hhiPoints(), effectiveSuppliers()));
        for (int i = 0; i < Math.min(SHOWN, shares.size()); i++) {
            b.append("\n  ").append(shares.get(i));
        }
        if (shares.size() > SHOWN) {
            b.append("\n  ... ").append(shares.size() - SHOWN).append(" more");
        }
        if (unattributed > 0) {
            b.append(String.format(Locale.ROOT, "\n  unattributed %.1f%% (%,.0f t)", unattributedShare() * 100,
                    unattributed));
        }
        return b.toString();
    }
}
