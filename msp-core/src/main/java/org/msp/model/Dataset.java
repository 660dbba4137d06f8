package org.msp.model;

import org.msp.internal.Checks;

import static org.msp.model.RecordOrder.*;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The aggregate of the model: countries, minerals, groups, facilities, production, reserves, flows,
 * stockpiles, demand, projects, trade measures, data gaps, reported import statistics, prices, governance
 * scores, recycling input rates, basis conversion factors and the world totals sources print beside their
 * production tables, for one year or many.
 *
 * <p>A dataset is made by its {@link Builder}, whose {@link Builder#build()} checks referential
 * integrity and reports every problem at once. Each list is kept in a fixed order, independent of the
 * order records were added in (written in the Javadoc of each accessor), so that equal datasets print,
 * serialize and compute alike.
 *
 * <p><b>Several sources for one figure.</b> A dataset may hold the same figure from several sources
 * (USGS and the IEA both give lithium mining for 2023). Queries that return a table for a mineral, stage
 * and year ({@link #productions(String, Stage, int)}, {@link #flows(String, Stage, int)},
 * {@link #reserves(String, int)}, {@link #worldTotal(String, Stage, int)}) take every figure from
 * <em>one</em> source, so that shares are never
 * computed from a mix: the first source in {@link #sourcePriority()} that has figures for that table,
 * then the others in alphabetical order; within a source, the latest edition (in text order). Methods
 * that take a source name select it explicitly.
 *
 * <pre>{@code
 * Provenance p = Provenance.user("example");
 * Dataset d = Dataset.builder()
 *     .countries("AUS", "CHN", "KOR")
 *     .minerals("lithium")
 *     .add(Production.of("AUS", "lithium", Stage.MINING, 2024, 88_000, p))
 *     .add(Flow.of("AUS", "CHN", "lithium", Stage.MINING, 2024, 80_000, p))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dataset {
    private final String name;
    private final List<String> sourcePriority;
    private final List<Country> countries;
    private final List<Mineral> minerals;
    private final List<CountryGroup> groups;
    private final List<Facility> facilities;
    private final List<Production> productions;
    private final List<Reserve> reserves;
    private final List<Flow> flows;
    private final List<Stockpile> stockpiles;
    private final List<Demand> demands;
    private final List<Project> projects;
    private final List<TradeMeasure> measures;
    private final List<DataGap> gaps;
    private final List<ImportReliance> importReliances;
    private final List<ImportSource> importSources;
    private final List<WorldTotal> worldTotals;
    private final List<Price> prices;
    private final List<GovernanceScore> governanceScores;
    private final List<RecyclingInputRate> recyclingInputRates;
    private final List<BasisConversion> conversions;

    private final SourcePreference preference;
    private final Map<String, Country> countryById;
    private final Map<String, Mineral> mineralById;
    private final Map<String, CountryGroup> groupById;
    private final Map<String, Facility> facilityById;
    private final Map<String, Project> projectById;
    private final Map<String, TradeMeasure> measureById;
    private final Supplier<ImmutableListMultimap<TableKey, Production>> productionIndex;
    private final Supplier<ImmutableListMultimap<TableKey, Flow>> flowIndex;
    private final Supplier<ImmutableListMultimap<TableKey, Reserve>> reserveIndex;
    private final Supplier<ImmutableListMultimap<TableKey, WorldTotal>> worldTotalIndex;
    private final Supplier<ImmutableListMultimap<TableKey, DataGap>> gapIndex;
    private final Supplier<ImmutableListMultimap<String, GovernanceScore>> governanceIndex;

    /**
     * The key of one table: a mineral at a stage in a year. Its equality is written out: the indexes hash one key per
     * record (some 60,000 flows) on a command's first question, and the generated record methods cost several times
     * more before the JIT has compiled them.
     */
    private record TableKey(String mineral, Stage stage, int year) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TableKey k && year == k.year && stage == k.stage && mineral.equals(k.mineral);
        }

        @Override
        public int hashCode() {
            return (mineral.hashCode() * 31 + stage.ordinal()) * 31 + year;
        }
    }

    private Dataset(Builder b) {
        this.name = b.name;
        this.sourcePriority = ImmutableList.copyOf(b.sourcePriority);
        this.countries = ImmutableList.sortedCopyOf(Comparator.comparing(Country::iso3), b.countries);
        this.minerals = ImmutableList.sortedCopyOf(Comparator.comparing(Mineral::id), b.minerals);
        this.groups = ImmutableList.sortedCopyOf(Comparator.comparing(CountryGroup::id), b.groups);
        this.facilities = ImmutableList.sortedCopyOf(Comparator.comparing(Facility::id), b.facilities);
        this.productions = sorted(b, "productions", PRODUCTION_ORDER, b.productions);
        this.reserves = sorted(b, "reserves", RESERVE_ORDER, b.reserves);
        this.flows = b.inOrder.contains("flows") ? ImmutableList.copyOf(b.flows)
                : ImmutableList.sortedCopyOf(FLOW_ORDER, b.flows);
        this.stockpiles = sorted(b, "stockpiles", STOCKPILE_ORDER, b.stockpiles);
        this.demands = ImmutableList.sortedCopyOf(DEMAND_ORDER, b.demands);
        this.projects = ImmutableList.sortedCopyOf(Comparator.comparing(Project::id), b.projects);
        this.measures = ImmutableList.sortedCopyOf(Comparator.comparing(TradeMeasure::id), b.measures);
        this.gaps = b.inOrder.contains("gaps") ? ImmutableList.copyOf(b.gaps)
                : ImmutableList.sortedCopyOf(GAP_ORDER, b.gaps);
        this.importReliances = sorted(b, "importReliances", RELIANCE_ORDER, b.importReliances);
        this.importSources = sorted(b, "importSources", SOURCE_ORDER, b.importSources);
        this.worldTotals = sorted(b, "worldTotals", WORLD_TOTAL_ORDER, b.worldTotals);
        this.prices = ImmutableList.sortedCopyOf(PRICE_ORDER, b.prices);
        this.governanceScores = sorted(b, "governanceScores", GOVERNANCE_ORDER, b.governanceScores);
        this.recyclingInputRates = sorted(b, "recyclingInputRates", RECYCLING_ORDER, b.recyclingInputRates);
        this.conversions = sorted(b, "conversions", CONVERSION_ORDER, b.conversions);

        this.preference = new SourcePreference(sourcePriority);
        this.countryById = index(countries, Country::iso3);
        this.mineralById = index(minerals, Mineral::id);
        this.groupById = index(groups, CountryGroup::id);
        this.facilityById = index(facilities, Facility::id);
        this.projectById = index(projects, Project::id);
        this.measureById = index(measures, TradeMeasure::id);
        this.productionIndex = Suppliers.memoize(() -> productions.stream().collect(
                ImmutableListMultimap.toImmutableListMultimap(
                        p -> new TableKey(p.mineral(), p.stage(), p.year()), p -> p)));
        this.flowIndex = Suppliers.memoize(() -> flows.stream().collect(ImmutableListMultimap.toImmutableListMultimap(
                f -> new TableKey(f.mineral(), f.stage(), f.year()), f -> f)));
        this.reserveIndex = Suppliers.memoize(() -> reserves.stream().collect(
                ImmutableListMultimap.toImmutableListMultimap(
                        r -> new TableKey(r.mineral(), Stage.MINING, r.year()), r -> r)));
        this.worldTotalIndex = Suppliers.memoize(() -> worldTotals.stream().collect(
                ImmutableListMultimap.toImmutableListMultimap(
                        w -> new TableKey(w.mineral(), w.stage(), w.year()), w -> w)));
        this.gapIndex = Suppliers.memoize(() -> gaps.stream().collect(ImmutableListMultimap.toImmutableListMultimap(
                g -> new TableKey(g.mineral(), g.stage(), g.year()), g -> g)));
        this.governanceIndex = Suppliers.memoize(() -> ImmutableListMultimap.copyOf(
                com.google.common.collect.Multimaps.index(governanceScores, GovernanceScore::country)));
    }

    /** {@code list} sorted by {@code order}, or copied as it is when the builder found it in that order. */
    private static <T> ImmutableList<T> sorted(Builder b, String name, Comparator<? super T> order, List<T> list) {
        return b.inOrder.contains(name) ? ImmutableList.copyOf(list) : ImmutableList.sortedCopyOf(order, list);
    }

    private static <T> Map<String, T> index(List<T> list, Function<T, String> key) {
        Map<String, T> m = new HashMap<>();
        for (T t : list) {
            m.put(key.apply(t), t);
        }
        return m;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder that starts with every record of this dataset, to build a modified copy. */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).sourcePriority(sourcePriority);
        b.countries.addAll(countries);
        b.minerals.addAll(minerals);
        b.groups.addAll(groups);
        b.facilities.addAll(facilities);
        b.productions.addAll(productions);
        b.reserves.addAll(reserves);
        b.flows.addAll(flows);
        b.stockpiles.addAll(stockpiles);
        b.demands.addAll(demands);
        b.projects.addAll(projects);
        b.measures.addAll(measures);
        b.gaps.addAll(gaps);
        b.importReliances.addAll(importReliances);
        b.importSources.addAll(importSources);
        b.worldTotals.addAll(worldTotals);
        b.prices.addAll(prices);
        b.governanceScores.addAll(governanceScores);
        b.recyclingInputRates.addAll(recyclingInputRates);
        b.conversions.addAll(conversions);
        return b;
    }

    // ---------------------------------------------------------------- the lists

    /** Returns the dataset's name. */
    public String name() {
        return name;
    }

    /** Returns the source names that queries prefer, first first. */
    public List<String> sourcePriority() {
        return sourcePriority;
    }

    /** Returns the countries, ordered by ISO3 code. */
    public List<Country> countries() {
        return countries;
    }

    /** Returns the minerals, ordered by id. */
    public List<Mineral> minerals() {
        return minerals;
    }

    /** Returns the country groups, ordered by id. */
    public List<CountryGroup> groups() {
        return groups;
    }

    /** Returns the facilities, ordered by id. */
    public List<Facility> facilities() {
        return facilities;
    }

    /** Returns every production figure, ordered by mineral, stage, year, producer, then provenance. */
    public List<Production> productions() {
        return productions;
    }

    /** Returns every reserve figure, ordered by mineral, year, holder, then provenance. */
    public List<Reserve> reserves() {
        return reserves;
    }

    /** Returns every flow, ordered by mineral, stage, year, from, to, then provenance. */
    public List<Flow> flows() {
        return flows;
    }

    /** Returns the stockpiles, ordered by country, mineral, year. */
    public List<Stockpile> stockpiles() {
        return stockpiles;
    }

    /** Returns the demand figures, ordered by country, mineral, year. */
    public List<Demand> demands() {
        return demands;
    }

    /** Returns the projects, ordered by id. */
    public List<Project> projects() {
        return projects;
    }

    /** Returns the trade measures, ordered by id. */
    public List<TradeMeasure> measures() {
        return measures;
    }

    /** Returns the data gaps, ordered by mineral, stage, year, actor. */
    public List<DataGap> gaps() {
        return gaps;
    }

    /** Returns the reported import-reliance figures, ordered by country, mineral, year. */
    public List<ImportReliance> importReliances() {
        return importReliances;
    }

    /** Returns the reported import-source shares, ordered by importer, mineral, period, exporter. */
    public List<ImportSource> importSources() {
        return importSources;
    }

    /** Returns the world totals the sources report beside their tables, ordered by mineral, stage, year, then provenance. */
    public List<WorldTotal> worldTotals() {
        return worldTotals;
    }

    /** Returns the prices and unit values, ordered by mineral, year, kind (prices first), provenance, description. */
    public List<Price> prices() {
        return prices;
    }

    /** Returns the governance scores, ordered by country, year, then provenance. */
    public List<GovernanceScore> governanceScores() {
        return governanceScores;
    }

    /** Returns the end-of-life recycling input rates, ordered by region, mineral, then provenance. */
    public List<RecyclingInputRate> recyclingInputRates() {
        return recyclingInputRates;
    }

    /**
     * Returns the basis conversion factors, ordered by mineral, stage, basis: where the dataset's figures of a
     * mineral weigh another basis than contained tonnes (lithium carbonate, manganese ore, ferroniobium), the
     * factor to content and its source. Network builders apply them by default.
     */
    public List<BasisConversion> conversions() {
        return conversions;
    }

    // ---------------------------------------------------------------- look-ups

    /** Returns the country with code {@code iso3}, if the dataset has it. */
    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(countryById.get(iso3));
    }

    /** Returns the mineral with id {@code id}, if the dataset has it. */
    public Optional<Mineral> mineral(String id) {
        return Optional.ofNullable(mineralById.get(id));
    }

    /** Returns the group with id {@code id}, if the dataset has it. */
    public Optional<CountryGroup> group(String id) {
        return Optional.ofNullable(groupById.get(id));
    }

    /** Returns the facility with id {@code id}, if the dataset has it. */
    public Optional<Facility> facility(String id) {
        return Optional.ofNullable(facilityById.get(id));
    }

    /**
     * Returns the ISO3 code of the country an actor is in: a country's own code, or the host country of a
     * facility ({@link Facility#country()}). Every analysis that places a producer, holder or trader in a country
     * asks this. Running time: O(1).
     *
     * @throws NullPointerException     if {@code actor} is null
     * @throws IllegalArgumentException if {@code actor} is a facility this dataset lacks
     */
    public String countryOf(Actor actor) {
        Checks.notNull(actor, "Dataset", "actor");
        if (actor.isCountry()) {
            return actor.id();
        }
        Facility f = facilityById.get(actor.id());
        if (f == null) {
            throw new IllegalArgumentException("dataset " + name + " has no facility '" + actor.id() + "'");
        }
        return f.country();
    }

    /** Returns the project with id {@code id}, if the dataset has it. */
    public Optional<Project> project(String id) {
        return Optional.ofNullable(projectById.get(id));
    }

    /** Returns the trade measure with id {@code id}, if the dataset has it. */
    public Optional<TradeMeasure> measure(String id) {
        return Optional.ofNullable(measureById.get(id));
    }

    /**
     * Returns the factor that converts {@code mineral}'s figures at {@code stage} on {@code basis} to contained
     * tonnes, if the dataset has one. Running time O(C) for C conversions (a few dozen).
     */
    public Optional<BasisConversion> conversion(String mineral, Stage stage, Basis basis) {
        return conversions.stream().filter(c -> c.mineral().equals(mineral) && c.stage() == stage
                && c.basis() == basis).findFirst();
    }

    /** Returns the conversions of {@code mineral}, ordered by stage then basis. */
    public List<BasisConversion> conversions(String mineral) {
        return conversions.stream().filter(c -> c.mineral().equals(mineral)).toList();
    }

    /**
     * Returns the ISO3 codes of the members of group {@code groupId} on {@code date}, sorted.
     *
     * @throws IllegalArgumentException if the dataset has no such group
     */
    public SortedSet<String> members(String groupId, LocalDate date) {
        return requireGroup(groupId).membersOn(date);
    }

    /**
     * Returns the ISO3 codes of the countries that were members of {@code groupId} on any day of
     * {@code year}, sorted.
     *
     * @throws IllegalArgumentException if the dataset has no such group
     */
    public SortedSet<String> members(String groupId, int year) {
        return requireGroup(groupId).membersIn(year);
    }

    private CountryGroup requireGroup(String groupId) {
        CountryGroup g = groupById.get(groupId);
        if (g == null) {
            throw new IllegalArgumentException("unknown group '" + groupId + "'; the dataset has "
                    + groupById.keySet().stream().sorted().toList());
        }
        return g;
    }

    // ---------------------------------------------------------------- queries

    /** Returns every year that has a production, reserve or flow figure, sorted. */
    public SortedSet<Integer> years() {
        TreeSet<Integer> y = new TreeSet<>();
        productions.forEach(p -> y.add(p.year()));
        reserves.forEach(r -> y.add(r.year()));
        flows.forEach(f -> y.add(f.year()));
        return ImmutableSortedSet.copyOf(y);
    }

    /**
     * Returns the ids of the minerals with a production or trade-flow figure in {@code year}, sorted: the minerals
     * a network of that year has nodes for. Running time: O(n) in the number of figures.
     */
    public SortedSet<String> mineralsWithData(int year) {
        TreeSet<String> m = new TreeSet<>();
        for (Production p : productions) {
            if (p.year() == year) {
                m.add(p.mineral());
            }
        }
        m.addAll(mineralsWithTrade(year));
        return ImmutableSortedSet.copyOf(m);
    }

    /**
     * Returns the ids of the minerals with a trade flow in {@code year}, sorted. Running time: O(n) in the number
     * of flows.
     */
    public SortedSet<String> mineralsWithTrade(int year) {
        TreeSet<String> m = new TreeSet<>();
        for (Flow f : flows) {
            if (f.year() == year) {
                m.add(f.mineral());
            }
        }
        return ImmutableSortedSet.copyOf(m);
    }

    /**
     * Returns the latest year with a trade flow, the year every network analysis defaults to; empty when the
     * dataset has no flows. Running time: O(n) in the number of flows.
     */
    public OptionalInt latestTradeYear() {
        return flows.stream().mapToInt(Flow::year).max();
    }

    /** Returns the years that have production of {@code mineral} at {@code stage}, sorted. */
    public SortedSet<Integer> productionYears(String mineral, Stage stage) {
        return productions.stream().filter(p -> p.mineral().equals(mineral) && p.stage() == stage)
                .map(Production::year).collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    }

    /**
     * Returns the production table of {@code mineral} at {@code stage} in {@code year} from the preferred
     * source (see the class comment), ordered by producer; empty if no source has one.
     */
    public List<Production> productions(String mineral, Stage stage, int year) {
        return preference.preferred(productionIndex.get().get(new TableKey(mineral, stage, year)), Production::provenance);
    }

    /** Returns the production table of {@code mineral} at {@code stage} in {@code year} from {@code source}. */
    public List<Production> productions(String mineral, Stage stage, int year, String source) {
        return SourcePreference.fromSource(productionIndex.get().get(new TableKey(mineral, stage, year)), Production::provenance,
                source);
    }

    /**
     * Returns the world total reported beside the production table of {@code mineral} at {@code stage} in
     * {@code year}: the one of the same source and edition as {@link #productions(String, Stage, int)}, so that
     * the countries and the world total come from one publication. Empty if that source and edition report no
     * world total (a total from another source is never paired with the table). Where the dataset has no
     * production table but totals, the preferred source's total (the same rule as for tables).
     *
     * <p>Running time O(t) for the t figures of the table.
     */
    public Optional<WorldTotal> worldTotal(String mineral, Stage stage, int year) {
        List<WorldTotal> totals = worldTotalIndex.get().get(new TableKey(mineral, stage, year));
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        List<Production> table = productions(mineral, stage, year);
        if (table.isEmpty()) {
            return preference.preferred(totals, WorldTotal::provenance).stream().findFirst();
        }
        Provenance p = table.get(0).provenance();
        return totals.stream().filter(w -> SourcePreference.sameEdition(w.provenance(), p)).findFirst();
    }

    /**
     * Returns the world total reported by {@code source} (its latest edition with one) beside its table of
     * {@code mineral} at {@code stage} in {@code year}; the pair of {@link #productions(String, Stage, int, String)}
     * when that edition has a table.
     */
    public Optional<WorldTotal> worldTotal(String mineral, Stage stage, int year, String source) {
        List<Production> table = productions(mineral, stage, year, source);
        List<WorldTotal> totals = worldTotalIndex.get().get(new TableKey(mineral, stage, year));
        if (table.isEmpty()) {
            return SourcePreference.fromSource(totals, WorldTotal::provenance, source).stream().findFirst();
        }
        Provenance p = table.get(0).provenance();
        return totals.stream().filter(w -> SourcePreference.sameEdition(w.provenance(), p)).findFirst();
    }

    /** Returns the reserves of {@code mineral} reported for {@code year} from the preferred source. */
    public List<Reserve> reserves(String mineral, int year) {
        return preference.preferred(reserveIndex.get().get(new TableKey(mineral, Stage.MINING, year)), Reserve::provenance);
    }

    /**
     * Returns the data gaps of {@code mineral} at {@code stage} in {@code year}, of every source and statistic, in
     * the order of {@link #gaps()}. The first call indexes every gap; later calls take constant time.
     */
    public List<DataGap> gaps(String mineral, Stage stage, int year) {
        return gapIndex.get().get(new TableKey(mineral, stage, year));
    }

    /**
     * Returns the flows of {@code mineral} at {@code stage} in {@code year} from the preferred source,
     * ordered by exporter then importer.
     */
    public List<Flow> flows(String mineral, Stage stage, int year) {
        return preference.preferred(flowIndex.get().get(new TableKey(mineral, stage, year)), Flow::provenance);
    }

    /** Returns the flows of {@code mineral} at {@code stage} in {@code year} from {@code source}. */
    public List<Flow> flows(String mineral, Stage stage, int year, String source) {
        return SourcePreference.fromSource(flowIndex.get().get(new TableKey(mineral, stage, year)), Flow::provenance, source);
    }

    /** Returns the flows of {@code mineral} into country {@code iso3} in {@code year}, at every stage, from the preferred source of each stage. */
    public List<Flow> flowsInto(String iso3, String mineral, int year) {
        Actor a = Actor.country(iso3);
        return Stream.of(Stage.values()).flatMap(s -> flows(mineral, s, year).stream())
                .filter(f -> f.to().equals(a)).toList();
    }

    /** Returns the flows of {@code mineral} out of country {@code iso3} in {@code year}, at every stage, from the preferred source of each stage. */
    public List<Flow> flowsOutOf(String iso3, String mineral, int year) {
        Actor a = Actor.country(iso3);
        return Stream.of(Stage.values()).flatMap(s -> flows(mineral, s, year).stream())
                .filter(f -> f.from().equals(a)).toList();
    }

    /** Returns the stockpile of {@code mineral} held by {@code iso3} in {@code year}, if recorded. */
    public Optional<Stockpile> stockpile(String iso3, String mineral, int year) {
        return stockpiles.stream().filter(s -> s.country().equals(iso3) && s.mineral().equals(mineral)
                && s.year() == year).findFirst();
    }

    /**
     * Returns the observed demand of {@code iso3} ({@link Demand#WORLD} for the world) for {@code mineral} in
     * {@code year} over all uses, if recorded; scenario projections and sector figures are left out (read them
     * from {@link #demands()}).
     */
    public Optional<Demand> demand(String iso3, String mineral, int year) {
        return demands.stream().filter(d -> d.country().equals(iso3) && d.mineral().equals(mineral)
                && d.year() == year && d.isObserved() && d.isAllUses()).findFirst();
    }

    /** Returns the trade measures in force on any day of {@code year}, ordered by id. */
    public List<TradeMeasure> measuresInForce(int year) {
        return measures.stream().filter(m -> m.isInForceIn(year)).toList();
    }

    /** Returns the reported net import reliance of {@code iso3} for {@code mineral} in {@code year}, if any. */
    public Optional<ImportReliance> importReliance(String iso3, String mineral, int year) {
        return importReliances.stream().filter(r -> r.country().equals(iso3) && r.mineral().equals(mineral)
                && r.year() == year).findFirst();
    }

    /**
     * Returns the preferred price of {@code mineral} in {@code year}, if the dataset has any: a quoted price
     * before a unit value; among those, the preferred source (see the class comment: {@link #sourcePriority()},
     * then alphabetical, latest edition first); within one edition, the first in {@link #prices()} order
     * (by description). Runs in time linear in the number of prices.
     */
    public Optional<Price> price(String mineral, int year) {
        return prices(mineral, year).stream().findFirst();
    }

    /**
     * Returns every price and unit value of {@code mineral} in {@code year}, the preferred first (the order of
     * {@link #price(String, int)}).
     */
    public List<Price> prices(String mineral, int year) {
        return prices.stream().filter(p -> p.mineral().equals(mineral) && p.year() == year)
                .sorted(Comparator.comparing(Price::kind).thenComparing(Price::provenance, preference))
                .toList();
    }

    /**
     * Returns the governance score of {@code iso3} for the latest year not after {@code year} (the first by
     * provenance order when several sources give that year), if any. Runs in time linear in the number of
     * that country's scores (an index by country is built on the first call).
     */
    public Optional<GovernanceScore> governanceScore(String iso3, int year) {
        GovernanceScore best = null;
        for (GovernanceScore g : governanceIndex.get().get(iso3)) {
            if (g.country().equals(iso3) && g.year() <= year && (best == null || g.year() > best.year())) {
                best = g;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns the end-of-life recycling input rate of {@code mineral} in {@code region} from the latest edition
     * (in text order) that gives one, if any.
     */
    public Optional<RecyclingInputRate> recyclingInputRate(String region, String mineral) {
        return recyclingInputRates.stream().filter(r -> r.region().equals(region) && r.mineral().equals(mineral))
                .max(Comparator.comparing(r -> r.provenance().edition()));
    }

    // ---------------------------------------------------------------- printing and equality

    /** Returns a few lines that count each kind of record, with the years and sources covered. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append("Dataset ").append(name).append('\n');
        SortedSet<Integer> y = years();
        b.append(String.format(Locale.ROOT, "  years         %s%n", y.isEmpty() ? "none" : y.first() + "-" + y.last()));
        line(b, "countries", countries.size());
        line(b, "minerals", minerals.size());
        line(b, "groups", groups.size());
        line(b, "facilities", facilities.size());
        line(b, "productions", productions.size());
        line(b, "reserves", reserves.size());
        line(b, "flows", flows.size());
        line(b, "stockpiles", stockpiles.size());
        line(b, "demands", demands.size());
        line(b, "projects", projects.size());
        line(b, "measures", measures.size());
        line(b, "gaps", gaps.size());
        line(b, "importReliances", importReliances.size());
        line(b, "importSources", importSources.size());
        line(b, "worldTotals", worldTotals.size());
        line(b, "prices", prices.size());
        line(b, "governance", governanceScores.size());
        line(b, "recyclingRates", recyclingInputRates.size());
        line(b, "conversions", conversions.size());
        Set<String> sources = new TreeSet<>();
        Stream.of(productions.stream().map(Production::provenance), flows.stream().map(Flow::provenance),
                reserves.stream().map(Reserve::provenance), facilities.stream().map(Facility::provenance))
                .flatMap(s -> s).forEach(p -> sources.add(p.source() + " " + p.edition()));
        b.append("  sources       ").append(sources.isEmpty() ? "none" : String.join("; ", sources));
        return b.toString();
    }

    private static void line(StringBuilder b, String what, int n) {
        if (n > 0) {
            b.append(String.format(Locale.ROOT, "  %-13s %,d%n", what, n));
        }
    }

    /** Returns one line: the name and the count of each non-empty kind of record. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Dataset[").append(name);
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        counts.put("countries", countries.size());
        counts.put("minerals", minerals.size());
        counts.put("groups", groups.size());
        counts.put("facilities", facilities.size());
        counts.put("productions", productions.size());
        counts.put("reserves", reserves.size());
        counts.put("flows", flows.size());
        counts.put("stockpiles", stockpiles.size());
        counts.put("demands", demands.size());
        counts.put("projects", projects.size());
        counts.put("measures", measures.size());
        counts.put("gaps", gaps.size());
        counts.put("importReliances", importReliances.size());
        counts.put("importSources", importSources.size());
        counts.put("worldTotals", worldTotals.size());
        counts.put("prices", prices.size());
        counts.put("governanceScores", governanceScores.size());
        counts.put("recyclingInputRates", recyclingInputRates.size());
        counts.put("conversions", conversions.size());
        counts.forEach((k, v) -> {
            if (v > 0) {
                b.append(", ").append(String.format(Locale.ROOT, "%,d", v)).append(' ').append(k);
            }
        });
        SortedSet<Integer> y = years();
        if (!y.isEmpty()) {
            b.append(", years ").append(y.first()).append('-').append(y.last());
        }
        return b.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Dataset d)) {
            return false;
        }
        return name.equals(d.name) && sourcePriority.equals(d.sourcePriority) && countries.equals(d.countries)
                && minerals.equals(d.minerals) && groups.equals(d.groups) && facilities.equals(d.facilities)
                && productions.equals(d.productions) && reserves.equals(d.reserves) && flows.equals(d.flows)
                && stockpiles.equals(d.stockpiles) && demands.equals(d.demands) && projects.equals(d.projects)
                && measures.equals(d.measures) && gaps.equals(d.gaps) && importReliances.equals(d.importReliances)
                && importSources.equals(d.importSources)
                && worldTotals.equals(d.worldTotals)
                && prices.equals(d.prices)
                && governanceScores.equals(d.governanceScores)
                && recyclingInputRates.equals(d.recyclingInputRates)
                && conversions.equals(d.conversions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sourcePriority, countries, minerals, groups, facilities, productions, reserves,
                flows, stockpiles, demands, projects, measures, gaps, importReliances, importSources,
                worldTotals,
                prices,
                governanceScores,
                recyclingInputRates,
                conversions);
    }

    // ---------------------------------------------------------------- builder

    /**
     * Collects the records of a {@link Dataset}; {@link #build()} checks them. Records may be added in any
     * order. A builder is not thread-safe.
     */
    public static final class Builder {
        String name = "dataset";
        final List<String> sourcePriority = new ArrayList<>();
        final List<Country> countries = new ArrayList<>();
        final List<Mineral> minerals = new ArrayList<>();
        final List<CountryGroup> groups = new ArrayList<>();
        final List<Facility> facilities = new ArrayList<>();
        final List<Production> productions = new ArrayList<>();
        final List<Reserve> reserves = new ArrayList<>();
        final List<Flow> flows = new ArrayList<>();
        final List<Stockpile> stockpiles = new ArrayList<>();
        final List<Demand> demands = new ArrayList<>();
        final List<Project> projects = new ArrayList<>();
        final List<TradeMeasure> measures = new ArrayList<>();
        final List<DataGap> gaps = new ArrayList<>();
        final List<ImportReliance> importReliances = new ArrayList<>();
        final List<ImportSource> importSources = new ArrayList<>();
        final List<WorldTotal> worldTotals = new ArrayList<>();
        final List<Price> prices = new ArrayList<>();
        final List<GovernanceScore> governanceScores = new ArrayList<>();
        final List<RecyclingInputRate> recyclingInputRates = new ArrayList<>();
        final List<BasisConversion> conversions = new ArrayList<>();
        /** The lists {@link #build()} found already in the dataset's order, which need no sorting. */
        Set<String> inOrder = Set.of();

        private Builder() {}

        /** Sets the dataset's name (default {@code "dataset"}). */
        public Builder name(String name) {
            this.name = Checks.text(name, "Dataset", "name");
            return this;
        }

        /** Sets the source names that table queries prefer, first first (see {@link Dataset}). */
        public Builder sourcePriority(List<String> sources) {
            Checks.notNull(sources, "Dataset", "sourcePriority");
            sourcePriority.clear();
            for (String s : sources) {
                sourcePriority.add(Checks.text(s, "Dataset", "sourcePriority"));
            }
            return this;
        }

        /** Adds countries from the built-in catalogue by ISO3 code. */
        public Builder countries(String... iso3) {
            for (String c : iso3) {
                countries.add(Country.of(c));
            }
            return this;
        }

        /** Adds minerals from the built-in catalogue by id. */
        public Builder minerals(String... ids) {
            for (String m : ids) {
                minerals.add(Mineral.of(m));
            }
            return this;
        }

        /** Adds a country. */
        public Builder add(Country c) {
            countries.add(Checks.notNull(c, "Dataset", "countries"));
            return this;
        }

        /** Adds a mineral. */
        public Builder add(Mineral m) {
            minerals.add(Checks.notNull(m, "Dataset", "minerals"));
            return this;
        }

        /** Adds a country group. */
        public Builder add(CountryGroup g) {
            groups.add(Checks.notNull(g, "Dataset", "groups"));
            return this;
        }

        /** Adds a facility. */
        public Builder add(Facility f) {
            facilities.add(Checks.notNull(f, "Dataset", "facilities"));
            return this;
        }

        /** Adds a production figure. */
        public Builder add(Production p) {
            productions.add(Checks.notNull(p, "Dataset", "productions"));
            return this;
        }

        /** Adds a reserve figure. */
        public Builder add(Reserve r) {
            reserves.add(Checks.notNull(r, "Dataset", "reserves"));
            return this;
        }

        /** Adds a flow. */
        public Builder add(Flow f) {
            flows.add(Checks.notNull(f, "Dataset", "flows"));
            return this;
        }

        /** Adds a stockpile. */
        public Builder add(Stockpile s) {
            stockpiles.add(Checks.notNull(s, "Dataset", "stockpiles"));
            return this;
        }

        /** Adds a demand figure. */
        public Builder add(Demand d) {
            demands.add(Checks.notNull(d, "Dataset", "demands"));
            return this;
        }

        /** Adds a project. */
        public Builder add(Project p) {
            projects.add(Checks.notNull(p, "Dataset", "projects"));
            return this;
        }

        /** Adds a trade measure. */
        public Builder add(TradeMeasure m) {
            measures.add(Checks.notNull(m, "Dataset", "measures"));
            return this;
        }

        /** Adds a data gap. */
        public Builder add(DataGap g) {
            gaps.add(Checks.notNull(g, "Dataset", "gaps"));
            return this;
        }

        /** Adds a reported import-reliance figure. */
        public Builder add(ImportReliance r) {
            importReliances.add(Checks.notNull(r, "Dataset", "importReliances"));
            return this;
        }

        /** Adds a reported import-source share. */
        public Builder add(ImportSource s) {
            importSources.add(Checks.notNull(s, "Dataset", "importSources"));
            return this;
        }

        /** Adds a world total reported beside a production table. */
        public Builder add(WorldTotal w) {
            worldTotals.add(Checks.notNull(w, "Dataset", "worldTotals"));
            return this;
        }

        /** Adds a price or unit value. */
        public Builder add(Price p) {
            prices.add(Checks.notNull(p, "Dataset", "prices"));
            return this;
        }

        /** Adds a governance score. */
        public Builder add(GovernanceScore g) {
            governanceScores.add(Checks.notNull(g, "Dataset", "governanceScores"));
            return this;
        }

        /** Adds an end-of-life recycling input rate. */
        public Builder add(RecyclingInputRate r) {
            recyclingInputRates.add(Checks.notNull(r, "Dataset", "recyclingInputRates"));
            return this;
        }

        /** Adds a basis conversion factor. */
        public Builder add(BasisConversion c) {
            conversions.add(Checks.notNull(c, "Dataset", "conversions"));
            return this;
        }

        /**
         * Adds every record of {@code other}; its countries and minerals are added only where this builder
         * does not have the same code or id already (equal definitions merge, different ones are reported
         * by {@link #build()} as duplicates).
         */
        public Builder addAll(Dataset other) {
            Set<Country> cs = new HashSet<>(countries);
            other.countries.stream().filter(c -> !cs.contains(c)).forEach(countries::add);
            Set<Mineral> ms = new HashSet<>(minerals);
            other.minerals.stream().filter(m -> !ms.contains(m)).forEach(minerals::add);
            groups.addAll(other.groups);
            facilities.addAll(other.facilities);
            productions.addAll(other.productions);
            reserves.addAll(other.reserves);
            flows.addAll(other.flows);
            stockpiles.addAll(other.stockpiles);
            demands.addAll(other.demands);
            projects.addAll(other.projects);
            measures.addAll(other.measures);
            gaps.addAll(other.gaps);
            importReliances.addAll(other.importReliances);
            importSources.addAll(other.importSources);
            worldTotals.addAll(other.worldTotals);
            prices.addAll(other.prices);
            governanceScores.addAll(other.governanceScores);
            recyclingInputRates.addAll(other.recyclingInputRates);
            conversions.addAll(other.conversions);
            for (String s : other.sourcePriority) {
                if (!sourcePriority.contains(s)) {
                    sourcePriority.add(s);
                }
            }
            return this;
        }

        /**
         * Checks referential integrity and returns the dataset.
         *
         * <p>Problems found (each named by its list and index in the order records were added, e.g.
         * {@code flows[3]}, and its field): duplicate ids of countries, minerals, groups, facilities,
         * projects and measures; duplicate figures (the same actor, mineral, stage, year and source twice);
         * references to a country, mineral, group or facility the dataset does not have; a production by a
         * facility at another stage than the facility's, or of a mineral it does not list; two basis
         * conversions for one mineral, stage and basis.
         *
         * @throws DatasetValidationException listing every problem, if there is any
         */
        public Dataset build() {
            DatasetValidation validation = new DatasetValidation(this);
            List<DataProblem> problems = validation.run();
            if (!problems.isEmpty()) {
                throw new DatasetValidationException(problems);
            }
            inOrder = validation.inOrder;
            try {
                return new Dataset(this);
            } finally {
                inOrder = Set.of();
            }
        }
    }
}
