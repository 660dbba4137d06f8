package org.msp.graph.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.msp.model.Provenance;
import org.msp.model.Stage;
import org.msp.model.Stockpile;

class MonteCarloTest {
    private static final String GA = "gallium";

    @Test
    void run_certainBan_givesTheScenarioShortfallInEveryTrial() {
        ShortfallDistributions r = MonteCarlo.of(List.of(RandomShock.exportBan("CHN", GA, Stage.REFINING, 1.0)))
                .withTrials(100).withSeed(7).withThreads(2)
                .withStockpiles(Stockpiles.of(Stockpile.of("USA", GA, 2024, 10, Provenance.user("t"))))
                .run(ScenarioTest.gallium());
        ShortfallDistribution usa = r.distribution("USA", GA).orElseThrow();
        assertEquals(0.95, usa.mean(), 1e-6);
        assertEquals(0.95, usa.p50(), 1e-6);
        assertEquals(0.95, usa.p99(), 1e-6);
        assertEquals(1.0, usa.probabilityOfShortfall());
        // 10 t / (0.95 * 25 t / 365 d) = 153.68 days in every trial.
        assertEquals(10 * 365 / 23.75, usa.expectedDaysOfCover().days().getAsDouble(), 1e-3);
        assertEquals(0.75, r.distribution("JPN", GA).orElseThrow().mean(), 1e-6);
        assertTrue(r.distribution("JPN", GA).orElseThrow().expectedDaysOfCover().isUnknown());
        ShortfallDistribution chn = r.distribution("CHN", GA).orElseThrow();
        assertEquals(0, chn.mean());
        assertTrue(chn.expectedDaysOfCover().isUnbounded());
        // 3 in-edges with flow, 2 batches of 64 lanes.
        assertEquals(3L * 64 * 2, r.edgeScenarioUpdates());
        assertTrue(r.toString().contains("USA/gallium: mean 95.0%"), r.toString());
    }

    @Test
    void run_halfProbability_hitsAboutHalfTheTrials() {
        ShortfallDistributions r = MonteCarlo.of(List.of(RandomShock.exportBan("CHN", GA, Stage.REFINING, 0.5)))
                .withTrials(4000).withSeed(1).run(ScenarioTest.gallium());
        ShortfallDistribution usa = r.distribution("USA", GA).orElseThrow();
        assertEquals(0.5, usa.probabilityOfShortfall(), 0.03);
        assertEquals(0.475, usa.mean(), 0.03);
        assertEquals(0.95, usa.p95(), 1e-6);
        assertEquals(0.95, usa.p99(), 1e-6);
        // Nearest rank: with about half the trials at 0 and half at 0.95 the median is one of the two.
        assertTrue(usa.p50() == 0.0 || Math.abs(usa.p50() - 0.95) < 1e-6);
    }

    @Test
    void run_sameSeed_sameResultWhateverTheThreads() {
        List<RandomShock> shocks = List.of(RandomShock.exportBan("CHN", GA, Stage.REFINING, 0.2),
                RandomShock.capacityLoss("JPN", GA, Stage.REFINING, 0.5, 0.3));
        MonteCarlo mc = MonteCarlo.of(shocks).withTrials(1000).withSeed(99);
        ShortfallDistributions one = mc.withThreads(1).run(ScenarioTest.gallium());
        ShortfallDistributions four = mc.withThreads(4).run(ScenarioTest.gallium());
        assertEquals(one, four);
        ShortfallDistributions other = mc.withSeed(100).withThreads(1).run(ScenarioTest.gallium());
        assertTrue(!one.equals(other), "a different seed should give different draws");
    }

    @Test
    void rank_isNearestRank() {
        float[] sorted = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 1.0f};
        assertEquals(0.5f, MonteCarlo.rank(sorted, 0.5), 0.0);
        assertEquals(1.0f, MonteCarlo.rank(sorted, 0.95), 0.0);
        assertEquals(0.1f, MonteCarlo.rank(sorted, 0.01), 0.0);
        assertEquals(0.9f, MonteCarlo.rank(sorted, 0.9), 0.0);
        // 100 trials, 90 zeros and the ten positive values above: P50 = 0, P95 = the 95th = 0.5, P99 = 0.9.
        assertEquals(0.0, MonteCarlo.rank(sorted, 100, 0.5), 0.0);
        assertEquals(0.0, MonteCarlo.rank(sorted, 100, 0.9), 0.0);
        assertEquals(0.1f, MonteCarlo.rank(sorted, 100, 0.91), 0.0);
        assertEquals(0.5f, MonteCarlo.rank(sorted, 100, 0.95), 0.0);
        assertEquals(0.9f, MonteCarlo.rank(sorted, 100, 0.99), 0.0);
    }

    @Test
    void listener_seesMonotoneProgressToTheEnd() {
        List<long[]> calls = new ArrayList<>();
        MonteCarlo.of(List.of(RandomShock.exportBan("CHN", GA, Stage.REFINING, 0.5))).withTrials(1000)
                .withThreads(3).withListener((d, t) -> calls.add(new long[] {d, t})).run(ScenarioTest.gallium());
        assertEquals(16, calls.size()); // ceil(1000 / 64) batches
        long prev = 0;
        for (long[] c : calls) {
            assertEquals(1000, c[1]);
            assertTrue(c[0] >= prev);
            prev = c[0];
        }
        assertEquals(1000, prev);
    }

    @Test
    void start_canBeCancelledFromTheListener() throws Exception {
        CompletableFuture<Future<ShortfallDistributions>> holder = new CompletableFuture<>();
        AtomicLong last = new AtomicLong();
        Future<ShortfallDistributions> f = MonteCarlo.of(List.of(RandomShock.exportBan("CHN", GA, Stage.REFINING, 0.5)))
                .withTrials(640_000).withThreads(2).withListener((d, t) -> {
                    last.set(d);
                    holder.join().cancel(true);
                }).start(ScenarioTest.gallium());
        holder.complete(f);
        assertThrows(CancellationException.class, f::get);
        assertTrue(f.isCancelled());
        assertTrue(last.get() < 640_000, "workers should stop early, got to " + last.get());
    }

    @Test
    void randomShock_mustBeALoss() {
        assertThrows(IllegalArgumentException.class,
                () -> new RandomShock(new Shock.DemandGrowth("USA", GA, 0.1), 0.5));
        assertThrows(IllegalArgumentException.class, () -> RandomShock.exportBan("CHN", GA, Stage.MINING, 1.5));
    }
}
