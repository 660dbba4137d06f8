package org.msp.graph.dependency;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.msp.data.NameKind;
import org.msp.model.Actor;
import org.msp.model.Basis;
import org.msp.model.DataGap;
import org.msp.model.Dataset;
import org.msp.model.Demand;
import org.msp.model.Flow;
import org.msp.model.ImportSource;
import org.msp.model.Mineral;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.Quantity;
import org.msp.model.Stage;
import org.msp.model.WorldTotal;
import org.msp.model.Stockpile;

/**
 * Net import reliance as an analyst can publish it: for each country, mineral and year, the figure the USGS
 * publishes (where the dataset has one) beside the figure computed from the dataset, the main import source
 * (published, else from trade) and the days of consumption that stocks cover.
 *
 * <p><b>The computed figure</b> follows the USGS definition (see {@link ComputedReliance}):
 * {@code (imports − exports − stock change) / apparent consumption}, where
 * <ul>
 *   <li>trade is the preferred flow table of the mineral in the year at one stage (refining if there is
 *       refining trade, else mining, else the first stage with trade), and the trade codes it covers are named
 *       (one HS code rarely covers every form the USGS counts);</li>
 *   <li>the stock change is the difference of the stocks published at the end of the year and the year before,
 *       when both are published on the trade's basis; otherwise it is left out and said so;</li>
 *   <li>apparent consumption is the published one (USGS salient statistics) when it is on the trade's basis;
 *       otherwise production at the <em>same stage</em> as the trade plus net imports; production that is
 *       withheld ({@code W}) or not listed is never read as zero: the figure becomes bounds (a country a
 *       table does not list produces at most the table's "Other countries" line, from the dataset's world
 *       totals).</li>
 * </ul>
 * Figures on another basis than content are converted by the given factors (as {@link NetImportRelianceAlgorithm}
 * takes them); figures on bases that cannot be compared are not combined.
 *
 * <p><b>Main import source</b>: the largest share of the USGS "Import Sources" for the period that contains
 * the year (else the nearest period), else the largest exporter in the trade table.
 *
 * <pre>{@code
 * RelianceAnswers nir = RelianceAnswers.of(Datasets.world());
 * nir.answer("USA", "nickel", 2024);                // 43% (USGS MCS 2026), computed beside it
 * nir.answers("USA", 2023);                         // one answer per mineral
 * nir.mainSourceMinerals("USA", "CHN", 2024);       // China as main source: n of m
 * }</pre>
 *
 * <p>Running time: one answer reads the dataset's lists of the mineral once, O(F + P + S + R) for the sizes
 * of the flow, production, stock and reported tables. This class is immutable and thread-safe.
 */
public final class RelianceAnswers {
    /**
     * How far (as a fraction, 10 percentage points) the computed figure may be from the published one and
     * still agree with it.
     */
    public static final double TOLERANCE = 0.10;

    private final Dataset dataset;
    private final Map<String, Map<Basis, Double>> conversions;
    /** The dataset's gaps by statistic, actor and year, in the dataset's order; built on first use. */
    private final Supplier<ImmutableListMultimap<List<Object>, DataGap>> gapIndex;

    private RelianceAnswers(Dataset dataset, Map<String, ? extends Map<Basis, Double>> conversions) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.conversions = UsgsNetImportReliance.checkedConversions(conversions);
        this.gapIndex = Suppliers.memoize(() -> Multimaps.index(this.dataset.gaps(),
                g -> List.of(g.statistic(), g.actor(), g.year())));
    }

    /** Returns the dataset's gaps of {@code statistic} for {@code actor} in {@code year}, in the dataset's order. */
    private List<DataGap> gaps(String statistic, Actor actor, int year) {
        return gapIndex.get().get(List.of(statistic, actor, year));
    }

    /** Returns the answers over {@code dataset}, without basis conversions. */
    public static RelianceAnswers of(Dataset dataset) {
        return new RelianceAnswers(dataset, Map.of());
    }

    /**
     * Returns the answers over {@code dataset}, with figures on another basis than content converted by
     * {@code conversions} (per mineral, per basis, tonnes of content per tonne, in (0, 1]).
     *
     * @throws IllegalArgumentException if a factor is not in (0, 1] or converts content
     */
    public static RelianceAnswers of(Dataset dataset, Map<String, ? extends Map<Basis, Double>> conversions) {
        return new RelianceAnswers(dataset, conversions);
    }


    /** Returns the answer for {@code iso3}, {@code mineral} and {@code year}. */
    public RelianceAnswer answer(String iso3, String mineral, int year) {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(mineral, "mineral");
        return new RelianceAnswer(iso3, mineral, year, PublishedReliance.find(dataset, iso3, mineral, year),
                computed(iso3, mineral, year), mainSource(iso3, mineral, year), daysOfCover(iso3, mineral, year));
    }

    /**
     * Returns one answer per mineral that {@code iso3} has a published reliance for, produces, trades or
     * consumes in {@code year}, ordered by mineral id.
     */
    public List<RelianceAnswer> answers(String iso3, int year) {
        return minerals(iso3, year).stream().map(m -> answer(iso3, m, year)).toList();
    }

    /** Returns the minerals {@link #answers} lists, sorted. */
    public SortedSet<String> minerals(String iso3, int year) {
        TreeSet<String> m = new TreeSet<>();
        Actor a = Actor.country(iso3);
        dataset.importReliances().stream().filter(r -> r.country().equals(iso3) && r.year() == year)
                .forEach(r -> m.add(r.mineral()));
        gaps("net_import_reliance", a, year).forEach(g -> m.add(g.mineral()));
        dataset.productions().stream().filter(p -> p.year() == year && p.producer().equals(a))
                .forEach(p -> m.add(p.mineral()));
        dataset.flows().stream().filter(f -> f.year() == year && (f.from().equals(a) || f.to().equals(a)))
                .forEach(f -> m.add(f.mineral()));
        dataset.demands().stream().filter(d -> d.year() == year && d.country().equals(iso3))
                .forEach(d -> m.add(d.mineral()));
        return m;
    }

    /**
     * Returns the minerals for which {@code source} is {@code consumer}'s main import source in {@code year}:
     * the published import sources where the dataset has them, trade otherwise ({@link #mainSource}).
     */
    public MainSourceMinerals mainSourceMinerals(String consumer, String source, int year) {
        TreeMap<String, Double> main = new TreeMap<>();
        int imported = 0;
        for (Mineral mineral : dataset.minerals()) {
            Optional<MainImportSource> s = mainSource(consumer, mineral.id(), year);
            if (s.isEmpty()) {
                continue;
            }
            imported++;
            if (s.get().exporter().equals(source)) {
                main.put(mineral.id(), s.get().share());
            }
        }
        return new MainSourceMinerals(consumer, source, year, main, imported);
    }

    // ------------------------------------------------------------------ main source and cover

    /**
     * Returns the main import source: the largest share of the published import sources for the period that
     * contains {@code year} (else the nearest period; ties: the smaller ISO3 code), else the largest exporter
     * to {@code iso3} in the trade table of the stage {@link #computed} uses.
     */
    public Optional<MainImportSource> mainSource(String iso3, String mineral, int year) {
        List<ImportSource> all = dataset.importSources().stream()
                .filter(s -> s.importer().equals(iso3) && s.mineral().equals(mineral)).toList();
        if (!all.isEmpty()) {
            ImportSource nearest = all.stream().min(Comparator.comparingInt((ImportSource s) -> distance(s, year))
                    .thenComparing(s -> s.provenance().edition(), Comparator.reverseOrder())).orElseThrow();
            List<ImportSource> period = all.stream().filter(s -> s.fromYear() == nearest.fromYear()
                    && s.toYear() == nearest.toYear() && s.provenance().edition().equals(nearest.provenance().edition()))
                    .toList();
            ImportSource top = period.stream().max(Comparator.comparingDouble(ImportSource::share)
                    .thenComparing(ImportSource::exporter, Comparator.reverseOrder())).orElseThrow();
            Provenance p = top.provenance();
            return Optional.of(new MainImportSource(top.exporter(), top.share(), true, p.source() + " " + p.edition()
                    + ", import sources " + top.fromYear() + "-" + top.toYear()));
        }
        Optional<Stage> stage = tradeStage(mineral, year);
        if (stage.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<String, Double> imports = new TreeMap<>();
        List<Flow> trade = dataset.flows(mineral, stage.get(), year);
        for (Flow f : trade) {
            String from = dataset.countryOf(f.from());
            if (dataset.countryOf(f.to()).equals(iso3) && !from.equals(iso3) && f.quantity().tonnes() > 0) {
                imports.merge(from, f.quantity().tonnes(), Double::sum);
            }
        }
        if (imports.isEmpty() || trade.stream().map(f -> f.quantity().basis()).distinct().count() > 1) {
            return Optional.empty();
        }
        double total = imports.values().stream().mapToDouble(Double::doubleValue).sum();
        Map.Entry<String, Double> top = imports.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow();
        return Optional.of(new MainImportSource(top.getKey(), top.getValue() / total, false,
                tradeLabel(trade) + ", trade " + year));
    }

    private static int distance(ImportSource s, int year) {
        return year < s.fromYear() ? s.fromYear() - year : year > s.toYear() ? year - s.toYear() : 0;
    }

    /**
     * Returns the days of consumption that the stocks at the end of {@code year} cover:
     * {@code stocks / (consumption / 365)}, when both are published on one basis and consumption is positive.
     */
    public OptionalDouble daysOfCover(String iso3, String mineral, int year) {
        Optional<Stockpile> s = dataset.stockpile(iso3, mineral, year);
        Optional<Demand> d = dataset.demand(iso3, mineral, year);
        if (s.isEmpty() || d.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] stock = tonnes(mineral, s.get().quantity());
        double[] use = tonnes(mineral, d.get().quantity());
        if (stock[1] != use[1] || use[0] <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(stock[0] / (use[0] / 365.0));
    }

    // ------------------------------------------------------------------ the computed figure

    /** Returns the reliance computed from the dataset (see the class comment), or why it is undetermined. */
    public ComputedReliance computed(String iso3, String mineral, int year) {
        Optional<Stage> stage = tradeStage(mineral, year);
        if (stage.isEmpty()) {
            TreeSet<Integer> years = new TreeSet<>();
            dataset.flows().stream().filter(f -> f.mineral().equals(mineral)).forEach(f -> years.add(f.year()));
            return ComputedReliance.undetermined(iso3, mineral, year, stage, RelianceStatus.NO_TRADE_DATA, "",
                    List.of(), "the dataset has no trade table for " + mineral + " in " + year
                            + (years.isEmpty() ? "" : " (trade: " + years + ")"));
        }
        Stage s = stage.get();
        List<Flow> trade = dataset.flows(mineral, s, year);
        String label = tradeLabel(trade);
        List<String> caveats = new ArrayList<>();
        caveats.add("trade covers " + tables(trade) + " only, at the " + s.id() + " stage");
        double imports = 0;
        double exports = 0;
        int basis = -1;
        for (Flow f : trade) {
            String from = dataset.countryOf(f.from());
            String to = dataset.countryOf(f.to());
            boolean in = to.equals(iso3);
            boolean out = from.equals(iso3);
            if (in == out) {
                continue;
            }
            double[] t = tonnes(mineral, f.quantity());
            if (basis >= 0 && basis != (int) t[1]) {
                return ComputedReliance.undetermined(iso3, mineral, year, stage, RelianceStatus.UNDETERMINED,
                        "trade " + label, caveats, "the trade table mixes bases (" + Basis.values()[basis] + " and "
                                + Basis.values()[(int) t[1]] + ") and no conversion factor joins them");
            }
            basis = (int) t[1];
            if (in) {
                imports += t[0];
            } else {
                exports += t[0];
            }
        }
        if (basis < 0) {
            basis = (int) tonnes(mineral, trade.get(0).quantity())[1];
        }
        Basis tradeBasis = Basis.values()[basis];

        OptionalDouble stockChange = stockChange(iso3, mineral, year, tradeBasis, caveats);
        OptionalDouble consumption = OptionalDouble.empty();
        String denominator;
        Optional<Demand> demand = dataset.demand(iso3, mineral, year);
        if (demand.isPresent()) {
            double[] d = tonnes(mineral, demand.get().quantity());
            if (Basis.values()[(int) d[1]] != tradeBasis) {
                caveats.add("published consumption (" + demand.get().provenance().table() + ") is on basis "
                        + Basis.values()[(int) d[1]] + ", trade on " + tradeBasis + ": not used");
            } else if (d[0] > 0) {
                consumption = OptionalDouble.of(d[0]);
                String table = demand.get().provenance().table();
                if (!table.toLowerCase(java.util.Locale.ROOT).contains("apparent")) {
                    caveats.add("consumption is '" + table + "', not apparent consumption");
                }
            }
        }
        OptionalDouble production = OptionalDouble.empty();
        double[] cap = {Double.POSITIVE_INFINITY};
        if (consumption.isPresent()) {
            Provenance p = demand.orElseThrow().provenance();
            denominator = "apparent consumption " + p.source() + " " + p.edition() + " (" + p.table() + ")";
        } else {
            production = production(iso3, mineral, s, year, tradeBasis, caveats, cap);
            denominator = "(production + net imports), production at the " + s.id() + " stage";
        }
        String method = "(imports \u2212 exports" + (stockChange.isPresent() ? " \u2212 stock change" : "") + ") / "
                + denominator + "; trade " + label;
        return ComputedReliance.compute(iso3, mineral, year, s, imports, exports, stockChange, consumption, production,
                cap[0], method, caveats);
    }

    private OptionalDouble stockChange(String iso3, String mineral, int year, Basis tradeBasis, List<String> caveats) {
        Optional<Stockpile> now = dataset.stockpile(iso3, mineral, year);
        Optional<Stockpile> before = dataset.stockpile(iso3, mineral, year - 1);
        if (now.isEmpty() || before.isEmpty()) {
            caveats.add("stock change not published for " + (year - 1) + "-" + year + ": not included");
            return OptionalDouble.empty();
        }
        double[] a = tonnes(mineral, now.get().quantity());
        double[] b = tonnes(mineral, before.get().quantity());
        if (a[1] != b[1] || Basis.values()[(int) a[1]] != tradeBasis) {
            caveats.add("published stocks are on basis " + Basis.values()[(int) a[1]] + ", trade on " + tradeBasis
                    + ": stock change not included");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(a[0] - b[0]);
    }

    private OptionalDouble production(String iso3, String mineral, Stage stage, int year, Basis tradeBasis,
            List<String> caveats, double[] cap) {
        List<Production> table = dataset.productions(mineral, stage, year);
        double total = 0;
        boolean found = false;
        for (Production p : table) {
            if (!dataset.countryOf(p.producer()).equals(iso3)) {
                continue;
            }
            double[] t = tonnes(mineral, p.quantity());
            if (Basis.values()[(int) t[1]] != tradeBasis) {
                caveats.add("production (" + p.provenance().table() + ") is on basis " + Basis.values()[(int) t[1]]
                        + ", trade on " + tradeBasis + ": production unknown on the trade's basis, bounds given");
                return OptionalDouble.empty();
            }
            total += t[0];
            found = true;
        }
        if (found) {
            return OptionalDouble.of(total);
        }
        Optional<DataGap> gap = gaps("production", Actor.country(iso3), year).stream()
                .filter(g -> g.mineral().equals(mineral) && g.stage() == stage).findFirst();
        if (gap.isPresent()) {
            caveats.add(0, "production at the " + stage.id() + " stage is " + (gap.get().kind().name()
                    .equals("WITHHELD") ? "withheld (W)" : "not available (NA)") + " in " + gap.get().provenance()
                    .source() + " " + gap.get().provenance().edition() + ": bounds, not a value");
        } else if (!table.isEmpty()) {
            Provenance t = table.get(0).provenance();
            cap[0] = productionCap(table, mineral, stage, year, tradeBasis);
            caveats.add(0, iso3 + " is not listed in the " + stage.id() + " production table of " + t.source() + " "
                    + t.edition() + (Double.isInfinite(cap[0]) ? ": production unknown, bounds given"
                    : cap[0] == 0 ? ": the table's \"Other countries\" is 0, so its production is 0"
                    : String.format(java.util.Locale.ROOT, ": production at most %,.0f t (the table's "
                            + "\"Other countries\"), bounds given", cap[0])));
        } else {
            caveats.add(0, "no " + stage.id() + " production table for " + mineral + " in " + year
                    + ": production unknown, bounds given");
        }
        for (Stage other : Stage.values()) {
            if (other != stage && dataset.productions(mineral, other, year).stream()
                    .anyMatch(p -> dataset.countryOf(p.producer()).equals(iso3))) {
                caveats.add("production is published at the " + other.id() + " stage, trade is at the " + stage.id()
                        + " stage: they are not compared");
            } else if (other != stage && gaps("production", Actor.country(iso3), year).stream()
                    .anyMatch(g -> g.mineral().equals(mineral) && g.stage() == other)) {
                caveats.add("production at the " + other.id() + " stage is withheld or not available, and trade is "
                        + "at the " + stage.id() + " stage");
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * The most a country that {@code table} does not list can produce: the table's "Other countries" total of
     * the same source, edition and basis; {@code +Infinity} without one. (A rounded world total less the
     * countries listed is not used: rounding could make it smaller than what is unlisted.)
     */
    private double productionCap(List<Production> table, String mineral, Stage stage, int year, Basis tradeBasis) {
        Provenance p = table.get(0).provenance();
        double rest = Double.POSITIVE_INFINITY;
        for (WorldTotal t : dataset.worldTotals()) {
            if (!t.mineral().equals(mineral) || t.stage() != stage || t.year() != year || t.restOfWorld().isEmpty()
                    || !t.provenance().source().equals(p.source()) || !t.provenance().edition().equals(p.edition())) {
                continue;
            }
            double[] q = tonnes(mineral, t.restOfWorld().get());
            if (Basis.values()[(int) q[1]] == tradeBasis) {
                rest = Math.min(rest, q[0]);
            }
        }
        return rest;
    }

    // ------------------------------------------------------------------ helpers

    /** The stage whose trade is read: refining, else mining, else the first stage with trade. */
    Optional<Stage> tradeStage(String mineral, int year) {
        if (!dataset.flows(mineral, Stage.REFINING, year).isEmpty()) {
            return Optional.of(Stage.REFINING);
        }
        if (!dataset.flows(mineral, Stage.MINING, year).isEmpty()) {
            return Optional.of(Stage.MINING);
        }
        for (Stage s : Stage.values()) {
            if (!dataset.flows(mineral, s, year).isEmpty()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Returns {tonnes, basis ordinal} of {@code q}, converted to content when a factor is given. */
    private double[] tonnes(String mineral, Quantity q) {
        Double f = conversions.getOrDefault(mineral, Map.of()).get(q.basis());
        return f == null ? new double[] {q.tonnes(), q.basis().ordinal()}
                : new double[] {q.tonnes() * f, Basis.CONTENT.ordinal()};
    }

    private static String tables(List<Flow> trade) {
        TreeSet<String> t = new TreeSet<>();
        trade.forEach(f -> t.add(f.provenance().table().isEmpty() ? f.provenance().source() : f.provenance().table()));
        return String.join(", ", t);
    }

    private static String tradeLabel(List<Flow> trade) {
        Provenance p = trade.get(0).provenance();
        return p.source() + " " + p.edition() + ", " + tables(trade);
    }


    @Override
    public String toString() {
        return "RelianceAnswers[" + dataset.name() + "]";
    }
}
