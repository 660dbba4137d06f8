package org.msp.graph.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.msp.graph.arbitraries.Cases;
import org.msp.graph.arbitraries.Cases.NetworkScenario;
import org.msp.graph.arbitraries.SupplyArbitraries;

/** Properties of the Monte Carlo engine on generated networks with loops and generated loss shocks. */
class MonteCarloProperties {
    @Provide
    Arbitrary<NetworkScenario> cases() {
        return Cases.withScenarios(SupplyArbitraries.networks().withCountries(1, 5).withRecyclingLoops()
                .withUnknownSources(), true, 1, 4);
    }

    private static List<RandomShock> random(NetworkScenario c, int percent) {
        return c.scenario().shocks().stream().map(s -> new RandomShock(s, percent / 100.0))
                .collect(Collectors.toList());
    }

    @Property(tries = 40)
    void sameSeed_identicalForOneAndManyThreads(@ForAll("cases") NetworkScenario c, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 100) int percent, @ForAll @IntRange(min = 2, max = 4) int threads) {
        // More trials than one block of 64 lanes, and a count that does not divide evenly among the threads.
        MonteCarlo mc = MonteCarlo.of(random(c, percent)).withTrials(517).withSeed(seed);
        assertEquals(mc.withThreads(1).run(c.network()), mc.withThreads(threads).run(c.network()), c::toString);
    }

    @Property(tries = 40)
    void certainShocks_matchTheSingleScenario(@ForAll("cases") NetworkScenario c) {
        List<Shock> shocks = c.scenario().shocks();
        List<RandomShock> sure = random(c, 100);
        ShortfallDistributions mc = MonteCarlo.of(sure).withTrials(10).withThreads(1).run(c.network());
        Disruption one = Scenarios.run(c.network(), Scenario.of(shocks));
        for (ConsumerImpact i : one.impacts()) {
            ShortfallDistribution d = mc.distribution(i.country(), i.mineral()).orElseThrow();
            assertEquals(i.shortfallShare(), d.mean(), 1e-5, i::toString);
            assertEquals(i.shortfallShare(), d.p99(), 1e-5, i::toString);
        }
    }
}
