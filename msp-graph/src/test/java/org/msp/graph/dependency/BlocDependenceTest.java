package org.msp.graph.dependency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.msp.graph.HandWorked.li;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msp.graph.HandWorked;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.Concentrations;
import org.msp.model.Actor;
import org.msp.model.CountryGroup;
import org.msp.model.Stage;

class BlocDependenceTest {
    private static final double EPS = 1e-9;
    private final BlocDependenceAlgorithm bounds = BlocDependenceAlgorithm.of(HandWorked.lithium2024());

    /**
     * KOR/refining (50 t) on CHN at refining. Maximum: CHN's refining supply (120) can reach KOR only over
     * the 40 t edge: 40. Minimum: without CHN's refining supply, KOR still gets its 10 of unknown ore and the
     * 20 t of unknown re-exports through CHN: 30, so at least 20 t must be Chinese. Proportional 34.286.
     */
    @Test
    void bounds_handWorked() {
        DependenceBounds b = bounds.bounds(li("KOR", Stage.REFINING), Stage.REFINING, Set.of("CHN"));
        assertEquals(50, b.supply(), EPS);
        assertEquals(40, b.maximum(), 1e-6);
        assertEquals(20, b.minimum(), 1e-6);
        assertEquals(40.0 * 120 / 140, b.proportional(), EPS);
        assertTrue(b.toString().contains("68.6% (bounds 40.0%..80.0% of 50 t)"), b.toString());
    }

    /** On AUS at mining: the most is 90 t of CHN's ore imports... capped by KOR's 40 t edge: 40; the least 0. */
    @Test
    void bounds_mining_australia() {
        DependenceBounds b = bounds.bounds(li("KOR", Stage.REFINING), Stage.MINING, Set.of("AUS"));
        assertEquals(40, b.maximum(), 1e-6);
        assertEquals(0, b.minimum(), 1e-6);
        assertEquals(40.0 * 90 / 140, b.proportional(), EPS);
    }

    @Test
    void bounds_countryGroup_usesItsMembersOnTheDate() {
        CountryGroup g = CountryGroup.of("test-bloc", "Test bloc", LocalDate.of(2020, 1, 1), HandWorked.P, "CHN", "KOR");
        DependenceBounds b = bounds.bounds(li("KOR", Stage.REFINING), Stage.REFINING, g, LocalDate.of(2024, 6, 1));
        assertEquals(Set.of("CHN", "KOR"), b.bloc());
        // KOR's own 10 t and CHN's 34.286 t.
        assertEquals(10 + 40.0 * 120 / 140, b.proportional(), EPS);
        assertEquals(50, b.maximum(), 1e-6);
    }

    /** A facility counts with its host country: KOR gets 30 t from a Chinese facility and 10 t from Japan. */
    @Test
    void bounds_facilityCountsWithItsHostCountry() {
        Node cn1 = Node.of(Actor.facility("cn1"), Stage.REFINING, "lithium");
        SupplyNetwork n = SupplyNetwork.builder(2024).node(cn1, 30).node(li("JPN", Stage.REFINING), 10)
                .facilityCountry("cn1", "CHN").edge(cn1, li("KOR", Stage.REFINING), 30)
                .edge(li("JPN", Stage.REFINING), li("KOR", Stage.REFINING), 10).build();
        DependenceBounds b = BlocDependenceAlgorithm.of(n).bounds(li("KOR", Stage.REFINING), Stage.REFINING, Set.of("CHN"));
        assertEquals(30, b.proportional(), EPS);
        assertEquals(30, b.minimum(), 1e-6);
        assertEquals(30, b.maximum(), 1e-6);
        assertEquals(0.75, Concentrations.of(n, "lithium", Stage.REFINING).share("CHN"), EPS);
    }
}
