package org.msp.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.scenario.MonteCarlo;
import org.msp.graph.scenario.MonteCarloKernel;
import org.msp.graph.scenario.ShortfallDistributions;
import org.msp.graph.scenario.MonteCarloTally;

/**
 * A {@link MonteCarlo} run on Apache Spark, with the same result as the single-machine engine, bit for bit.
 *
 * <p><b>How.</b> The driver builds the simulation's {@link MonteCarloKernel} (the network in compact form: arrays
 * of the in-edges with flow, the shocks' factor slots, the tracked consumers) and broadcasts it once. The trials
 * {@code 0..N-1} are cut into {@code P} partitions of whole 64-trial batches by index range (partition {@code p}
 * runs batches {@code [B p / P, B (p + 1) / P)} of {@code B}); each partition runs the kernel on its range and
 * returns a {@link MonteCarloTally}. Trial {@code t} draws from a stream seeded with {@code (seed, t)}, so a trial's
 * outcome does not depend on its partition; {@code collect} returns the tallies in partition order, which
 * {@link MonteCarloTally#concat} joins in trial order, and {@link MonteCarlo#result} computes the same figures as
 * {@link MonteCarlo#run}. The driver holds 4 bytes per consumer and trial with a shortfall.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[*]").getOrCreate();
 * ShortfallDistributions r = SparkMonteCarlo.of(MonteCarlo.of(shocks).withTrials(1_000_000).withSeed(42))
 *         .run(spark, network);
 * }</pre>
 *
 * <p><b>Per-trial output.</b> For runs whose shortfalls do not fit on the driver, {@link #writeTrials} writes one
 * row per consumer and trial with a shortfall as Parquet, and {@link #summarise} computes the distributions from it
 * with Spark (exact nearest-rank quantiles; schema in docs/spark.md).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SparkMonteCarlo {
    /** Schema of the per-trial table written by {@link #writeTrials}. */
    public static final StructType TRIAL_SCHEMA = new StructType().add("trial", DataTypes.LongType, false)
            .add("mineral", DataTypes.StringType, false).add("country", DataTypes.StringType, false)
            .add("shortfall_share", DataTypes.FloatType, false);

    private final MonteCarlo monteCarlo;
    private final int partitions;

    private SparkMonteCarlo(MonteCarlo monteCarlo, int partitions) {
        this.monteCarlo = monteCarlo;
        this.partitions = partitions;
    }

    /** Returns a Spark run of {@code monteCarlo}, with as many partitions as the session's default parallelism. */
    public static SparkMonteCarlo of(MonteCarlo monteCarlo) {
        return new SparkMonteCarlo(Objects.requireNonNull(monteCarlo, "monteCarlo"), 0);
    }

    /** Returns a copy that cuts the trials into {@code partitions} partitions (at most one per 64-trial batch). */
    public SparkMonteCarlo withPartitions(int partitions) {
        checkArgument(partitions >= 1, "partitions is below 1: %s", partitions);
        return new SparkMonteCarlo(monteCarlo, partitions);
    }

    /** Returns the simulation. */
    public MonteCarlo monteCarlo() {
        return monteCarlo;
    }

    /**
     * Runs the simulation on {@code spark} and returns what {@link MonteCarlo#run} returns for the same network.
     * Running time: that of the single-machine run divided by the executors' cores, plus one broadcast of the kernel
     * and the collection of the tallies.
     *
     * @throws IllegalStateException if the Spark job fails (the message is the first line of the cause)
     */
    public ShortfallDistributions run(SparkSession spark, SupplyNetwork network) {
        MonteCarloKernel kernel = monteCarlo.kernel(network);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<MonteCarloKernel> shared = jsc.broadcast(kernel);
        try {
            int parts = partitions(jsc, kernel);
            int batches = kernel.batches();
            long trials = kernel.trials();
            JavaRDD<MonteCarloTally> tallies = ranges(jsc, parts).map(p -> {
                long[] r = range(p, parts, batches, trials);
                return shared.value().run(r[0], r[1]);
            });
            List<MonteCarloTally> inOrder = new ArrayList<>(collect(tallies));
            inOrder.sort((a, b) -> Long.compare(a.from(), b.from()));
            return monteCarlo.result(kernel, MonteCarloTally.concat(inOrder));
        } finally {
            shared.destroy();
        }
    }

    /**
     * Runs the simulation on {@code spark} and writes one row per consumer and trial with a shortfall to
     * {@code path} as Parquet ({@link #TRIAL_SCHEMA}: trial, mineral, country, shortfall_share), through a temporary
     * directory renamed on success. Trials and consumers without a shortfall have no row; the number of trials is
     * the simulation's.
     *
     * @return the number of rows written
     * @throws IllegalArgumentException if {@code path} exists
     * @throws IllegalStateException    if the job fails (nothing is left at {@code path})
     */
    public long writeTrials(SparkSession spark, SupplyNetwork network, String path) {
        MonteCarloKernel kernel = monteCarlo.kernel(network);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<MonteCarloKernel> shared = jsc.broadcast(kernel);
        try {
            int parts = partitions(jsc, kernel);
            int batches = kernel.batches();
            long trials = kernel.trials();
            JavaRDD<Row> rows = ranges(jsc, parts).flatMap(p -> {
                long[] r = range(p, parts, batches, trials);
                MonteCarloKernel k = shared.value();
                List<Row> out = new ArrayList<>();
                k.forEachShortfall(r[0], r[1], (t, c, x) -> out.add(RowFactory.create(t, k.trackedMineral(c),
                        k.trackedCountry(c), x)));
                return out.iterator();
            });
            Dataset<Row> table = spark.createDataFrame(rows, TRIAL_SCHEMA);
            SparkOutput.writeParquet(table, path);
            return spark.read().parquet(path).count();
        } finally {
            shared.destroy();
        }
    }

    /**
     * Summarises a per-trial table ({@link #TRIAL_SCHEMA}) of a run of {@code trials} trials: one row per
     * (mineral, country) with a shortfall, columns {@code mineral, country, shortfalls, mean_shortfall_share,
     * p50_shortfall_share, p95_shortfall_share, p99_shortfall_share, prob_any_shortfall}. The quantiles are exact
     * nearest ranks over all trials, zeros included (the {@code ⌈q N⌉}-th smallest share; 0 when it falls among the
     * trials without a shortfall), found with a window sort per consumer, so they equal the single-machine figures;
     * the mean is the sum over the rows divided by N, summed in Spark's order (equal to the single-machine mean up to
     * rounding, 1e-12 relative). Running time: a shuffle and a sort of the rows by consumer.
     */
    public static Dataset<Row> summarise(SparkSession spark, String path, long trials) {
        checkArgument(trials >= 1, "trials is below 1: %s", trials);
        spark.read().parquet(path).createOrReplaceTempView("msp_trials");
        String n = Long.toString(trials);
        // rank r_q = max(1, ceil(q N)); zeros z = N - count; the share is 0 when r_q <= z, else row r_q - z.
        String ranks = "SELECT mineral, country, shortfall_share, "
                + "row_number() OVER (PARTITION BY mineral, country ORDER BY shortfall_share) AS k, "
                + "count(*) OVER (PARTITION BY mineral, country) AS c FROM msp_trials";
        String pick = "max(CASE WHEN k = greatest(1, ceil(%s * " + n + ")) - (" + n + " - c) "
                + "THEN shortfall_share ELSE 0 END)";
        String sql = "SELECT mineral, country, count(*) AS shortfalls, "
                + "sum(CAST(shortfall_share AS DOUBLE)) / " + n + " AS mean_shortfall_share, "
                + "CAST(" + String.format(pick, "0.50") + " AS DOUBLE) AS p50_shortfall_share, "
                + "CAST(" + String.format(pick, "0.95") + " AS DOUBLE) AS p95_shortfall_share, "
                + "CAST(" + String.format(pick, "0.99") + " AS DOUBLE) AS p99_shortfall_share, "
                + "count(*) / " + n + " AS prob_any_shortfall "
                + "FROM (" + ranks + ") GROUP BY mineral, country ORDER BY mineral, country";
        return spark.sql(sql);
    }

    private int partitions(JavaSparkContext jsc, MonteCarloKernel kernel) {
        int p = partitions > 0 ? partitions : jsc.defaultParallelism();
        return Math.max(1, Math.min(p, kernel.batches()));
    }

    private static JavaRDD<Integer> ranges(JavaSparkContext jsc, int parts) {
        return jsc.parallelize(IntStream.range(0, parts).boxed().toList(), parts);
    }

    /** Trials [from, to) of partition p: whole batches, by index range. */
    static long[] range(int p, int parts, int batches, long trials) {
        long b0 = (long) batches * p / parts;
        long b1 = (long) batches * (p + 1) / parts;
        return new long[] {Math.min(trials, b0 * MonteCarloKernel.BATCH), Math.min(trials,
                b1 * MonteCarloKernel.BATCH)};
    }

    private static <T> List<T> collect(JavaRDD<T> rdd) {
        try {
            return rdd.collect();
        } catch (Exception e) { // SparkException is thrown undeclared
            throw new IllegalStateException("Spark job failed: " + SparkOutput.Msg.firstLine(e), e);
        }
    }

    @Override
    public String toString() {
        return "SparkMonteCarlo[" + monteCarlo + ", " + (partitions > 0 ? partitions + " partitions"
                : "default parallelism") + "]";
    }
}
