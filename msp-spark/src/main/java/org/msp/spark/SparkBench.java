package org.msp.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.scenario.MonteCarlo;
import org.msp.graph.scenario.MonteCarloKernel;
import org.msp.graph.scenario.ShortfallDistributions;
import org.msp.graph.scenario.RandomShock;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.graph.synthetic.SyntheticNetworks;
import org.msp.graph.synthetic.SyntheticSpec;
import org.msp.model.Stage;

/**
 * Benchmark of the Spark engine against the single-machine engine in one run: Monte Carlo throughput (trials a
 * second) at 10⁴, 10⁵ and 10⁶ trials with 1 and 2 threads and with Spark {@code local[1]} and {@code local[2]}, on a
 * synthetic facility-level network; then the cost of one re-routed scenario at 10⁵ edges, and from it an estimate
 * of 10⁸ re-routed trials at 10⁶ edges on N executors. Each configuration runs once to warm up and is timed on the
 * best of two runs; Spark's start-up is timed separately. Every Spark result is checked equal to the thread
 * engine's.
 *
 * <pre>{@code
 * java $SPARK_JVM_OPTIONS -cp "$(cat msp-spark/target/classpath.txt):msp-spark/target/classes" \
 *     org.msp.spark.SparkBench [edges]
 * }</pre>
 */
public final class SparkBench {
    private SparkBench() {
    }

    /**
     * Runs the benchmark and prints its table.
     *
     * @param args optional: the synthetic network's edge count (default 2,000)
     */
    public static void main(String[] args) {
        long edges = args.length > 0 ? Long.parseLong(args[0]) : 2_000;
        SupplyNetwork net = SyntheticNetworks.generate(SyntheticSpec.ofEdges(edges, 1).withLoopShare(0.1)).network();
        List<RandomShock> shocks = List.of(RandomShock.exportBan("AAA", "m000", Stage.MINING, 0.2),
                RandomShock.exportBan("AAB", "m000", Stage.REFINING, 0.2),
                RandomShock.exportBan("AAC", "m000", Stage.MINING, 0.1),
                new RandomShock(Shock.CapacityLoss.of("AAD", "m000", Stage.MATERIAL, 0.5), 0.3));
        MonteCarloKernel k = MonteCarlo.of(shocks).withTrials(64).kernel(net);
        System.out.printf(Locale.ROOT, "network: %,d edges, %,d nodes; kernel: %,d in-edges per batch of 64, %d of"
                + " the consumers tracked; %d processors%n", net.edgeCount(), net.nodeCount(), k.edgesPerBatch(),
                k.trackedConsumers(), Runtime.getRuntime().availableProcessors());
        long[] sizes = {10_000, 100_000, 1_000_000};
        System.out.printf(Locale.ROOT, "load average at start: %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        double[][] local = new double[sizes.length][3];
        for (int i = 0; i < sizes.length; i++) {
            for (int t = 1; t <= 2; t++) {
                MonteCarlo mc = MonteCarlo.of(shocks).withTrials(sizes[i]).withSeed(42).withThreads(t);
                local[i][t] = best(() -> mc.run(net));
            }
        }
        System.out.printf(Locale.ROOT, "%-9s %-10s %8s %14s %10s%n", "trials", "engine", "seconds", "trials/s",
                "vs threads");
        for (int cores = 1; cores <= 2; cores++) {
            long s0 = System.nanoTime();
            SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("msp bench")
                    .config("spark.ui.enabled", "false").getOrCreate();
            spark.sparkContext().setLogLevel("ERROR");
            double startup = (System.nanoTime() - s0) / 1e9;
            System.out.printf(Locale.ROOT, "Spark local[%d] start-up: %.1f s%n", cores, startup);
            for (int i = 0; i < sizes.length; i++) {
                MonteCarlo mc = MonteCarlo.of(shocks).withTrials(sizes[i]).withSeed(42).withThreads(cores);
                ShortfallDistributions expected = mc.run(net);
                ShortfallDistributions[] got = new ShortfallDistributions[1];
                double s = best(() -> got[0] = SparkMonteCarlo.of(mc).run(spark, net));
                if (!expected.equals(got[0])) {
                    throw new IllegalStateException("Spark result differs from the thread engine's at " + sizes[i]);
                }
                double threads = local[i][cores];
                System.out.printf(Locale.ROOT, "%-9d %-10s %8.3f %,14.0f %10s%n", sizes[i], cores + " thread"
                        + (cores > 1 ? "s" : ""), threads, sizes[i] / threads, "1.00");
                System.out.printf(Locale.ROOT, "%-9d %-10s %8.3f %,14.0f %10.2f%n", sizes[i], "local[" + cores + "]",
                        s, sizes[i] / s, threads / s);
            }
            spark.stop();
        }
        for (int i = 0; i < sizes.length; i++) {
            System.out.printf(Locale.ROOT, "scaling at %,d trials: threads 2/1 = %.2f%n", sizes[i],
                    local[i][1] / local[i][2]);
        }
        rerouted();
    }

    /** The cost of one re-routed scenario at 10⁵ edges, and the estimate for 10⁸ trials at 10⁶ edges. */
    private static void rerouted() {
        SupplyNetwork big = SyntheticNetworks.generate(SyntheticSpec.ofEdges(100_000, 2)).network();
        System.out.printf(Locale.ROOT, "load average now: %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Node> targets = new ArrayList<>();
        for (Node n : big.nodes()) {
            if (n.isCountry() && n.stage() == Stage.REFINING && big.throughput(n) > 0) {
                targets.add(n);
            }
        }
        int runs = Math.min(12, targets.size());
        Scenarios.run(big, Scenario.of(loss(targets.get(0)))); // warm-up
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            Node n = targets.get(i * targets.size() / runs);
            long t0 = System.nanoTime();
            Scenarios.run(big, Scenario.of(loss(n)));
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[runs / 2];
        System.out.printf(Locale.ROOT, "re-routed scenario (refining node lost, propagation + max flows) at %,d "
                + "edges: median %.1f ms over %d nodes (min %.1f, max %.1f)%n", big.edgeCount(), median, runs, ms[0],
                ms[runs - 1]);
        double atMillion = median * 10; // linear in edges (assumption: per-consumer max flows on a 10x network)
        double coreHours = 1e8 * atMillion / 1000 / 3600;
        System.out.printf(Locale.ROOT, "estimate, 10^8 re-routed trials at 10^6 edges (%.0f ms each, linear in "
                + "edges): %,.0f core-hours%n", atMillion, coreHours);
        for (int n : new int[] {10, 50, 100, 500}) {
            System.out.printf(Locale.ROOT, "  on %d executors x 4 cores at 90%% efficiency: %.1f hours%n", n,
                    coreHours / (n * 4 * 0.9));
        }
    }

    private static Shock loss(Node n) {
        return new Shock.CapacityLoss(n.actor(), n.mineral(), n.stage(), 1.0);
    }

    private static double best(Runnable r) {
        r.run(); // warm-up
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }
}
