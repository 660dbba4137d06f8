package org.msp.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.msp.model.RecordOrder.*;

/** The checks of {@link Dataset.Builder#build()}: ids, references, duplicates and conversions. */
final class DatasetValidation {
    private final Dataset.Builder b;
    private final List<DataProblem> problems = new ArrayList<>();
    private final Set<String> countryIds = new HashSet<>();
    private final Set<String> mineralIds = new HashSet<>();
    private final Set<String> groupIds = new HashSet<>();
    private final Map<String, Facility> facilityIds = new HashMap<>();
    /** The lists found already in the dataset's order with no duplicates (see {@link #inOrder(String, boolean)}). */
    final Set<String> inOrder = new HashSet<>();

    DatasetValidation(Dataset.Builder b) {
        this.b = b;
    }

    List<DataProblem> run() {
        unique("countries", b.countries, Country::iso3, "iso3", countryIds);
        unique("minerals", b.minerals, Mineral::id, "id", mineralIds);
        unique("groups", b.groups, CountryGroup::id, "id", groupIds);
        Set<String> facilitySet = new HashSet<>();
        unique("facilities", b.facilities, Facility::id, "id", facilitySet);
        for (Facility f : b.facilities) {
            facilityIds.putIfAbsent(f.id(), f);
        }
        unique("projects", b.projects, Project::id, "id", new HashSet<>());
        unique("measures", b.measures, TradeMeasure::id, "id", new HashSet<>());

        // One loop a list and one call a record: in a JVM that has just started a loop runs interpreted until it
        // has turned some tens of thousands of times, the methods it calls are compiled after a few hundred calls.
        // Each check method returns whether its record comes after the previous one in the dataset's order with a
        // different duplicate key (see inOrder); the hash map of keys is built only for a list where that fails.
        for (int i = 0; i < b.groups.size(); i++) {
            group(i, b.groups.get(i));
        }
        for (int i = 0; i < b.facilities.size(); i++) {
            facility(i, b.facilities.get(i));
        }
        boolean ordered = true;
        for (int i = 0; i < b.productions.size(); i++) {
            ordered &= production(i, b.productions.get(i), i == 0 ? null : b.productions.get(i - 1));
        }
        if (!inOrder("productions", ordered)) {
            duplicates("productions", b.productions,
                    p -> List.of(p.producer(), p.mineral(), p.stage(), p.year(), source(p.provenance())));
        }
        ordered = true;
        for (int i = 0; i < b.reserves.size(); i++) {
            ordered &= reserve(i, b.reserves.get(i), i == 0 ? null : b.reserves.get(i - 1));
        }
        if (!inOrder("reserves", ordered)) {
            duplicates("reserves", b.reserves,
                    r -> List.of(r.holder(), r.mineral(), r.year(), source(r.provenance())));
        }
        ordered = true;
        for (int i = 0; i < b.flows.size(); i++) {
            ordered &= flow(i, b.flows.get(i), i == 0 ? null : b.flows.get(i - 1));
        }
        if (!inOrder("flows", ordered)) {
            duplicates("flows", b.flows,
                    f -> List.of(f.from(), f.to(), f.mineral(), f.stage(), f.year(), source(f.provenance())));
        }
        ordered = true;
        for (int i = 0; i < b.stockpiles.size(); i++) {
            ordered &= stockpile(i, b.stockpiles.get(i), i == 0 ? null : b.stockpiles.get(i - 1));
        }
        if (!inOrder("stockpiles", ordered)) {
            duplicates("stockpiles", b.stockpiles,
                    s -> List.of(s.country(), s.mineral(), s.year(), source(s.provenance())));
        }
        for (int i = 0; i < b.demands.size(); i++) {
            demand(i, b.demands.get(i));
        }
        // the dataset orders demands by provenance before scenario and sector: equal keys need not be neighbours
        duplicates("demands", b.demands, d -> List.of(d.country(), d.mineral(), d.year(),
                d.scenario().orElse(""), d.sector().orElse(""), source(d.provenance())));
        for (int i = 0; i < b.projects.size(); i++) {
            project(i, b.projects.get(i));
        }
        for (int i = 0; i < b.measures.size(); i++) {
            measure(i, b.measures.get(i));
        }
        ordered = true;
        for (int i = 0; i < b.gaps.size(); i++) {
            ordered &= gap(i, b.gaps.get(i), i == 0 ? null : b.gaps.get(i - 1));
        }
        if (!inOrder("gaps", ordered)) {
            duplicates("gaps", b.gaps, g -> List.of(g.actor(), g.mineral(), g.stage(), g.year(),
                    g.statistic(), source(g.provenance())));
        }
        ordered = true;
        for (int i = 0; i < b.importReliances.size(); i++) {
            ordered &= importReliance(i, b.importReliances.get(i), i == 0 ? null : b.importReliances.get(i - 1));
        }
        if (!inOrder("importReliances", ordered)) {
            duplicates("importReliances", b.importReliances,
                    r -> List.of(r.country(), r.mineral(), r.year(), source(r.provenance())));
        }
        ordered = true;
        for (int i = 0; i < b.importSources.size(); i++) {
            ordered &= importSource(i, b.importSources.get(i), i == 0 ? null : b.importSources.get(i - 1));
        }
        if (!inOrder("importSources", ordered)) {
            duplicates("importSources", b.importSources, s -> List.of(s.importer(), s.exporter(), s.mineral(),
                    s.fromYear(), s.toYear(), source(s.provenance())));
        }
        ordered = true;
        for (int i = 0; i < b.worldTotals.size(); i++) {
            ordered &= worldTotal(i, b.worldTotals.get(i), i == 0 ? null : b.worldTotals.get(i - 1));
        }
        if (!inOrder("worldTotals", ordered)) {
            duplicates("worldTotals", b.worldTotals,
                    w -> List.of(w.mineral(), w.stage(), w.year(), source(w.provenance())));
        }
        for (int i = 0; i < b.prices.size(); i++) {
            mineral("prices", i, "mineral", b.prices.get(i).mineral());
        }
        // the dataset orders prices by provenance before description and basis: equal keys need not be neighbours
        duplicates("prices", b.prices, p -> List.of(p.mineral(), p.year(), p.kind(), p.description(),
                p.basis(), source(p.provenance())));
        ordered = true;
        for (int i = 0; i < b.governanceScores.size(); i++) {
            ordered &= governance(i, b.governanceScores.get(i), i == 0 ? null : b.governanceScores.get(i - 1));
        }
        if (!inOrder("governanceScores", ordered)) {
            duplicates("governanceScores", b.governanceScores,
                    g -> List.of(g.country(), g.year(), source(g.provenance())));
        }
        ordered = true;
        for (int i = 0; i < b.recyclingInputRates.size(); i++) {
            ordered &= recycling(i, b.recyclingInputRates.get(i), i == 0 ? null : b.recyclingInputRates.get(i - 1));
        }
        if (!inOrder("recyclingInputRates", ordered)) {
            duplicates("recyclingInputRates", b.recyclingInputRates,
                    r -> List.of(r.region(), r.mineral(), source(r.provenance())));
        }
        ordered = true;
        for (int i = 0; i < b.conversions.size(); i++) {
            ordered &= conversion(i, b.conversions.get(i), i == 0 ? null : b.conversions.get(i - 1));
        }
        if (!inOrder("conversions", ordered)) {
            duplicates("conversions", b.conversions, c -> List.of(c.mineral(), c.stage(), c.basis()));
        }
        return problems;
    }

    /**
     * Records that list {@code list} is in the dataset's order with no two neighbours of equal duplicate key, if
     * {@code ordered}, and returns {@code ordered}. The dataset's order of such a list compares the fields of the
     * duplicate key before any other, so equal keys are neighbours in it: a list in that order with no equal
     * neighbours has no duplicates (found in one pass without hashing), and the dataset keeps it without sorting
     * it again. Otherwise the caller falls back to the hash map, which also finds the first occurrences.
     */
    private boolean inOrder(String list, boolean ordered) {
        if (ordered) {
            inOrder.add(list);
        }
        return ordered;
    }

    /** Whether two figures have the same source and edition (the {@link #source} of each is equal). */
    private static boolean sameSource(Provenance a, Provenance b) {
        return a == b || (a.source().equals(b.source()) && a.edition().equals(b.edition()));
    }

    // ---------------------------------------------------------------- the checks of one record
    // Each returns whether the record follows previous (null for the first) in the list's order with another key.

    private void group(int i, CountryGroup g) {
        for (int k = 0; k < g.memberships().size(); k++) {
            String c = g.memberships().get(k).country();
            if (!countryIds.contains(c)) {
                country("groups", i, "memberships[" + k + "].country", c);
            }
        }
    }

    private void facility(int i, Facility f) {
        country("facilities", i, "country", f.country());
        for (String m : f.minerals()) {
            mineral("facilities", i, "minerals", m);
        }
    }

    private boolean production(int i, Production p, Production previous) {
        actor("productions", i, "producer", p.producer());
        mineral("productions", i, "mineral", p.mineral());
        facilityConsistent(i, p.producer(), p.stage(), p.mineral());
        return previous == null || (PRODUCTION_ORDER.compare(previous, p) <= 0 && !(previous.year() == p.year()
                && previous.stage() == p.stage() && previous.mineral().equals(p.mineral())
                && previous.producer().equals(p.producer()) && sameSource(previous.provenance(), p.provenance())));
    }

    private boolean reserve(int i, Reserve r, Reserve previous) {
        actor("reserves", i, "holder", r.holder());
        mineral("reserves", i, "mineral", r.mineral());
        return previous == null || (RESERVE_ORDER.compare(previous, r) <= 0 && !(previous.year() == r.year()
                && previous.mineral().equals(r.mineral()) && previous.holder().equals(r.holder())
                && sameSource(previous.provenance(), r.provenance())));
    }

    private boolean flow(int i, Flow f, Flow previous) {
        actor("flows", i, "from", f.from());
        actor("flows", i, "to", f.to());
        mineral("flows", i, "mineral", f.mineral());
        return previous == null || (FLOW_ORDER.compare(previous, f) <= 0 && !(previous.year() == f.year()
                && previous.stage() == f.stage() && previous.mineral().equals(f.mineral())
                && previous.from().equals(f.from()) && previous.to().equals(f.to())
                && sameSource(previous.provenance(), f.provenance())));
    }

    private boolean stockpile(int i, Stockpile s, Stockpile previous) {
        country("stockpiles", i, "country", s.country());
        mineral("stockpiles", i, "mineral", s.mineral());
        return previous == null || (STOCKPILE_ORDER.compare(previous, s) <= 0 && !(previous.year() == s.year()
                && previous.country().equals(s.country()) && previous.mineral().equals(s.mineral())
                && sameSource(previous.provenance(), s.provenance())));
    }

    private void demand(int i, Demand d) {
        if (!d.isWorld()) {
            country("demands", i, "country", d.country());
        }
        mineral("demands", i, "mineral", d.mineral());
    }

    private void project(int i, Project p) {
        country("projects", i, "country", p.country());
        for (String m : p.minerals()) {
            mineral("projects", i, "minerals", m);
        }
    }

    private boolean gap(int i, DataGap g, DataGap previous) {
        actor("gaps", i, "actor", g.actor());
        mineral("gaps", i, "mineral", g.mineral());
        return previous == null || (GAP_ORDER.compare(previous, g) <= 0 && !(previous.year() == g.year()
                && previous.stage() == g.stage() && previous.mineral().equals(g.mineral())
                && previous.actor().equals(g.actor()) && previous.statistic().equals(g.statistic())
                && sameSource(previous.provenance(), g.provenance())));
    }

    private boolean importReliance(int i, ImportReliance r, ImportReliance previous) {
        country("importReliances", i, "country", r.country());
        mineral("importReliances", i, "mineral", r.mineral());
        return previous == null || (RELIANCE_ORDER.compare(previous, r) <= 0 && !(previous.year() == r.year()
                && previous.country().equals(r.country()) && previous.mineral().equals(r.mineral())
                && sameSource(previous.provenance(), r.provenance())));
    }

    private boolean importSource(int i, ImportSource s, ImportSource previous) {
        country("importSources", i, "importer", s.importer());
        country("importSources", i, "exporter", s.exporter());
        mineral("importSources", i, "mineral", s.mineral());
        return previous == null || (SOURCE_ORDER.compare(previous, s) <= 0 && !(previous.fromYear() == s.fromYear()
                && previous.toYear() == s.toYear() && previous.importer().equals(s.importer())
                && previous.exporter().equals(s.exporter()) && previous.mineral().equals(s.mineral())
                && sameSource(previous.provenance(), s.provenance())));
    }

    private boolean worldTotal(int i, WorldTotal w, WorldTotal previous) {
        mineral("worldTotals", i, "mineral", w.mineral());
        return previous == null || (WORLD_TOTAL_ORDER.compare(previous, w) <= 0 && !(previous.year() == w.year()
                && previous.stage() == w.stage() && previous.mineral().equals(w.mineral())
                && sameSource(previous.provenance(), w.provenance())));
    }

    private boolean governance(int i, GovernanceScore g, GovernanceScore previous) {
        country("governanceScores", i, "country", g.country());
        return previous == null || (GOVERNANCE_ORDER.compare(previous, g) <= 0 && !(previous.year() == g.year()
                && previous.country().equals(g.country()) && sameSource(previous.provenance(), g.provenance())));
    }

    private boolean recycling(int i, RecyclingInputRate r, RecyclingInputRate previous) {
        country("recyclingInputRates", i, "region", r.region());
        mineral("recyclingInputRates", i, "mineral", r.mineral());
        return previous == null || (RECYCLING_ORDER.compare(previous, r) <= 0 && !(previous.region().equals(r.region())
                && previous.mineral().equals(r.mineral()) && sameSource(previous.provenance(), r.provenance())));
    }

    private boolean conversion(int i, BasisConversion c, BasisConversion previous) {
        mineral("conversions", i, "mineral", c.mineral());
        return previous == null || (CONVERSION_ORDER.compare(previous, c) <= 0 && !(previous.stage() == c.stage()
                && previous.basis() == c.basis() && previous.mineral().equals(c.mineral())));
    }

    /** The source of a figure, as {@code sameEdition} compares them: source and edition, each whole. */
    private static Object source(Provenance p) {
        return new Source(p.source(), p.edition());
    }

    /** A key of source and edition (written out, not a record: it is hashed for every figure loaded). */
    private static final class Source {
        private final String source;
        private final String edition;

        Source(String source, String edition) {
            this.source = source;
            this.edition = edition;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Source x && source.equals(x.source) && edition.equals(x.edition);
        }

        @Override
        public int hashCode() {
            return 31 * source.hashCode() + edition.hashCode();
        }
    }

    private void measure(int i, TradeMeasure m) {
        country("measures", i, "country", m.country());
        for (String x : m.minerals()) {
            mineral("measures", i, "minerals", x);
        }
        if (m instanceof ExportRestriction e) {
            countries(i, "targetCountries", e.targetCountries());
            countries(i, "exemptCountries", e.exemptCountries());
            groups(i, "targetGroups", e.targetGroups());
            groups(i, "exemptGroups", e.exemptGroups());
        } else if (m instanceof Tariff t) {
            countries(i, "onCountries", t.onCountries());
            groups(i, "onGroups", t.onGroups());
        } else if (m instanceof SourcingRule s) {
            countries(i, "excludedCountries", s.excludedCountries());
            groups(i, "excludedGroups", s.excludedGroups());
        }
    }

    private void countries(int i, String field, Iterable<String> ids) {
        for (String c : ids) {
            country("measures", i, field, c);
        }
    }

    private void groups(int i, String field, Iterable<String> ids) {
        for (String g : ids) {
            group("measures", i, field, g);
        }
    }

    private <T> void unique(String list, List<T> records, Function<T, String> key, String field,
            Set<String> seen) {
        Map<String, Integer> first = new HashMap<>(records.size() * 4 / 3 + 16);
        for (int i = 0; i < records.size(); i++) {
            String k = key.apply(records.get(i));
            Integer prev = first.putIfAbsent(k, i);
            if (prev != null) {
                problems.add(new DataProblem(list + "[" + i + "]", field,
                        "duplicate id '" + k + "' (first at " + list + "[" + prev + "])"));
            }
            seen.add(k);
        }
    }

    /** Reports the records with a key equal to an earlier one's, through a hash map of the keys. */
    private <T> void duplicates(String list, List<T> records, Function<T, List<Object>> key) {
        Map<List<Object>, Integer> first = new HashMap<>(records.size() * 4 / 3 + 16);
        for (int i = 0; i < records.size(); i++) {
            Integer prev = first.putIfAbsent(key.apply(records.get(i)), i);
            if (prev != null) {
                problems.add(new DataProblem(list + "[" + i + "]", "",
                        "duplicate figure: same as " + list + "[" + prev + "] (" + records.get(prev) + ")"));
            }
        }
    }

    /** The location of record {@code i} of {@code list}, spelled out only for a problem. */
    private static String at(String list, int i) {
        return list + "[" + i + "]";
    }

    private void country(String list, int i, String field, String iso3) {
        if (!countryIds.contains(iso3)) {
            problems.add(new DataProblem(at(list, i), field, "unknown country '" + iso3 + "'"));
        }
    }

    private void mineral(String list, int i, String field, String id) {
        if (!mineralIds.contains(id)) {
            problems.add(new DataProblem(at(list, i), field, "unknown mineral '" + id + "'"));
        }
    }

    private void group(String list, int i, String field, String id) {
        if (!groupIds.contains(id)) {
            problems.add(new DataProblem(at(list, i), field, "unknown group '" + id + "'"));
        }
    }

    private void actor(String list, int i, String field, Actor a) {
        if (a.isCountry()) {
            country(list, i, field, a.id());
        } else if (!facilityIds.containsKey(a.id())) {
            problems.add(new DataProblem(at(list, i), field, "unknown facility '" + a.id() + "'"));
        }
    }

    private void facilityConsistent(int i, Actor producer, Stage stage, String mineral) {
        if (producer.isCountry()) {
            return;
        }
        Facility f = facilityIds.get(producer.id());
        if (f == null) {
            return;
        }
        if (f.stage() != stage) {
            problems.add(new DataProblem(at("productions", i), "stage", "facility '" + f.id() + "' works at stage "
                    + f.stage() + ", not " + stage));
        }
        if (!f.minerals().contains(mineral)) {
            problems.add(new DataProblem(at("productions", i), "mineral", "facility '" + f.id()
                    + "' does not list mineral '" + mineral + "'"));
        }
    }
}
