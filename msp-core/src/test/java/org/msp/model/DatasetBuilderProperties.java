package org.msp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of {@link Dataset.Builder}: order independence, exhaustive problem reports, one source per table. */
class DatasetBuilderProperties {
    private static final List<String> COUNTRIES = List.of("AUS", "CHL", "CHN", "COD", "IDN", "JPN", "KOR", "USA");
    private static final List<String> MINERALS = List.of("cobalt", "gallium", "lithium", "nickel");
    private static final List<Provenance> SOURCES = List.of(
            Provenance.of("USGS Mineral Commodity Summaries", "2026", "World Mine Production", "Public domain"),
            Provenance.of("USGS Mineral Commodity Summaries", "2024", "World Mine Production", "Public domain"),
            Provenance.of("IEA Critical Minerals Data Explorer", "May 2024", "Total supply", "CC BY 4.0"));

    @Provide
    Arbitrary<List<Production>> productions() {
        Arbitrary<Production> p = Combinators.combine(Arbitraries.of(COUNTRIES), Arbitraries.of(MINERALS),
                Arbitraries.of(Stage.MINING, Stage.REFINING), Arbitraries.integers().between(2021, 2024),
                Arbitraries.doubles().between(0, 1e7), Arbitraries.of(SOURCES))
                .as((c, m, s, y, t, src) -> Production.of(c, m, s, y, t, src));
        // Unique by the duplicate key (producer, mineral, stage, year, source edition), so the list is valid.
        return p.list().ofMaxSize(40).uniqueElements(x -> List.of(x.producer(), x.mineral(), x.stage(), x.year(),
                x.provenance().source() + x.provenance().edition()));
    }

    private static Dataset.Builder base() {
        return Dataset.builder().countries(COUNTRIES.toArray(String[]::new))
                .minerals(MINERALS.toArray(String[]::new));
    }

    @Property(tries = 200)
    void build_isIndependentOfInsertionOrder(@ForAll("productions") List<Production> ps, @ForAll long seed) {
        Dataset.Builder a = base();
        ps.forEach(a::add);
        List<Production> shuffled = new ArrayList<>(ps);
        Collections.shuffle(shuffled, new Random(seed));
        Dataset.Builder b = base();
        shuffled.forEach(b::add);
        Dataset da = a.build();
        Dataset db = b.build();
        assertEquals(da, db);
        assertEquals(da.productions(), db.productions());
        assertEquals(da, da.toBuilder().build());
    }

    @Property(tries = 200)
    void build_reportsEveryBrokenReference(@ForAll("productions") List<Production> ps,
            @ForAll @IntRange(min = 1, max = 10) int broken) {
        Dataset.Builder b = base();
        ps.forEach(b::add);
        for (int i = 0; i < broken; i++) {
            // each record refers to a country the dataset does not have: exactly one problem each
            b.add(Flow.of("AUS", "ZAF", "lithium", Stage.MINING, 2000 + i, 1, SOURCES.get(0)));
        }
        DatasetValidationException e = assertThrows(DatasetValidationException.class, b::build);
        assertEquals(broken, e.problems().size());
        for (int i = 0; i < broken; i++) {
            assertEquals(new DataProblem("flows[" + i + "]", "to", "unknown country 'ZAF'"), e.problems().get(i));
        }
    }

    @Property(tries = 200)
    void productionTables_comeFromOneSourceEdition(@ForAll("productions") List<Production> ps) {
        Dataset.Builder b = base();
        ps.forEach(b::add);
        Dataset d = b.sourcePriority(List.of("IEA Critical Minerals Data Explorer")).build();
        for (String m : MINERALS) {
            for (Stage s : List.of(Stage.MINING, Stage.REFINING)) {
                for (int y = 2021; y <= 2024; y++) {
                    List<Production> t = d.productions(m, s, y);
                    Set<String> editions = t.stream().map(p -> p.provenance().source() + " " + p.provenance().edition())
                            .collect(Collectors.toSet());
                    assertTrue(editions.size() <= 1, editions::toString);
                    final int year = y;
                    boolean anyIea = ps.stream().anyMatch(p -> p.mineral().equals(m) && p.stage() == s
                            && p.year() == year && p.provenance().source().startsWith("IEA"));
                    if (anyIea) {
                        assertEquals(Set.of("IEA Critical Minerals Data Explorer May 2024"), editions);
                    }
                    boolean anyFigure = ps.stream().anyMatch(p -> p.mineral().equals(m) && p.stage() == s
                            && p.year() == year);
                    assertEquals(anyFigure, !t.isEmpty());
                }
            }
        }
    }
}
