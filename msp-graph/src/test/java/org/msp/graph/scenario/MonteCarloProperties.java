package org.msp.graph.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/** Properties of the Monte Carlo engine on random networks with loops and random loss shocks. */
class MonteCarloProperties {
    @Provide
    Arbitrary<ScenarioProperties.Case> cases() {
        return new ScenarioProperties().cases();
    }

    private static List<RandomShock> random(ScenarioProperties.Case c) {
        Random r = new Random(c.seed());
        List<RandomShock> out = new ArrayList<>();
        for (Shock s : c.shocks()) {
            out.add(new RandomShock(s, r.nextDouble()));
        }
        return out;
    }

    @Property(tries = 40)
    void sameSeed_identicalForOneAndManyThreads(@ForAll("cases") ScenarioProperties.Case c) {
        MonteCarlo mc = MonteCarlo.of(random(c)).withTrials(300).withSeed(c.seed());
        assertEquals(mc.withThreads(1).run(c.network()), mc.withThreads(3).run(c.network()));
    }

    @Property(tries = 40)
    void certainShocks_matchTheSingleScenario(@ForAll("cases") ScenarioProperties.Case c) {
        List<RandomShock> sure = c.shocks().stream().map(s -> new RandomShock(s, 1.0)).toList();
        MonteCarloResult mc = MonteCarlo.of(sure).withTrials(10).withThreads(1).run(c.network());
        ScenarioResult one = Scenarios.run(c.network(), Scenario.of(c.shocks()));
        for (ConsumerImpact i : one.impacts()) {
            ShortfallDistribution d = mc.distribution(i.country(), i.mineral()).orElseThrow();
            assertEquals(i.shortfallShare(), d.mean(), 1e-5, i::toString);
            assertEquals(i.shortfallShare(), d.p99(), 1e-5, i::toString);
        }
    }
}
