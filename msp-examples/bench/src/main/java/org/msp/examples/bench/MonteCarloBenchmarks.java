package org.msp.examples.bench;

import java.util.concurrent.TimeUnit;
import org.msp.graph.scenario.MonteCarlo;
import org.msp.graph.scenario.ShortfallDistributions;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte Carlo throughput by thread count: fifty random shocks ({@link Fixture#shocks()}), a fixed number of trials
 * per run ({@link Fixture#trials()}). Besides runs per second, JMH reports the secondary rates {@code trials} and
 * {@code updates} (edge-scenario updates: in-edges visited times scenarios, as the engine counts them) per second.
 * Replaces the former {@code MonteCarloBench} program.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class MonteCarloBenchmarks {
    /** Target edge count of the synthetic network. */
    @Param("10000")
    public long edges;

    /** Worker threads of the engine. */
    @Param({"1", "2"})
    public int threads;

    private Fixture f;
    private MonteCarlo mc;

    /** Counts what the runs did; JMH turns the fields into rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts {
        /** Edge-scenario updates. */
        public long updates;
        /** Trials. */
        public long trials;

        /** Resets the counts for each iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            updates = 0;
            trials = 0;
        }
    }

    /** Generates the network and the shocks. */
    @Setup
    public void setUp() {
        f = Fixture.of(edges);
        mc = MonteCarlo.of(f.shocks()).withSeed(Fixture.SEED).withTrials(f.trials()).withThreads(threads);
    }

    /** One Monte Carlo study. */
    @Benchmark
    public ShortfallDistributions monteCarlo(Counts counts) {
        ShortfallDistributions r = mc.run(f.network);
        counts.updates += r.edgeScenarioUpdates();
        counts.trials += r.trials();
        return r;
    }
}
