package org.msp.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.scenario.MonteCarlo;
import org.msp.graph.scenario.MonteCarloCluster;
import org.msp.graph.scenario.MonteCarloResult;

/**
 * The Spark engine behind {@code msp montecarlo --spark MASTER}, found by {@link MonteCarloCluster#installed()}
 * through {@code META-INF/services}. It uses the running session if there is one (under {@code spark-submit}),
 * otherwise starts one at {@code MASTER} and stops it after the run. Spark's own log is limited to warnings.
 */
public final class SparkMonteCarloCluster implements MonteCarloCluster {
    /** Creates the engine (the service loader calls this). */
    public SparkMonteCarloCluster() {
    }

    @Override
    public String name() {
        return "Apache Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if Spark cannot start at {@code master} (the message is Spark's, one line)
     */
    @Override
    public MonteCarloResult run(MonteCarlo monteCarlo, SupplyNetwork network, String master) {
        boolean existing = SparkSession.getActiveSession().isDefined();
        SparkSession spark;
        try {
            spark = existing ? SparkSession.active()
                    : SparkSession.builder().appName("msp montecarlo").master(master)
                            .config("spark.ui.enabled", "false").getOrCreate();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--spark " + master + ": Spark cannot start: "
                    + SparkOutput.Msg.firstLine(e), e);
        }
        if (!existing) {
            SparkContext sc = spark.sparkContext();
            sc.setLogLevel("WARN");
        }
        try {
            return SparkMonteCarlo.of(monteCarlo).run(spark, network);
        } finally {
            if (!existing) {
                spark.stop();
            }
        }
    }

    @Override
    public String toString() {
        return "SparkMonteCarloCluster[" + name() + "]";
    }
}
