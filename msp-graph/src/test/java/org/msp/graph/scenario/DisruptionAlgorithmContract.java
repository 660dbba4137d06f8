package org.msp.graph.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.arbitraries.Cases;
import org.msp.graph.arbitraries.Cases.NetworkScenario;
import org.msp.graph.arbitraries.SupplyArbitraries;

/**
 * The invariants every {@link DisruptionAlgorithm} must keep, on generated networks with recycling loops and
 * unknown sources and generated scenarios: monotonicity of losses, re-routing between the no-re-routing result
 * and the baseline, order-independent composition, causes covering the loss, purity. Implement
 * {@link #analysis(SupplyNetwork)} once per implementation.
 */
interface DisruptionAlgorithmContract {

    /** Returns the implementation under test. */
    DisruptionAlgorithm analysis(SupplyNetwork network);

    @Provide
    default Arbitrary<SupplyNetwork> networks() {
        return SupplyArbitraries.networks().withCountries(1, 5).withFacilities(2).withRecyclingLoops()
                .withUnknownSources();
    }

    @Provide
    default Arbitrary<NetworkScenario> losses() {
        return Cases.withScenarios(networks(), true, 1, 4);
    }

    @Provide
    default Arbitrary<NetworkScenario> anyShocks() {
        return Cases.withScenarios(networks(), false, 1, 5);
    }

    private static double tol(double x) {
        return 1e-7 * Math.max(1.0, Math.abs(x));
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void lossShock_neverRaisesAnyConsumersSupply(@ForAll("losses") NetworkScenario c) {
        Disruption r = analysis(c.network()).analyse(c.scenario());
        for (ConsumerImpact i : r.impacts()) {
            assertTrue(i.noRerouting() <= i.baseline() + tol(i.baseline()), i::toString);
            assertTrue(i.rerouting() <= i.baseline() + tol(i.baseline()), i::toString);
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void addingALossShock_neverRaisesAnyConsumersSupply(@ForAll("losses") NetworkScenario c) {
        List<Shock> shocks = c.scenario().shocks();
        Scenario fewer = Scenario.of(shocks.subList(0, shocks.size() - 1));
        Disruption less = analysis(c.network()).analyse(fewer);
        Disruption more = analysis(c.network()).analyse(c.scenario());
        assertEquals(less.impacts().size(), more.impacts().size());
        for (int k = 0; k < more.impacts().size(); k++) {
            ConsumerImpact a = less.impacts().get(k);
            ConsumerImpact b = more.impacts().get(k);
            assertEquals(a.country() + a.mineral(), b.country() + b.mineral());
            assertTrue(b.noRerouting() <= a.noRerouting() + tol(a.baseline()), () -> a + " then " + b);
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void reRouting_liesBetweenNoReRoutingAndBaseline(@ForAll("losses") NetworkScenario c) {
        Disruption r = analysis(c.network()).analyse(c.scenario());
        for (ConsumerImpact i : r.impacts()) {
            assertTrue(i.rerouting() >= i.noRerouting() - tol(i.baseline()), i::toString);
            assertTrue(i.rerouting() <= i.baseline() + tol(i.baseline()), i::toString);
            assertTrue(i.shortfallShareRerouted() <= i.shortfallShare() + 1e-12, i::toString);
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void emptyScenario_changesNothing(@ForAll("networks") SupplyNetwork n) {
        Disruption r = analysis(n).analyse(Scenario.EMPTY);
        for (ConsumerImpact i : r.impacts()) {
            assertEquals(i.baseline(), i.noRerouting(), tol(i.baseline()), i::toString);
            assertEquals(i.baseline(), i.rerouting(), tol(i.baseline()), i::toString);
            assertTrue(i.causes().isEmpty(), i::toString);
        }
    }

    /**
     * Every shock acts through a product or a sum (see {@link Shock}), so all of them commute; with gains in the
     * mix, re-routing still never gives less than no re-routing.
     */
    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void composition_isOrderIndependent_andKeepsTheBoundsOrdered(@ForAll("anyShocks") NetworkScenario c, @ForAll Random random) {
        List<Shock> shuffled = new ArrayList<>(c.scenario().shocks());
        Collections.shuffle(shuffled, random);
        Disruption a = analysis(c.network()).analyse(c.scenario());
        Disruption b = analysis(c.network()).analyse(Scenario.of(shuffled));
        assertEquals(a.impacts().size(), b.impacts().size());
        for (int k = 0; k < a.impacts().size(); k++) {
            ConsumerImpact x = a.impacts().get(k);
            ConsumerImpact y = b.impacts().get(k);
            assertEquals(x.noRerouting(), y.noRerouting(), tol(x.requirement()), x::toString);
            assertEquals(x.rerouting(), y.rerouting(), tol(x.requirement()), x::toString);
            assertEquals(x.requirement(), y.requirement(), tol(x.requirement()), x::toString);
            assertTrue(x.rerouting() >= x.noRerouting() - tol(x.requirement()), x::toString);
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void causes_coverTheWholeLossOfLossOnlyScenarios(@ForAll("losses") NetworkScenario c) {
        Disruption r = analysis(c.network()).analyse(c.scenario());
        for (ConsumerImpact i : r.impacts()) {
            if (i.shortfall() > 1e-6 * Math.max(1, i.baseline())) {
                double sum = i.causes().stream().mapToDouble(Cause::share).sum();
                assertEquals(1.0, sum, 1e-6, i::toString);
            }
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void analysis_leavesTheNetworkUnchanged(@ForAll("anyShocks") NetworkScenario c) {
        SupplyNetwork n = c.network();
        double[] before = n.edges().stream().mapToDouble(e -> e.tonnes()).toArray();
        analysis(n).analyse(c.scenario());
        double[] after = n.edges().stream().mapToDouble(e -> e.tonnes()).toArray();
        assertTrue(Arrays.equals(before, after));
    }
}
