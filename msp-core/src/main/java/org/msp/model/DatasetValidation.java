package org.msp.model;

import java.util.ArrayList;
import java.util.Comparator;
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
    /** The lists found already in order by {@link #duplicates(String, List, Comparator, Function)}. */
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
        b.facilities.forEach(f -> facilityIds.putIfAbsent(f.id(), f));
        unique("projects", b.projects, Project::id, "id", new HashSet<>());
        unique("measures", b.measures, TradeMeasure::id, "id", new HashSet<>());

        each("groups", b.groups, (loc, g) -> {
            for (int i = 0; i < g.memberships().size(); i++) {
                country(loc, "memberships[" + i + "].country", g.memberships().get(i).country());
            }
        });
        each("facilities", b.facilities, (loc, f) -> {
            country(loc, "country", f.country());
            f.minerals().forEach(m -> mineral(loc, "minerals", m));
        });
        each("productions", b.productions, (loc, p) -> {
            actor(loc, "producer", p.producer());
            mineral(loc, "mineral", p.mineral());
            facilityConsistent(loc, p.producer(), p.stage(), p.mineral());
        });
        duplicates("productions", b.productions,
                p -> List.of(p.producer(), p.mineral(), p.stage(), p.year(), source(p.provenance())));
        each("reserves", b.reserves, (loc, r) -> {
            actor(loc, "holder", r.holder());
            mineral(loc, "mineral", r.mineral());
        });
        duplicates("reserves", b.reserves,
                r -> List.of(r.holder(), r.mineral(), r.year(), source(r.provenance())));
        each("flows", b.flows, (loc, f) -> {
            actor(loc, "from", f.from());
            actor(loc, "to", f.to());
            mineral(loc, "mineral", f.mineral());
        });
        duplicates("flows", b.flows, FLOW_ORDER,
                f -> List.of(f.from(), f.to(), f.mineral(), f.stage(), f.year(), source(f.provenance())));
        each("stockpiles", b.stockpiles, (loc, s) -> {
            country(loc, "country", s.country());
            mineral(loc, "mineral", s.mineral());
        });
        duplicates("stockpiles", b.stockpiles,
                s -> List.of(s.country(), s.mineral(), s.year(), source(s.provenance())));
        each("demands", b.demands, (loc, d) -> {
            if (!d.isWorld()) {
                country(loc, "country", d.country());
            }
            mineral(loc, "mineral", d.mineral());
        });
        duplicates("demands", b.demands, d -> List.of(d.country(), d.mineral(), d.year(),
                d.scenario().orElse(""), d.sector().orElse(""), source(d.provenance())));
        each("projects", b.projects, (loc, p) -> {
            country(loc, "country", p.country());
            p.minerals().forEach(m -> mineral(loc, "minerals", m));
        });
        each("measures", b.measures, this::measure);
        each("gaps", b.gaps, (loc, g) -> {
            actor(loc, "actor", g.actor());
            mineral(loc, "mineral", g.mineral());
        });
        duplicates("gaps", b.gaps, GAP_ORDER, g -> List.of(g.actor(), g.mineral(), g.stage(), g.year(),
                g.statistic(), source(g.provenance())));
        each("importReliances", b.importReliances, (loc, r) -> {
            country(loc, "country", r.country());
            mineral(loc, "mineral", r.mineral());
        });
        duplicates("importReliances", b.importReliances,
                r -> List.of(r.country(), r.mineral(), r.year(), source(r.provenance())));
        each("importSources", b.importSources, (loc, s) -> {
            country(loc, "importer", s.importer());
            country(loc, "exporter", s.exporter());
            mineral(loc, "mineral", s.mineral());
        });
        duplicates("importSources", b.importSources, s -> List.of(s.importer(), s.exporter(), s.mineral(),
                s.fromYear(), s.toYear(), source(s.provenance())));
        each("worldTotals", b.worldTotals, (loc, w) -> mineral(loc, "mineral", w.mineral()));
        duplicates("worldTotals", b.worldTotals,
                w -> List.of(w.mineral(), w.stage(), w.year(), source(w.provenance())));
        each("prices", b.prices, (loc, p) -> mineral(loc, "mineral", p.mineral()));
        duplicates("prices", b.prices, p -> List.of(p.mineral(), p.year(), p.kind(), p.description(),
                p.basis(), source(p.provenance())));
        each("governanceScores", b.governanceScores, (loc, g) -> country(loc, "country", g.country()));
        duplicates("governanceScores", b.governanceScores,
                g -> List.of(g.country(), g.year(), source(g.provenance())));
        each("recyclingInputRates", b.recyclingInputRates, (loc, r) -> {
            country(loc, "region", r.region());
            mineral(loc, "mineral", r.mineral());
        });
        duplicates("recyclingInputRates", b.recyclingInputRates,
                r -> List.of(r.region(), r.mineral(), source(r.provenance())));
        each("conversions", b.conversions, (loc, c) -> mineral(loc, "mineral", c.mineral()));
        duplicates("conversions", b.conversions, c -> List.of(c.mineral(), c.stage(), c.basis()));
        return problems;
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

    private void measure(Loc loc, TradeMeasure m) {
        country(loc, "country", m.country());
        m.minerals().forEach(x -> mineral(loc, "minerals", x));
        if (m instanceof ExportRestriction e) {
            e.targetCountries().forEach(c -> country(loc, "targetCountries", c));
            e.exemptCountries().forEach(c -> country(loc, "exemptCountries", c));
            e.targetGroups().forEach(g -> group(loc, "targetGroups", g));
            e.exemptGroups().forEach(g -> group(loc, "exemptGroups", g));
        } else if (m instanceof Tariff t) {
            t.onCountries().forEach(c -> country(loc, "onCountries", c));
            t.onGroups().forEach(g -> group(loc, "onGroups", g));
        } else if (m instanceof SourcingRule s) {
            s.excludedCountries().forEach(c -> country(loc, "excludedCountries", c));
            s.excludedGroups().forEach(g -> group(loc, "excludedGroups", g));
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

    /**
     * Reports the records with a key equal to an earlier one's. {@code order} compares the key's fields
     * before any other, so that in a list sorted by it equal keys are neighbours: a list already in that
     * order (as a written document is) with no equal neighbours has no duplicates, found in one pass
     * without hashing, and the dataset keeps it without sorting it again. Otherwise it falls back to the
     * hash map, which also finds the first occurrences.
     */
    private <T> void duplicates(String list, List<T> records, Comparator<T> order,
            Function<T, List<Object>> key) {
        List<Object> previous = null;
        for (int i = 0; i < records.size(); i++) {
            List<Object> k = key.apply(records.get(i));
            if (i > 0 && (order.compare(records.get(i - 1), records.get(i)) > 0 || k.equals(previous))) {
                duplicates(list, records, key);
                return;
            }
            previous = k;
        }
        inOrder.add(list);
    }

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

    private interface Check<T> {
        void check(Loc location, T record);
    }

    /** The location of the record being checked, {@code list[i]}, spelled out only for a problem. */
    private static final class Loc {
        private final String list;
        private int index;

        Loc(String list) {
            this.list = list;
        }

        @Override
        public String toString() {
            return list + "[" + index + "]";
        }
    }

    private static <T> void each(String list, List<T> records, Check<T> check) {
        Loc loc = new Loc(list);
        for (int i = 0; i < records.size(); i++) {
            loc.index = i;
            check.check(loc, records.get(i));
        }
    }

    private void country(Loc loc, String field, String iso3) {
        if (!countryIds.contains(iso3)) {
            problems.add(new DataProblem(loc.toString(), field, "unknown country '" + iso3 + "'"));
        }
    }

    private void mineral(Loc loc, String field, String id) {
        if (!mineralIds.contains(id)) {
            problems.add(new DataProblem(loc.toString(), field, "unknown mineral '" + id + "'"));
        }
    }

    private void group(Loc loc, String field, String id) {
        if (!groupIds.contains(id)) {
            problems.add(new DataProblem(loc.toString(), field, "unknown group '" + id + "'"));
        }
    }

    private void actor(Loc loc, String field, Actor a) {
        if (a.isCountry()) {
            country(loc, field, a.id());
        } else if (!facilityIds.containsKey(a.id())) {
            problems.add(new DataProblem(loc.toString(), field, "unknown facility '" + a.id() + "'"));
        }
    }

    private void facilityConsistent(Loc loc, Actor producer, Stage stage, String mineral) {
        if (producer.isCountry()) {
            return;
        }
        Facility f = facilityIds.get(producer.id());
        if (f == null) {
            return;
        }
        if (f.stage() != stage) {
            problems.add(new DataProblem(loc.toString(), "stage", "facility '" + f.id() + "' works at stage "
                    + f.stage() + ", not " + stage));
        }
        if (!f.minerals().contains(mineral)) {
            problems.add(new DataProblem(loc.toString(), "mineral", "facility '" + f.id() + "' does not list mineral '"
                    + mineral + "'"));
        }
    }
}
