package org.msp.graph.arbitraries.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.msp.model.*;

/**
 * Generators of valid model values and whole datasets, behind {@link org.msp.graph.arbitraries.SupplyArbitraries}.
 * Not part of the supported API: this package is not exported.
 *
 * <p>Every value is valid by construction, without filtering: a dataset's country codes, mineral ids,
 * group ids and facilities are generated first ({@link Universe}), and every other record refers only to
 * them; records that would repeat a figure ({@link Dataset.Builder#build()} refuses the same actor,
 * mineral, stage, year and source twice) are dropped, not regenerated. Every optional field is present in
 * about half the values. Numbers include awkward doubles ({@code 0.1 + 0.2}, {@code 1e-300},
 * {@code 1e15}, subnormals, {@code Double.MAX_VALUE}, random bit patterns); names include non-ASCII,
 * control and quote characters and characters outside the Basic Multilingual Plane.
 *
 * <pre>{@code
 * @Property
 * void roundTrips(@ForAll("datasets") Dataset d) { ... }
 *
 * @Provide
 * Arbitrary<Dataset> datasets() { return DomainArbitraries.datasets(); }
 * }</pre>
 *
 * <p>All methods return new arbitraries; this class is stateless.
 */
public final class DomainArbitraries {
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    private static final List<String> CATALOGUE_MINERALS = List.of("lithium", "cobalt", "gallium", "graphite",
            "nickel", "germanium");

    private DomainArbitraries() {}

    /**
     * The ids a dataset's records may refer to: country codes, mineral ids, group ids and facilities
     * (at least two countries and one mineral).
     */
    public record Universe(List<String> countries, List<String> minerals, List<String> groups,
            List<Facility> facilities) {
        /** Copies the lists. */
        public Universe {
            countries = List.copyOf(countries);
            minerals = List.copyOf(minerals);
            groups = List.copyOf(groups);
            facilities = List.copyOf(facilities);
            if (countries.size() < 2 || minerals.isEmpty()) {
                throw new IllegalArgumentException("a universe needs two countries and a mineral");
            }
        }

        /** Returns every actor: the countries, then the facilities. */
        public List<Actor> actors() {
            List<Actor> a = new ArrayList<>();
            countries.forEach(c -> a.add(Actor.country(c)));
            facilities.forEach(f -> a.add(f.actor()));
            return a;
        }
    }

    // ------------------------------------------------------------------ datasets

    /** Valid datasets of up to about 60 records, every model type represented in some of them. */
    public static Arbitrary<Dataset> datasets() {
        return Combinators.combine(countries(), minerals()).flatAs(DomainArbitraries::datasetsOver);
    }

    /** Valid datasets over the given countries (at least two, distinct codes) and minerals (distinct ids). */
    public static Arbitrary<Dataset> datasetsOver(List<Country> countries, List<Mineral> minerals) {
        List<String> c = countries.stream().map(Country::iso3).collect(Collectors.toList());
        List<String> m = minerals.stream().map(Mineral::id).collect(Collectors.toList());
        return groups(c).flatMap(gs -> facilities(c, m).flatMap(fs -> {
            Universe u = new Universe(c, m, gs.stream().map(CountryGroup::id).collect(Collectors.toList()), fs);
            return Builders.withBuilder(Dataset::builder)
                    .use(names()).inSetter(Dataset.Builder::name)
                    .use(sourceNames().list().uniqueElements().ofMaxSize(3)).inSetter(Dataset.Builder::sourcePriority)
                    .use(Arbitraries.just(countries)).inSetter((b, l) -> l.forEach(b::add))
                    .use(Arbitraries.just(minerals)).inSetter((b, l) -> l.forEach(b::add))
                    .use(Arbitraries.just(gs)).inSetter((b, l) -> l.forEach(b::add))
                    .use(Arbitraries.just(fs)).inSetter((b, l) -> l.forEach(b::add))
                    .use(productions(u)).inSetter((b, l) -> l.forEach(b::add))
                    .use(reserves(u)).inSetter((b, l) -> l.forEach(b::add))
                    .use(flows(u)).inSetter((b, l) -> l.forEach(b::add))
                    .use(stockpiles(u)).inSetter((b, l) -> l.forEach(b::add))
                    .use(demands(u)).inSetter((b, l) -> l.forEach(b::add))
                    .use(projects(u)).inSetter((b, l) -> l.forEach(b::add))
                    .use(measures(u)).inSetter((b, l) -> l.forEach(b::add))
                    .use(gaps(u)).inSetter((b, l) -> l.forEach(b::add))
                    .use(importReliances(u)).inSetter((b, l) -> l.forEach(b::add))
                    .use(importSources(u)).inSetter((b, l) -> l.forEach(b::add))
                    .use(conversions(u)).inSetter((b, l) -> l.forEach(b::add))
                    .use(prices(u)).inSetter((b, l) -> l.forEach(b::add))
                    .build(Dataset.Builder::build);
        }));
    }

    // ------------------------------------------------------------------ scalars

    /** Record names: a letter, then up to 16 characters of ASCII, Latin, Cyrillic, CJK, quotes, controls, emoji. */
    public static Arbitrary<String> names() {
        Arbitrary<Character> first = Arbitraries.chars().range('A', 'Z').range('a', 'z').range('\u00c0', '\u00ff')
                .range('\u4e00', '\u4e80');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u024f')
                .withCharRange('\u0400', '\u04ff').withCharRange('\u4e00', '\u4e80')
                .withChars('"', '\\', '\n', '\t', '\u0001', '\u2028', '/').ofMaxLength(16);
        Arbitrary<String> tail = Arbitraries.of("", "", "", "\u26cf", "\ud83e\udea8", "\ud83d\udd0b");
        return Combinators.combine(first, rest, tail).as((f, r, t) -> f + r + t);
    }

    /** Ids: {@code [a-z][a-z0-9._-]{0,9}}. */
    public static Arbitrary<String> ids() {
        Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars('.', '_', '-').ofMaxLength(9);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    /** ISO 3166-1 alpha-3 shaped codes: three upper-case letters (not all in the catalogue). */
    public static Arbitrary<String> iso3Codes() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
    }

    /** Years 1900-2100. */
    public static Arbitrary<Integer> years() {
        return Arbitraries.integers().between(1900, 2100);
    }

    /** Dates from 1900-01-01 to 2100-12-31. */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** A date and, in about half the values, a later date: a validity period. */
    public static Arbitrary<Period> periods() {
        return Combinators.combine(dates(), Arbitraries.integers().between(1, 20_000).optional(0.5))
                .as((from, days) -> new Period(from, days.map(n -> from.plusDays(n))));
    }

    /** A validity period: from {@code start}, until {@code end} (exclusive) if present. */
    public record Period(LocalDate start, Optional<LocalDate> end) {}

    /**
     * Non-negative finite doubles, many of them awkward: {@code 0.1 + 0.2}, {@code 1e-300}, {@code 1e15},
     * {@code 2^53 + 1}, subnormals, {@code Double.MAX_VALUE}, uniformly random bit patterns, and plain
     * decimals.
     */
    public static Arbitrary<Double> tonnes() {
        Arbitrary<Double> awkward = Arbitraries.of(0.0, 0.1 + 0.2, 1e-300, 1e15, 9_007_199_254_740_993.0,
                Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1.0 / 3, 88_000.0, 2.5e-7, 123_456_789.123_456_78);
        Arbitrary<Double> bits = Arbitraries.longs().between(0, Double.doubleToRawLongBits(Double.MAX_VALUE))
                .map(Double::longBitsToDouble);
        Arbitrary<Double> plain = Arbitraries.doubles().between(0, 1e9).ofScale(3);
        return Arbitraries.frequencyOf(Tuple.of(3, awkward), Tuple.of(4, bits), Tuple.of(3, plain));
    }

    /** Fractions in [0, 1]: edge values, {@code 0.1 + 0.2}, and uniformly random bit patterns. */
    public static Arbitrary<Double> shares() {
        Arbitrary<Double> edges = Arbitraries.of(0.0, 1.0, 0.1 + 0.2, 1e-300, Double.MIN_VALUE, 0.5);
        Arbitrary<Double> bits = Arbitraries.longs().between(0, Double.doubleToRawLongBits(1.0))
                .map(Double::longBitsToDouble);
        return Arbitraries.frequencyOf(Tuple.of(1, edges), Tuple.of(3, bits));
    }

    /** Quantities on every basis. */
    public static Arbitrary<Quantity> quantities() {
        return Combinators.combine(tonnes(), Arbitraries.of(Basis.class)).as(Quantity::new);
    }

    /** Locations, including the poles, the antimeridian and {@code -0.0}. */
    public static Arbitrary<Location> locations() {
        Arbitrary<Double> lat = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(-90.0, 90.0, -0.0, 0.0)),
                Tuple.of(4, Arbitraries.doubles().between(-90, 90).ofScale(7)));
        Arbitrary<Double> lon = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(-180.0, 180.0, -0.0)),
                Tuple.of(4, Arbitraries.doubles().between(-180, 180).ofScale(7)));
        return Combinators.combine(lat, lon).as(Location::new);
    }

    /** Source names: a few well-known ones and arbitrary names. */
    public static Arbitrary<String> sourceNames() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("usgs", "iea", "bgs", "baci")),
                Tuple.of(1, names()));
    }

    /** Provenances, with and without table and note. */
    public static Arbitrary<Provenance> provenances() {
        Arbitrary<String> edition = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("MCS 2024", "MCS 2025", "2023")),
                Tuple.of(1, names()));
        Arbitrary<String> licence = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("public domain", "CC BY 4.0")),
                Tuple.of(1, names()));
        return Combinators.combine(sourceNames(), edition, names().optional(0.5), licence, names().optional(0.5))
                .as((s, e, t, l, n) -> new Provenance(s, e, t.orElse(""), l, n.orElse("")));
    }

    // ------------------------------------------------------------------ ids and entities

    /** Two to six countries with distinct codes, about half of them from the catalogue. */
    public static Arbitrary<List<Country>> countries() {
        List<String> catalogue = Countries.all().stream().map(Country::iso3).collect(Collectors.toList());
        Arbitrary<String> code = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(catalogue)),
                Tuple.of(1, iso3Codes()));
        return code.set().ofMinSize(2).ofMaxSize(6).flatMap(codes -> Combinators.combine(
                codes.stream().sorted().map(DomainArbitraries::country).collect(Collectors.toList()))
                .as(l -> l));
    }

    /** A country with code {@code iso3}: the catalogue's entry when there is one (in 3 of 4 values). */
    public static Arbitrary<Country> country(String iso3) {
        Arbitrary<Country> made = Combinators.combine(names(), Arbitraries.of(Region.class), names())
                .as((n, r, s) -> new Country(iso3, n, r, s));
        Optional<Country> known = Countries.find(iso3);
        return known.isPresent() ? Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(known.get())),
                Tuple.of(1, made)) : made;
    }

    /** One to four minerals with distinct ids: catalogue entries and made-up ones. */
    public static Arbitrary<List<Mineral>> minerals() {
        Arbitrary<String> id = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(CATALOGUE_MINERALS)),
                Tuple.of(1, ids()));
        return id.set().ofMinSize(1).ofMaxSize(4).flatMap(ids -> Combinators.combine(
                ids.stream().sorted().map(DomainArbitraries::mineral).collect(Collectors.toList())).as(l -> l));
    }

    /** A mineral with id {@code id}: the catalogue's entry when there is one (in half the values). */
    public static Arbitrary<Mineral> mineral(String id) {
        Arbitrary<Mineral> made = Combinators.combine(names(), Arbitraries.of(MineralGroup.class),
                Arbitraries.of("us-2025", "eu-2023", "jp-2020").set().ofMaxSize(3))
                .as((n, g, lists) -> Mineral.of(id, n, g, lists));
        Optional<Mineral> known = Minerals.find(id);
        return known.isPresent() ? Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(known.get())),
                Tuple.of(1, made)) : made;
    }

    /** Up to three groups with distinct ids whose members are among {@code countries}. */
    public static Arbitrary<List<CountryGroup>> groups(List<String> countries) {
        return ids().set().ofMaxSize(3).flatMap(ids -> Combinators.combine(ids.stream().sorted()
                .map(id -> group(id, countries)).collect(Collectors.toList())).as(l -> l));
    }

    /** A group with id {@code id} whose members are among {@code countries}. */
    public static Arbitrary<CountryGroup> group(String id, List<String> countries) {
        Arbitrary<List<Membership>> members = Arbitraries.subsetOf(countries).flatMap(cs -> Combinators.combine(
                cs.stream().sorted().map(c -> periods().map(p -> new Membership(c, p.start(), p.end())))
                        .collect(Collectors.toList())).as(l -> l));
        return Combinators.combine(names(), members, provenances()).as((n, m, p) -> new CountryGroup(id, n, m, p));
    }

    /** Up to four facilities with distinct ids, in {@code countries}, working {@code minerals}. */
    public static Arbitrary<List<Facility>> facilities(List<String> countries, List<String> minerals) {
        return ids().set().ofMaxSize(4).flatMap(ids -> Combinators.combine(ids.stream().sorted()
                .map(id -> facility(id, countries, minerals)).collect(Collectors.toList())).as(l -> l));
    }

    /** A facility with id {@code id} in one of {@code countries}, working some of {@code minerals}. */
    public static Arbitrary<Facility> facility(String id, List<String> countries, List<String> minerals) {
        return Combinators.combine(names(), Arbitraries.of(countries), Arbitraries.of(Stage.class),
                nonEmptySubset(minerals), quantities().optional(0.5), names().optional(0.5),
                Arbitraries.of(FacilityStatus.class), Combinators.combine(locations().optional(0.5), provenances())
                        .as(Tuple::of))
                .as((n, c, s, m, cap, op, st, lp) -> new Facility(id, n, c, s, m, cap, op, st, lp.get1(), lp.get2()));
    }

    // ------------------------------------------------------------------ figures

    /** Up to eight production figures by the universe's countries and facilities, no figure twice. */
    public static Arbitrary<List<Production>> productions(Universe u) {
        Arbitrary<Production> byCountry = Combinators.combine(Arbitraries.of(u.countries()).map(Actor::country),
                Arbitraries.of(u.minerals()), Arbitraries.of(Stage.class), years(), quantities(),
                Arbitraries.of(Qualifier.class), provenances()).as(Production::new);
        Arbitrary<Production> one = u.facilities().isEmpty() ? byCountry : Arbitraries.frequencyOf(
                Tuple.of(2, byCountry), Tuple.of(1, Arbitraries.of(u.facilities()).flatMap(f -> Combinators.combine(
                        Arbitraries.of(f.minerals()), years(), quantities(), Arbitraries.of(Qualifier.class),
                        provenances()).as((m, y, q, ql, p) -> new Production(f.actor(), m, f.stage(), y, q, ql, p)))));
        return one.list().ofMaxSize(8).map(l -> distinctBy(l,
                p -> List.of(p.producer(), p.mineral(), p.stage(), p.year(), source(p.provenance()))));
    }

    /** Up to five reserve figures, no figure twice. */
    public static Arbitrary<List<Reserve>> reserves(Universe u) {
        return Combinators.combine(Arbitraries.of(u.actors()), Arbitraries.of(u.minerals()), years(), quantities(),
                Arbitraries.of(Qualifier.class), provenances()).as(Reserve::new).list().ofMaxSize(5)
                .map(l -> distinctBy(l, r -> List.of(r.holder(), r.mineral(), r.year(), source(r.provenance()))));
    }

    /** Up to eight flows between distinct actors, no figure twice. */
    public static Arbitrary<List<Flow>> flows(Universe u) {
        Arbitrary<List<Actor>> ends = Arbitraries.of(u.actors()).list().ofSize(2).uniqueElements();
        return Combinators.combine(ends, Arbitraries.of(u.minerals()), Arbitraries.of(Stage.class), years(),
                quantities(), tonnes().optional(0.5), Arbitraries.of(FlowOrigin.class), provenances())
                .as((e, m, s, y, q, v, o, p) -> new Flow(e.get(0), e.get(1), m, s, y, q,
                        v.map(OptionalDouble::of).orElse(OptionalDouble.empty()), o, p))
                .list().ofMaxSize(8).map(l -> distinctBy(l,
                        f -> List.of(f.from(), f.to(), f.mineral(), f.stage(), f.year(), source(f.provenance()))));
    }

    /** Up to four stockpiles, no figure twice. */
    public static Arbitrary<List<Stockpile>> stockpiles(Universe u) {
        return Combinators.combine(Arbitraries.of(u.countries()), Arbitraries.of(u.minerals()), years(),
                quantities(), provenances()).as(Stockpile::new).list().ofMaxSize(4)
                .map(l -> distinctBy(l, s -> List.of(s.country(), s.mineral(), s.year(), source(s.provenance()))));
    }

    /**
     * Up to four demand figures, no figure twice: a country's or the world's ({@link Demand#WORLD}), observed or
     * under a scenario, over all uses or for a sector.
     */
    public static Arbitrary<List<Demand>> demands(Universe u) {
        Arbitrary<String> consumers = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(u.countries())),
                Tuple.of(1, Arbitraries.just(Demand.WORLD)));
        return Combinators.combine(consumers, Arbitraries.of(u.minerals()), years(), quantities(), provenances(),
                Arbitraries.of("steps", "aps", "nze").optional(0.3),
                Arbitraries.of("electric-vehicles", "clean-technologies", "other-uses").optional(0.3))
                .as(Demand::new).list().ofMaxSize(4)
                .map(l -> distinctBy(l, d -> List.of(d.country(), d.mineral(), d.year(), d.scenario().orElse(""),
                        d.sector().orElse(""), source(d.provenance()))));
    }

    /** Up to four data gaps, no gap twice. */
    public static Arbitrary<List<DataGap>> gaps(Universe u) {
        return Combinators.combine(Arbitraries.of(u.actors()), Arbitraries.of(u.minerals()),
                Arbitraries.of(Stage.class), years(), Arbitraries.of("production", "exports", "reserves"),
                Arbitraries.of(GapKind.class), provenances()).as(DataGap::new).list().ofMaxSize(4)
                .map(l -> distinctBy(l, g -> List.of(g.actor(), g.mineral(), g.stage(), g.year(), g.statistic(),
                        source(g.provenance()))));
    }

    /** Up to four import-reliance figures (a net exporter's share is 0), no figure twice. */
    public static Arbitrary<List<ImportReliance>> importReliances(Universe u) {
        return Combinators.combine(Arbitraries.of(u.countries()), Arbitraries.of(u.minerals()), years(), shares(),
                Arbitraries.of(Qualifier.class), provenances())
                .as((c, m, y, s, q, p) -> new ImportReliance(c, m, y, q == Qualifier.NET_EXPORTER ? 0.0 : s, q, p))
                .list().ofMaxSize(4)
                .map(l -> distinctBy(l, r -> List.of(r.country(), r.mineral(), r.year(), source(r.provenance()))));
    }

    /** Up to four import-source shares between distinct countries, no figure twice. */
    public static Arbitrary<List<ImportSource>> importSources(Universe u) {
        Arbitrary<List<String>> ends = Arbitraries.of(u.countries()).list().ofSize(2).uniqueElements();
        Arbitrary<List<Integer>> period = years().list().ofSize(2).map(y -> y.stream().sorted()
                .collect(Collectors.toList()));
        return Combinators.combine(ends, Arbitraries.of(u.minerals()), period, shares(), provenances())
                .as((e, m, y, s, p) -> new ImportSource(e.get(0), m, e.get(1), y.get(0), y.get(1), s, p))
                .list().ofMaxSize(4).map(l -> distinctBy(l, s -> List.of(s.importer(), s.exporter(), s.mineral(),
                        s.fromYear(), s.toYear(), source(s.provenance()))));
    }

    /**
     * Up to three basis conversions with factors in (0, 1] ordered low &le; central &le; high (an upper bound has
     * one factor), at most one per mineral, stage and basis.
     */
    public static Arbitrary<List<BasisConversion>> conversions(Universe u) {
        Arbitrary<List<Double>> factors = Arbitraries.doubles().between(0.0001, 1.0).ofScale(6).list().ofSize(3)
                .map(l -> l.stream().sorted().collect(Collectors.toList()));
        Arbitrary<Basis> bases = Arbitraries.of(Basis.GROSS_WEIGHT, Basis.OXIDE_EQUIVALENT,
                Basis.CARBONATE_EQUIVALENT);
        return Combinators.combine(Arbitraries.of(u.minerals()), Arbitraries.of(Stage.class), bases, factors,
                Arbitraries.of(ConversionKind.class), names(), provenances())
                .as((m, s, b, f, k, r, p) -> k == ConversionKind.UPPER_BOUND
                        ? BasisConversion.upperBound(m, s, b, f.get(2), r, p)
                        : new BasisConversion(m, s, b, f.get(0), f.get(1), f.get(2), k, r, p))
                .list().ofMaxSize(3).map(l -> distinctBy(l, c -> List.of(c.mineral(), c.stage(), c.basis())));
    }

    /** Up to four prices and unit values, no figure twice. */
    public static Arbitrary<List<Price>> prices(Universe u) {
        return Combinators.combine(Arbitraries.of(u.minerals()), years(), tonnes(), Arbitraries.of(Basis.class),
                names(), Arbitraries.of(PriceKind.class),
                Arbitraries.of(Qualifier.REPORTED, Qualifier.ESTIMATED, Qualifier.PROJECTED), provenances())
                .as(Price::new).list().ofMaxSize(4)
                .map(l -> distinctBy(l, p -> List.of(p.mineral(), p.year(), p.kind(), p.description(), p.basis(),
                        source(p.provenance()))));
    }

    // ------------------------------------------------------------------ projects and measures

    /** Up to three projects with distinct ids. */
    public static Arbitrary<List<Project>> projects(Universe u) {
        Arbitrary<Offtake> offtake = Combinators.combine(names(), tonnes().optional(0.5), quantities().optional(0.5))
                .as((b, v, q) -> new Offtake(b, v.map(OptionalDouble::of).orElse(OptionalDouble.empty()), q));
        Arbitrary<Project> project = Combinators.combine(ids(), names(), Arbitraries.of(u.countries()),
                Arbitraries.of(Stage.class), nonEmptySubset(u.minerals()), quantities().optional(0.5),
                Arbitraries.of(ProjectStatus.class), Combinators.combine(years().optional(0.5),
                        names().list().ofMaxSize(3), offtake.list().ofMaxSize(2), provenances()).as(Tuple::of))
                .as((id, n, c, s, m, cap, st, rest) -> new Project(id, n, c, s, m, cap, st,
                        rest.get1().map(OptionalInt::of).orElse(OptionalInt.empty()), rest.get2(), rest.get3(),
                        rest.get4()));
        return project.list().ofMaxSize(3).map(l -> distinctBy(l, Project::id));
    }

    /** Up to four trade measures of every kind, with distinct ids. */
    public static Arbitrary<List<TradeMeasure>> measures(Universe u) {
        Arbitrary<TradeMeasure> one = Arbitraries.oneOf(exportRestrictions(u), tariffs(u), sourcingRules(u));
        return one.list().ofMaxSize(4).map(l -> distinctBy(l, TradeMeasure::id));
    }

    /** Export restrictions by the universe's countries, targeting and exempting some of its countries and groups. */
    public static Arbitrary<TradeMeasure> exportRestrictions(Universe u) {
        Arbitrary<SortedSet<String>> countries = subset(u.countries());
        Arbitrary<SortedSet<String>> groups = subset(u.groups());
        return Combinators.combine(ids(), names(), Arbitraries.of(u.countries()), nonEmptySubset(u.minerals()),
                Arbitraries.of(Stage.class), Arbitraries.of(RestrictionKind.class), periods(),
                Combinators.combine(countries, groups, countries, groups, provenances()).as(Tuple::of))
                .as((id, d, c, m, s, k, p, t) -> new ExportRestriction(id, d, c, m, s, k, p.start(), p.end(),
                        t.get1(), t.get2(), t.get3(), t.get4(), t.get5()));
    }

    /** Tariffs by the universe's countries on some of its countries and groups. */
    public static Arbitrary<TradeMeasure> tariffs(Universe u) {
        return Combinators.combine(ids(), names(), Arbitraries.of(u.countries()), nonEmptySubset(u.minerals()),
                Arbitraries.of(Stage.class), tonnes(), periods(),
                Combinators.combine(subset(u.countries()), subset(u.groups()), provenances()).as(Tuple::of))
                .as((id, d, c, m, s, r, p, t) -> new Tariff(id, d, c, m, s, r, p.start(), p.end(), t.get1(), t.get2(),
                        t.get3()));
    }

    /** Sourcing rules excluding at least one of the universe's countries, and some of its groups. */
    public static Arbitrary<TradeMeasure> sourcingRules(Universe u) {
        return Combinators.combine(ids(), names(), Arbitraries.of(u.countries()), nonEmptySubset(u.minerals()),
                Arbitraries.of(Stage.class), periods(), nonEmptySubset(u.countries()),
                Combinators.combine(subset(u.groups()), provenances()).as(Tuple::of))
                .as((id, d, c, m, s, p, ex, t) -> new SourcingRule(id, d, c, m, s, p.start(), p.end(), ex, t.get1(),
                        t.get2()));
    }

    // ------------------------------------------------------------------ helpers

    private static Arbitrary<SortedSet<String>> subset(List<String> values) {
        if (values.isEmpty()) {
            return Arbitraries.just(ImmutableSortedSet.of());
        }
        return Arbitraries.subsetOf(values).map(ImmutableSortedSet::copyOf);
    }

    private static Arbitrary<SortedSet<String>> nonEmptySubset(List<String> values) {
        return Arbitraries.subsetOf(values).ofMinSize(1).map(ImmutableSortedSet::copyOf);
    }

    private static String source(Provenance p) {
        return p.source() + " " + p.edition();
    }

    /** Keeps the first record of each key, in order. */
    private static <T> List<T> distinctBy(List<T> records, Function<T, Object> key) {
        Map<Object, T> m = new LinkedHashMap<>();
        for (T t : records) {
            m.putIfAbsent(key.apply(t), t);
        }
        return ImmutableList.copyOf(m.values());
    }

    /** Returns a dataset with the records of {@code d} added to a builder in the order of {@code order}. */
    public static Dataset rebuilt(Dataset d, Function<List<?>, List<?>> order) {
        Dataset.Builder b = Dataset.builder().name(d.name()).sourcePriority(d.sourcePriority());
        addAll(order.apply(d.countries()), x -> b.add((Country) x));
        addAll(order.apply(d.minerals()), x -> b.add((Mineral) x));
        addAll(order.apply(d.groups()), x -> b.add((CountryGroup) x));
        addAll(order.apply(d.facilities()), x -> b.add((Facility) x));
        addAll(order.apply(d.productions()), x -> b.add((Production) x));
        addAll(order.apply(d.reserves()), x -> b.add((Reserve) x));
        addAll(order.apply(d.flows()), x -> b.add((Flow) x));
        addAll(order.apply(d.stockpiles()), x -> b.add((Stockpile) x));
        addAll(order.apply(d.demands()), x -> b.add((Demand) x));
        addAll(order.apply(d.projects()), x -> b.add((Project) x));
        addAll(order.apply(d.measures()), x -> b.add((TradeMeasure) x));
        addAll(order.apply(d.gaps()), x -> b.add((DataGap) x));
        addAll(order.apply(d.importReliances()), x -> b.add((ImportReliance) x));
        addAll(order.apply(d.importSources()), x -> b.add((ImportSource) x));
        addAll(order.apply(d.conversions()), x -> b.add((BasisConversion) x));
        addAll(order.apply(d.prices()), x -> b.add((Price) x));
        return b.build();
    }

    private static void addAll(List<?> records, java.util.function.Consumer<Object> add) {
        records.forEach(add);
    }
}
