package org.msp.graph.diversification;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.Concentrations;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.graph.concentration.SupplierShare;
import org.msp.graph.dependency.Dependence;
import org.msp.graph.dependency.LookThroughDependencyAlgorithm;
import org.msp.graph.dependency.Dependencies;
import org.msp.graph.scenario.Shock;
import org.msp.model.Dataset;
import org.msp.model.Project;
import org.msp.model.ProjectStatus;
import org.msp.model.Reserve;
import org.msp.model.Stage;

/**
 * Ranks candidate new sources of a mineral: countries with reserves but little production, and projects at the
 * stage, by the concentration (HHI) they would leave and, optionally, a consumer's exposure to one country (see
 * {@link SourceRanking} for the assumptions).
 *
 * <pre>{@code
 * CandidateSources.rank(dataset, "nickel", Stage.MINING, 2024, 50_000, 0.05)
 * }</pre>
 *
 * <p>Running time O(c · p) for c candidates and p producers, plus one proportional tracing of the network when an
 * exposure is asked. Stateless and thread-safe.
 */
public final class CandidateSources {
    private CandidateSources() {
    }

    /**
     * Ranks the candidates by the HHI they would leave.
     *
     * @param dataset     the dataset (production table, reserves, projects)
     * @param mineral     mineral id
     * @param stage       the stage whose concentration is measured (reserves count as candidates at any stage)
     * @param year        the production year
     * @param addedTonnes tonnes a candidate country adds, positive
     * @param maxShare    countries with a present share at or above this are not candidates, in (0, 1]
     * @throws IllegalArgumentException if the stage has no production in the year, or an amount is invalid
     */
    public static SourceRanking rank(Dataset dataset, String mineral, Stage stage, int year, double addedTonnes,
            double maxShare) {
        return rank(dataset, mineral, stage, year, addedTonnes, maxShare, null, null, null);
    }

    /**
     * Ranks the candidates when each country with reserves grows until its share of the stage's output equals its
     * share of the world's reported reserves: it adds {@code r_c / R × Q − q_c} tonnes ({@code r_c} its reserves,
     * {@code R} the reserves reported, {@code Q} the stage's output now, {@code q_c} its output now); countries
     * already at or above their reserve share are not candidates. Projects add their stated capacity.
     *
     * @throws IllegalArgumentException if the stage has no production in the year, or no reserves are reported
     */
    public static SourceRanking rankByReserveShare(Dataset dataset, String mineral, Stage stage, int year,
            double maxShare) {
        return rank(dataset, mineral, stage, year, Double.NaN, maxShare, null, null, null);
    }

    /**
     * Ranks the candidates, also giving {@code consumer}'s exposure to {@code watched} at the stage once each adds its
     * tonnes.
     *
     * @param network  a network of the mineral in which the consumer has supply
     * @param consumer ISO3 code of the consumer
     * @param watched  ISO3 code of the country it is exposed to
     * @throws IllegalArgumentException as {@link #rank(Dataset, String, Stage, int, double, double)}, or if the
     *                                  consumer has no supply of the mineral in the network
     */
    public static SourceRanking rank(Dataset dataset, String mineral, Stage stage, int year, double addedTonnes,
            double maxShare, SupplyNetwork network, String consumer, String watched) {
        Objects.requireNonNull(dataset, "dataset");
        boolean byReserves = Double.isNaN(addedTonnes);
        Preconditions.checkArgument(byReserves || addedTonnes > 0 && Double.isFinite(addedTonnes),
                "addedTonnes is not positive and finite: %s", addedTonnes);
        Preconditions.checkArgument(maxShare > 0 && maxShare <= 1, "maxShare outside (0, 1]: %s", maxShare);
        MarketConcentration base = Concentrations.of(dataset, mineral, stage, year);
        TreeMap<String, Double> tonnes = new TreeMap<>();
        for (SupplierShare s : base.shares()) {
            tonnes.put(s.country(), s.tonnes());
        }
        double exposure = Double.NaN;
        double supply = Double.NaN;
        if (network != null) {
            Dependence d = Dependencies.of(network, consumer, mineral);
            exposure = d.share(stage, watched);
            supply = d.supply();
        }
        TreeMap<String, Double> reserves = new TreeMap<>();
        for (Reserve r : dataset.reserves(mineral, reservesYear(dataset, mineral, year))) {
            reserves.merge(dataset.countryOf(r.holder()), r.quantity().tonnes(), Double::sum);
        }
        double reserveTotal = reserves.values().stream().mapToDouble(Double::doubleValue).sum();
        Preconditions.checkArgument(!byReserves || reserveTotal > 0, "no reserves of %s reported near %s", mineral,
                year);
        double output = base.totalTonnes();
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Double> r : reserves.entrySet()) {
            String c = r.getKey();
            double share = base.share(c);
            if (share >= maxShare) {
                continue;
            }
            double x = addedTonnes;
            if (byReserves) {
                x = r.getValue() / reserveTotal * output - tonnes.getOrDefault(c, 0.0);
                if (!(x > 0)) {
                    continue;
                }
            }
            out.add(candidate(c, c, stage, OptionalDouble.of(x), OptionalDouble.of(r.getValue()), share,
                    base, tonnes, exposure, supply, watched, ""));
        }
        for (Project p : dataset.projects()) {
            if (!p.minerals().contains(mineral) || p.stage() != stage || p.status() == ProjectStatus.CANCELLED) {
                continue;
            }
            OptionalDouble added = Shock.NewSupply.addedTonnes(p, mineral);
            String note = Shock.NewSupply.unstatedReason(p);
            OptionalDouble res = reserves.containsKey(p.country()) ? OptionalDouble.of(reserves.get(p.country()))
                    : OptionalDouble.empty();
            out.add(candidate("project:" + p.id(), p.country(), stage, added, res, base.share(p.country()), base,
                    tonnes, exposure, supply, watched, note));
        }
        out.sort(Comparator.<Candidate>comparingDouble(c -> c.hhiAfter().orElse(Double.POSITIVE_INFINITY))
                .thenComparingDouble(c -> c.exposureAfter().orElse(Double.POSITIVE_INFINITY))
                .thenComparing(Candidate::label));
        String assumption = byReserves ? "each country grows to its share of world reserves"
                : String.format(java.util.Locale.ROOT, "each country adds %,.0f t", addedTonnes);
        return new SourceRanking(mineral, stage, year, assumption,
                byReserves ? OptionalDouble.empty() : OptionalDouble.of(addedTonnes), base.hhi(),
                Optional.ofNullable(consumer),
                Optional.ofNullable(watched), Double.isNaN(exposure) ? OptionalDouble.empty() : OptionalDouble.of(exposure),
                out);
    }

    private static Candidate candidate(String label, String country, Stage stage, OptionalDouble added,
            OptionalDouble reserves, double share, MarketConcentration base, TreeMap<String, Double> tonnes,
            double exposure, double supply, String watched, String note) {
        if (added.isEmpty()) {
            return new Candidate(label, country, stage, added, reserves, share, OptionalDouble.empty(),
                    OptionalDouble.empty(), note);
        }
        double x = added.getAsDouble();
        TreeMap<String, Double> after = new TreeMap<>(tonnes);
        after.merge(country, x, Double::sum);
        double hhi = MarketConcentration.of(base.mineral(), base.stage(), base.year(), after, base.restOfWorld(),
                base.source()).hhi();
        OptionalDouble exp = OptionalDouble.empty();
        if (!Double.isNaN(exposure) && supply + x > 0) {
            double fromWatched = exposure * supply + (country.equals(watched) ? x : 0);
            exp = OptionalDouble.of(fromWatched / (supply + x));
        }
        return new Candidate(label, country, stage, added, reserves, share, OptionalDouble.of(hhi), exp, note);
    }

    /** The year of reserves closest to {@code year}, preferring earlier years; {@code year} itself if none. */
    private static int reservesYear(Dataset dataset, String mineral, int year) {
        int best = year;
        int bestDistance = Integer.MAX_VALUE;
        for (int y : dataset.years()) {
            if (!dataset.reserves(mineral, y).isEmpty()) {
                int dist = Math.abs(y - year) * 2 + (y > year ? 1 : 0);
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = y;
                }
            }
        }
        return best;
    }
}
