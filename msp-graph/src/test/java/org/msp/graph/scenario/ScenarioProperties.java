package org.msp.graph.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Stage;

/** Properties of scenarios on random networks (with loops and unknown sources) and random loss shocks. */
class ScenarioProperties {
    /** A network with a list of loss shocks drawn from its countries and stages. */
    record Case(SupplyNetwork network, List<Shock> shocks, long seed) {
        @Override
        public String toString() {
            return network + " " + shocks;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(SupplyArbitraries.networks().withRecyclingLoops().withUnknownSources(),
                Arbitraries.longs()).as((net, seed) -> new Case(net, randomLosses(new Random(seed)), seed));
    }

    static List<Shock> randomLosses(Random r) {
        List<String> cs = SupplyArbitraries.NETWORK_COUNTRIES;
        List<Stage> stages = SupplyArbitraries.NETWORK_STAGES;
        String m = SupplyArbitraries.NETWORK_MINERAL;
        int k = 1 + r.nextInt(4);
        List<Shock> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            String c = cs.get(r.nextInt(cs.size()));
            Stage s = stages.get(r.nextInt(stages.size()));
            if (r.nextBoolean()) {
                out.add(Shock.CapacityLoss.of(c, m, s, r.nextDouble()));
            } else {
                Shock.ExportBan b = Shock.ExportBan.of(c, m, s).withSeverity(r.nextBoolean() ? 1.0 : r.nextDouble());
                if (r.nextBoolean()) {
                    b = b.towards(cs.get(r.nextInt(cs.size())), cs.get(r.nextInt(cs.size())));
                }
                out.add(b);
            }
        }
        return out;
    }

    /** Loss shocks plus demand growth, new supply and recycling shares (which can raise supply). */
    static List<Shock> randomMixed(Random r) {
        List<Shock> out = new ArrayList<>(randomLosses(r));
        List<String> cs = SupplyArbitraries.NETWORK_COUNTRIES;
        List<Stage> stages = SupplyArbitraries.NETWORK_STAGES;
        String m = SupplyArbitraries.NETWORK_MINERAL;
        out.add(new Shock.DemandGrowth(cs.get(r.nextInt(cs.size())), m, r.nextDouble()));
        out.add(new Shock.NewSupply(cs.get(r.nextInt(cs.size())), m, stages.get(r.nextInt(stages.size())),
                Math.rint(r.nextDouble() * 500), "p"));
        out.add(new Shock.RecyclingShare(cs.get(r.nextInt(cs.size())), m, r.nextDouble() * 0.3));
        return out;
    }

    private static double tol(double x) {
        return 1e-7 * Math.max(1.0, Math.abs(x));
    }

    @Property(tries = 150)
    void lossShock_neverRaisesAnyConsumersSupply(@ForAll("cases") Case c) {
        ScenarioResult r = Scenarios.run(c.network(), Scenario.of(c.shocks()));
        for (ConsumerImpact i : r.impacts()) {
            assertTrue(i.noRerouting() <= i.baseline() + tol(i.baseline()), i::toString);
            assertTrue(i.rerouting() <= i.baseline() + tol(i.baseline()), i::toString);
        }
    }

    @Property(tries = 150)
    void reRouting_liesBetweenNoReRoutingAndBaseline(@ForAll("cases") Case c) {
        ScenarioResult r = Scenarios.run(c.network(), Scenario.of(c.shocks()));
        for (ConsumerImpact i : r.impacts()) {
            assertTrue(i.rerouting() >= i.noRerouting(), i::toString);
            assertTrue(i.rerouting() <= i.requirement() + tol(i.requirement()), i::toString);
            assertTrue(i.shortfallShareRerouted() <= i.shortfallShare() + 1e-12, i::toString);
        }
    }

    @Property(tries = 100)
    void emptyScenario_changesNothing(@ForAll("cases") Case c) {
        ScenarioResult r = Scenarios.run(c.network(), Scenario.EMPTY);
        for (ConsumerImpact i : r.impacts()) {
            assertEquals(i.baseline(), i.noRerouting(), tol(i.baseline()), i::toString);
            assertEquals(i.baseline(), i.rerouting(), tol(i.baseline()), i::toString);
            assertTrue(i.causes().isEmpty(), i::toString);
        }
    }

    @Property(tries = 100)
    void commutingShocks_composeOrderIndependently(@ForAll("cases") Case c) {
        List<Shock> shuffled = new ArrayList<>(c.shocks());
        Collections.shuffle(shuffled, new Random(c.seed() + 1));
        ScenarioResult a = Scenarios.run(c.network(), Scenario.of(c.shocks()));
        ScenarioResult b = Scenarios.run(c.network(), Scenario.of(shuffled));
        assertEquals(a.impacts().size(), b.impacts().size());
        for (int k = 0; k < a.impacts().size(); k++) {
            ConsumerImpact x = a.impacts().get(k);
            ConsumerImpact y = b.impacts().get(k);
            assertEquals(x.noRerouting(), y.noRerouting(), tol(x.baseline()), x::toString);
            assertEquals(x.rerouting(), y.rerouting(), tol(x.baseline()), x::toString);
        }
    }

    @Property(tries = 100)
    void mixedShocks_composeOrderIndependentlyAndKeepTheBoundsOrdered(@ForAll("cases") Case c) {
        List<Shock> mixed = randomMixed(new Random(c.seed()));
        List<Shock> shuffled = new ArrayList<>(mixed);
        Collections.shuffle(shuffled, new Random(c.seed() + 2));
        ScenarioResult a = Scenarios.run(c.network(), Scenario.of(mixed));
        ScenarioResult b = Scenarios.run(c.network(), Scenario.of(shuffled));
        assertEquals(a.impacts().size(), b.impacts().size());
        for (int k = 0; k < a.impacts().size(); k++) {
            ConsumerImpact x = a.impacts().get(k);
            ConsumerImpact y = b.impacts().get(k);
            assertEquals(x.country(), y.country());
            assertEquals(x.noRerouting(), y.noRerouting(), tol(x.noRerouting()), x::toString);
            assertEquals(x.rerouting(), y.rerouting(), tol(x.rerouting()), x::toString);
            assertEquals(x.requirement(), y.requirement(), tol(x.requirement()), x::toString);
            assertTrue(x.rerouting() >= x.noRerouting(), x::toString);
        }
    }

    @Property(tries = 100)
    void causes_coverTheWholeLossOfLossOnlyScenarios(@ForAll("cases") Case c) {
        ScenarioResult r = Scenarios.run(c.network(), Scenario.of(c.shocks()));
        for (ConsumerImpact i : r.impacts()) {
            if (i.shortfall() > 1e-6 * Math.max(1, i.baseline())) {
                double sum = i.causes().stream().mapToDouble(Cause::share).sum();
                assertEquals(1.0, sum, 1e-6, i::toString);
            }
        }
    }

    @Property(tries = 100)
    void scenario_isPure(@ForAll("cases") Case c) {
        SupplyNetwork n = c.network();
        double[] before = n.edges().stream().mapToDouble(e -> e.tonnes()).toArray();
        Scenarios.run(n, Scenario.of(c.shocks()));
        double[] after = n.edges().stream().mapToDouble(e -> e.tonnes()).toArray();
        assertTrue(java.util.Arrays.equals(before, after));
    }
}
