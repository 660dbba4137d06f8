package org.msp.graph.dependency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.model.Country;
import org.msp.model.Dataset;
import org.msp.model.Production;

/**
 * What every {@link NetImportRelianceAlgorithm} must keep on generated trade datasets, for every country and every
 * pair of countries taken as one importer: a share, when there is one, is at most 1 (net imports cannot exceed
 * apparent consumption while production is not negative); an importer is never its own source, and a group's
 * imports come only from outsiders; a group produces what its members produce. Implement
 * {@link #algorithm(Dataset)} once per implementation.
 */
interface NetImportRelianceAlgorithmContract {

    /** Returns the implementation under test, bound to {@code dataset}. */
    NetImportRelianceAlgorithm algorithm(Dataset dataset);

    @Provide
    default Arbitrary<Dataset> datasets() {
        return SupplyArbitraries.tradeDatasets();
    }

    @Property(tries = 50)
    default void reliance_isBoundedAndCountsOnlyOutsideSources(@ForAll("datasets") Dataset d) {
        NetImportRelianceAlgorithm nir = algorithm(d);
        List<String> countries = new ArrayList<>(d.countries().stream().map(Country::iso3).toList());
        Set<List<Object>> asked = new java.util.HashSet<>();
        for (Production p : d.productions()) {
            if (!asked.add(List.of(p.mineral(), p.stage(), p.year()))) {
                continue;
            }
            for (int i = 0; i < countries.size(); i++) {
                String a = countries.get(i);
                Reliance one = nir.reliance(a, p.mineral(), p.stage(), p.year());
                assertFalse(one.imports().containsKey(a), () -> a + " imports from itself: " + one);
                one.share().ifPresent(s -> assertTrue(s <= 1 + 1e-9, () -> "share above 1: " + one));
                if (i + 1 < countries.size()) {
                    String b = countries.get(i + 1);
                    Reliance two = nir.reliance(new TreeSet<>(List.of(a, b)), p.mineral(), p.stage(), p.year());
                    Reliance other = nir.reliance(b, p.mineral(), p.stage(), p.year());
                    assertFalse(two.imports().containsKey(a) || two.imports().containsKey(b),
                            () -> "a group imports from a member: " + two);
                    assertEquals(one.production() + other.production(), two.production(),
                            1e-9 * Math.max(1, two.production()), two::toString);
                    two.share().ifPresent(s -> assertTrue(s <= 1 + 1e-9, () -> "share above 1: " + two));
                }
            }
        }
    }
}
