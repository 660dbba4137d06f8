package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.model.Stage;

/**
 * What every {@link InferenceRule} must do with a {@link InferenceRule.Transfer}, domestic or cross-border: each
 * delivery goes from a pool node to a needy node, at most one per pair; no pool gives more than it has, no producer
 * gets more than it needs, so a rule can never create mass; the same transfer gives the same deliveries. Implement
 * {@link #rule()} once per implementation.
 */
interface InferenceRuleContract {

    /** Returns the implementation under test. */
    InferenceRule rule();

    @Provide
    default Arbitrary<InferenceRule.Transfer> transfers() {
        String[] iso = {"AUS", "CHL", "CHN", "ARG", "ZWE"};
        Arbitrary<Map<Node, Double>> pools = Arbitraries.maps(Arbitraries.of(iso).map(c -> Node.of(c, Stage.MINING,
                "lithium")), Arbitraries.doubles().between(0.01, 1e6).ofScale(3)).ofMaxSize(5);
        Arbitrary<Map<Node, Double>> needs = Arbitraries.maps(Arbitraries.of(iso).map(c -> Node.of(c, Stage.REFINING,
                "lithium")), Arbitraries.doubles().between(0.01, 1e6).ofScale(3)).ofMaxSize(5);
        Arbitrary<String> country = Arbitraries.of(InferenceRule.Transfer.WORLD, "CHN");
        return Combinators.combine(country, pools, needs).as((c, a, n) -> new InferenceRule.Transfer(c, "lithium",
                2024, Stage.REFINING, new TreeMap<>(a), new TreeMap<>(n)));
    }

    @Property(tries = 300)
    default void deliveries_neverCreateMass(@ForAll("transfers") InferenceRule.Transfer t) {
        List<InferenceRule.Delivery> ds = rule().deliveries(t);
        Map<Node, Double> given = new HashMap<>();
        Map<Node, Double> got = new HashMap<>();
        Set<List<Node>> pairs = new HashSet<>();
        for (InferenceRule.Delivery d : ds) {
            assertTrue(t.available().containsKey(d.source()), () -> d + " leaves a node outside the pool " + t);
            assertTrue(t.needed().containsKey(d.target()), () -> d + " goes to a node that needs nothing " + t);
            assertTrue(pairs.add(List.of(d.source(), d.target())), () -> "two deliveries " + d + " in " + ds);
            given.merge(d.source(), d.tonnes(), Double::sum);
            got.merge(d.target(), d.tonnes(), Double::sum);
        }
        given.forEach((n, x) -> assertTrue(x <= t.available().get(n) * (1 + 1e-9), () -> n + " gives " + x + " of "
                + t.available().get(n)));
        got.forEach((n, x) -> assertTrue(x <= t.needed().get(n) * (1 + 1e-9), () -> n + " gets " + x + " for a need of "
                + t.needed().get(n)));
        double total = ds.stream().mapToDouble(InferenceRule.Delivery::tonnes).sum();
        assertTrue(total <= Math.min(t.totalAvailable(), t.totalNeeded()) * (1 + 1e-9) + 1e-12, () -> total + " t");
    }

    @Property(tries = 100)
    default void deliveries_areDeterministic(@ForAll("transfers") InferenceRule.Transfer t) {
        assertEquals(rule().deliveries(t), rule().deliveries(t));
    }

    @Property(tries = 50)
    default void name_isAWordForProvenance(@ForAll("transfers") InferenceRule.Transfer ignored) {
        String name = rule().name();
        assertFalse(name.isBlank());
        assertEquals(name.strip(), name);
    }
}
