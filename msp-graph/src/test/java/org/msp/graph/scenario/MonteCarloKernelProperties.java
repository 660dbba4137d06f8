package org.msp.graph.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.msp.graph.arbitraries.Cases;
import org.msp.graph.arbitraries.Cases.NetworkScenario;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.model.Stage;

/** Properties of the Monte Carlo kernel: ranges merged in index order equal the whole, on any split. */
class MonteCarloKernelProperties {
    @Provide
    Arbitrary<NetworkScenario> cases() {
        return Cases.withScenarios(SupplyArbitraries.networks().withCountries(1, 5).withRecyclingLoops()
                .withUnknownSources(), true, 1, 4);
    }

    @Property(tries = 30)
    void anySplitIntoBatchRanges_mergesToTheWholeRun(@ForAll("cases") NetworkScenario c, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 100) int percent, @ForAll @IntRange(min = 1, max = 9) int parts)
            throws Exception {
        List<RandomShock> random = c.scenario().shocks().stream().map(s -> new RandomShock(s, percent / 100.0))
                .collect(Collectors.toList());
        MonteCarlo mc = MonteCarlo.of(random).withTrials(517).withSeed(seed).withThreads(1);
        MonteCarloKernel k = roundTrip(mc.kernel(c.network()));
        int batches = k.batches();
        List<MonteCarloTally> tallies = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            long from = Math.min(k.trials(), (long) batches * p / parts * MonteCarloKernel.BATCH);
            long to = Math.min(k.trials(), (long) batches * (p + 1) / parts * MonteCarloKernel.BATCH);
            tallies.add(k.run(from, to));
        }
        MonteCarloTally whole = MonteCarloTally.concat(tallies);
        MonteCarloTally pairwise = tallies.get(0);
        for (int i = 1; i < tallies.size(); i++) {
            pairwise = pairwise.merge(tallies.get(i));
        }
        assertEquals(whole, pairwise);
        assertEquals(k.run(0, k.trials()), whole);
        assertEquals(mc.run(c.network()), mc.result(k, whole), c::toString);
    }

    @Example
    void run_rejectsRangesThatSplitABatch() {
        MonteCarlo mc = MonteCarlo.of(List.of(RandomShock.exportBan("CHN", "gallium", Stage.REFINING, 0.5)))
                .withTrials(1000);
        MonteCarloKernel k = mc.kernel(ScenarioTest.gallium());
        assertThrows(IllegalArgumentException.class, () -> k.run(10, 64));
        assertThrows(IllegalArgumentException.class, () -> k.run(0, 100));
        assertThrows(IllegalArgumentException.class, () -> k.run(0, 1001));
        assertEquals(1000, k.run(960, 1000).to());
        MonteCarloTally part = k.run(0, 64);
        assertThrows(IllegalArgumentException.class, () -> mc.result(k, part));
        assertThrows(IllegalArgumentException.class, () -> part.merge(k.run(128, 192)));
    }

    private static MonteCarloKernel roundTrip(MonteCarloKernel k) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(k);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (MonteCarloKernel) in.readObject();
        }
    }
}
