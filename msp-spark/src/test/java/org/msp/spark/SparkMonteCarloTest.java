package org.msp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.world.Datasets;
import org.msp.examples.cli.Msp;
import org.msp.examples.report.Networks;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.scenario.MonteCarlo;
import org.msp.graph.scenario.MonteCarloCluster;
import org.msp.graph.scenario.ShortfallDistributions;
import org.msp.graph.scenario.RandomShock;
import org.msp.graph.scenario.Shock;
import org.msp.graph.scenario.ShortfallDistribution;
import org.msp.graph.synthetic.SyntheticNetworks;
import org.msp.graph.synthetic.SyntheticSpec;
import org.msp.model.Stage;

/** Monte Carlo on Spark (local[2], one session for the class) against the single-machine engine. */
class SparkMonteCarloTest {
    static SparkSession spark;
    static SupplyNetwork synthetic;

    @BeforeAll
    static void start() {
        spark = SparkTests.session();
        synthetic = SyntheticNetworks.generate(SyntheticSpec.ofEdges(20_000, 7).withLoopShare(0.2)).network();
    }

    @AfterAll
    static void stop() {
        SparkTests.release();
    }

    static MonteCarlo syntheticRun(long trials) {
        return MonteCarlo.of(List.of(RandomShock.exportBan("AAA", "m000", Stage.MINING, 0.3),
                RandomShock.exportBan("AAB", "m000", Stage.REFINING, 0.2),
                RandomShock.exportBan("AAC", "m001", Stage.MINING, 0.25),
                new RandomShock(Shock.CapacityLoss.of("AAD", "m000", Stage.MATERIAL, 0.5), 0.4)))
                .withTrials(trials).withSeed(11);
    }

    @Test
    void run_equalsTheThreadEngine_forSeveralPartitionCounts_onASyntheticNetwork() {
        MonteCarlo mc = syntheticRun(5_000);
        ShortfallDistributions local = mc.withThreads(2).run(synthetic);
        assertTrue(local.distributions().stream().anyMatch(d -> d.probabilityOfShortfall() > 0), local::toString);
        for (int p : new int[] {1, 2, 3, 7, 79}) {
            assertEquals(local, SparkMonteCarlo.of(mc).withPartitions(p).run(spark, synthetic), "partitions " + p);
        }
    }

    @Test
    void run_equalsTheThreadEngine_onTheEmbeddedData() {
        SupplyNetwork net = Networks.of(Datasets.world()).of(2024, "gallium", "graphite", "cobalt");
        MonteCarlo mc = MonteCarlo.of(List.of(RandomShock.exportBan("CHN", "gallium", Stage.REFINING, 0.2),
                RandomShock.exportBan("CHN", "graphite", Stage.REFINING, 0.1),
                RandomShock.exportBan("COD", "cobalt", Stage.MINING, 0.15))).withTrials(3_001).withSeed(5);
        ShortfallDistributions local = mc.run(net);
        for (int p : new int[] {1, 4, 13}) {
            assertEquals(local, SparkMonteCarlo.of(mc).withPartitions(p).run(spark, net), "partitions " + p);
        }
    }

    @Test
    void commandLine_withSpark_printsTheSameBytesInEveryFormat() {
        assertTrue(MonteCarloCluster.installed().isPresent());
        for (String format : List.of("table", "csv", "json")) {
            String[] args = {"montecarlo", "--shock", "CHN/refining/gallium=0.3", "--shock", "CHN/graphite=0.1",
                "--shock", "COD/mining/cobalt=0.2", "--trials", "2000", "--seed", "42", "--all", "--format", format};
            String local = cli(args);
            String[] withSpark = Stream.concat(Stream.of(args), Stream.of("--spark", "local[2]"))
                    .toArray(String[]::new);
            assertEquals(local, cli(withSpark), format);
            assertTrue(local.contains("gallium"), local);
        }
    }

    @Test
    void writeTrials_thenSummarise_givesTheSameDistributions(@TempDir Path dir) {
        MonteCarlo mc = syntheticRun(1_000);
        ShortfallDistributions local = mc.run(synthetic);
        String path = dir.resolve("trials").toString();
        long rows = SparkMonteCarlo.of(mc).withPartitions(3).writeTrials(spark, synthetic, path);
        long expected = local.distributions().stream()
                .mapToLong(d -> Math.round(d.probabilityOfShortfall() * mc.trials())).sum();
        assertEquals(expected, rows);
        List<Row> summary = SparkMonteCarlo.summarise(spark, path, mc.trials()).collectAsList();
        assertFalse(summary.isEmpty());
        for (Row r : summary) {
            ShortfallDistribution d = local.distribution(r.getString(1), r.getString(0)).orElseThrow();
            assertEquals(d.p50(), r.getDouble(4), 0.0, d::toString);
            assertEquals(d.p95(), r.getDouble(5), 0.0, d::toString);
            assertEquals(d.p99(), r.getDouble(6), 0.0, d::toString);
            assertEquals(d.probabilityOfShortfall(), r.getDouble(7), 0.0, d::toString);
            assertEquals(d.mean(), r.getDouble(3), 1e-12 * Math.max(1, d.mean()), d::toString);
        }
        assertEquals(local.distributions().stream().filter(d -> d.probabilityOfShortfall() > 0).count(),
                summary.size());
        assertThrows(IllegalArgumentException.class,
                () -> SparkMonteCarlo.of(mc).writeTrials(spark, synthetic, path), "an existing output is kept");
    }

    @Test
    void range_cutsWholeBatchesCoveringEveryTrialOnce() {
        long covered = 0;
        for (int p = 0; p < 7; p++) {
            long[] r = SparkMonteCarlo.range(p, 7, 16, 1000);
            assertEquals(covered, r[0]);
            assertEquals(0, r[0] % 64);
            covered = r[1];
        }
        assertEquals(1000, covered);
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Msp.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        assertEquals(0, exit, err::toString);
        return out.toString();
    }
}
