package org.msp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Dataset.Builder#build()} finds the duplicate flows and gaps of a list already in the dataset's order in
 * one pass, and otherwise through a hash map: both ways report the same duplicates, and the dataset's lists come
 * out in the same order whatever the insertion order.
 */
class DatasetOrderProperties {
    private static final List<String> COUNTRIES = List.of("AUS", "CHL", "CHN", "KOR");
    private static final List<String> MINERALS = List.of("cobalt", "lithium");
    private static final List<Provenance> SOURCES = List.of(
            Provenance.of("CEPII BACI", "HS22 V202601", "HS4 2605", "Etalab Open Licence 2.0"),
            Provenance.of("CEPII BACI", "HS22 V202601", "HS4 2836", "Etalab Open Licence 2.0"),
            Provenance.of("CEPII BACI", "HS17 V202601", "HS4 2605", "Etalab Open Licence 2.0"));

    /** Flows over small domains, so that equal duplicate keys (and whole duplicates) are frequent. */
    @Provide
    Arbitrary<List<Flow>> flows() {
        return Combinators.combine(Arbitraries.of(COUNTRIES), Arbitraries.of(COUNTRIES), Arbitraries.of(MINERALS),
                Arbitraries.integers().between(2022, 2023), Arbitraries.integers().between(1, 3),
                Arbitraries.of(SOURCES))
                .as((f, t, m, y, q, src) -> new Flow(Actor.country(f), Actor.country(other(f, t)), m, Stage.MINING, y,
                        new Quantity(q, Basis.CONTENT), OptionalDouble.empty(), FlowOrigin.REPORTED, src))
                .list().ofMaxSize(30);
    }

    /** {@code t}, or the next country when it is {@code f} (a flow's ends differ). */
    private static String other(String f, String t) {
        return f.equals(t) ? COUNTRIES.get((COUNTRIES.indexOf(f) + 1) % COUNTRIES.size()) : t;
    }

    @Property(tries = 300)
    void duplicateFlows_sameReportInOrderOrShuffled(@ForAll("flows") List<Flow> flows, @ForAll long seed) {
        long expected = duplicates(flows);
        Dataset.Builder any = base();
        List<Flow> shuffled = new ArrayList<>(flows);
        Collections.shuffle(shuffled, new Random(seed));
        shuffled.forEach(any::add);
        assertEquals(expected, problems(any));
        // the same figures in the dataset's order: the one-pass check must find the same number
        List<Flow> sorted = new ArrayList<>(flows);
        sorted.sort(java.util.Comparator.comparing((Flow f) -> f.mineral()).thenComparing(Flow::stage)
                .thenComparingInt(Flow::year).thenComparing(Flow::from).thenComparing(Flow::to)
                .thenComparing(f -> f.provenance().source()).thenComparing(f -> f.provenance().edition())
                .thenComparing(f -> f.provenance().table()).thenComparingDouble(f -> f.quantity().tonnes()));
        Dataset.Builder inOrder = base();
        sorted.forEach(inOrder::add);
        assertEquals(expected, problems(inOrder));
        if (expected == 0) {
            assertEquals(any.build().flows(), inOrder.build().flows());
            assertEquals(any.build(), inOrder.build());
        }
    }

    /** Counts the flows whose key (from, to, mineral, stage, year, source, edition) an earlier flow has. */
    private static long duplicates(List<Flow> flows) {
        Map<List<Object>, Integer> seen = new HashMap<>();
        long n = 0;
        for (Flow f : flows) {
            if (seen.merge(List.of(f.from(), f.to(), f.mineral(), f.stage(), f.year(), f.provenance().source(),
                    f.provenance().edition()), 1, Integer::sum) > 1) {
                n++;
            }
        }
        return n;
    }

    private static long problems(Dataset.Builder b) {
        try {
            b.build();
            return 0;
        } catch (DatasetValidationException e) {
            return e.problems().stream().filter(p -> p.message().startsWith("duplicate figure")).count();
        }
    }

    private static Dataset.Builder base() {
        return Dataset.builder().countries(COUNTRIES.toArray(String[]::new)).minerals(MINERALS.toArray(String[]::new));
    }
}
