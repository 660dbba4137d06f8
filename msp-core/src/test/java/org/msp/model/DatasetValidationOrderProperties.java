package org.msp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Dataset.Builder#build()} reports the same problems, in the same order, and builds the same dataset,
 * whether a list comes in the dataset's order (checked in one pass over neighbours) or shuffled (checked through a
 * hash map of keys): for productions, reserves, governance scores and import sources, over small domains so that
 * equal keys and whole duplicates are frequent.
 */
class DatasetValidationOrderProperties {
    private static final List<String> COUNTRIES = List.of("AUS", "CHL", "CHN", "KOR");
    private static final List<Provenance> SOURCES = List.of(
            Provenance.of("USGS MCS", "2026", "World production", "public domain"),
            Provenance.of("USGS MCS", "2026", "Salient statistics", "public domain"),
            Provenance.of("USGS MCS", "2025", "World production", "public domain"));

    @Provide
    Arbitrary<List<Object>> records() {
        Arbitrary<Object> production = Combinators.combine(Arbitraries.of(COUNTRIES),
                Arbitraries.of("cobalt", "lithium"), Arbitraries.of(Stage.MINING, Stage.REFINING),
                Arbitraries.integers().between(2023, 2024), Arbitraries.integers().between(1, 2),
                Arbitraries.of(SOURCES))
                .as((c, m, s, y, t, p) -> new Production(Actor.country(c), m, s, y, Quantity.tonnes(t),
                        Qualifier.REPORTED, p));
        Arbitrary<Object> reserve = Combinators.combine(Arbitraries.of(COUNTRIES), Arbitraries.of("lithium"),
                Arbitraries.integers().between(2023, 2024), Arbitraries.integers().between(1, 2),
                Arbitraries.of(SOURCES))
                .as((c, m, y, t, p) -> new Reserve(Actor.country(c), m, y, Quantity.tonnes(t), Qualifier.REPORTED, p));
        Arbitrary<Object> governance = Combinators.combine(Arbitraries.of(COUNTRIES),
                Arbitraries.integers().between(2022, 2023), Arbitraries.of(-1.0, 0.5), Arbitraries.of(SOURCES))
                .as((c, y, e, p) -> new GovernanceScore(c, y, e, 6, p));
        Arbitrary<Object> importSource = Combinators.combine(Arbitraries.of(COUNTRIES), Arbitraries.of(COUNTRIES),
                Arbitraries.integers().between(2019, 2020), Arbitraries.of(0.25, 0.5), Arbitraries.of(SOURCES))
                .as((i, e, y, s, p) -> new ImportSource(i, "lithium", e.equals(i) ? (i.equals("AUS") ? "CHL" : "AUS") : e, y, 2022, s, p));
        return Arbitraries.oneOf(production, reserve, governance, importSource).list().ofMaxSize(40);
    }

    private static final BiConsumer<Dataset.Builder, Object> ADD = (b, x) -> {
        if (x instanceof Production p) {
            b.add(p);
        } else if (x instanceof Reserve r) {
            b.add(r);
        } else if (x instanceof GovernanceScore g) {
            b.add(g);
        } else {
            b.add((ImportSource) x);
        }
    };

    private static Dataset.Builder base() {
        return Dataset.builder().countries(COUNTRIES.toArray(String[]::new)).minerals("cobalt", "lithium");
    }

    private static Object outcome(List<Object> records) {
        Dataset.Builder b = base();
        records.forEach(x -> ADD.accept(b, x));
        try {
            return b.build();
        } catch (DatasetValidationException e) {
            return e.problems().size() + " problems";
        }
    }

    private static <T> List<T> sorted(List<Object> records, Class<T> type, java.util.Comparator<T> order) {
        List<T> r = new ArrayList<>();
        for (Object x : records) {
            if (type.isInstance(x)) {
                r.add(type.cast(x));
            }
        }
        r.sort(order);
        return r;
    }

    @Property(tries = 300)
    void inOrderOrShuffled_sameOutcome(@ForAll("records") List<Object> records, @ForAll long seed) {
        List<Object> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(seed));
        Object any = outcome(shuffled);
        // the same records in the dataset's order, as a written document has them
        List<Object> sorted = new ArrayList<>();
        sorted.addAll(sorted(records, Production.class, RecordOrder.PRODUCTION_ORDER));
        sorted.addAll(sorted(records, Reserve.class, RecordOrder.RESERVE_ORDER));
        sorted.addAll(sorted(records, GovernanceScore.class, RecordOrder.GOVERNANCE_ORDER));
        sorted.addAll(sorted(records, ImportSource.class, RecordOrder.SOURCE_ORDER));
        assertEquals(any, outcome(sorted));
        assertEquals(any, outcome(records));
    }
}
