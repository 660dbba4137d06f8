package org.msp.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.scenario.MonteCarlo;
import org.msp.graph.scenario.MonteCarloCluster;
import org.msp.graph.scenario.ShortfallDistributions;

/**
 * The Spark engine behind {@code msp montecarlo --spark MASTER}, found by {@link MonteCarloCluster#installed()}
 * through {@code META-INF/services}. It uses the running session if there is one (under {@code spark-submit}),
 * otherwise starts one at {@code MASTER} and stops it after the run. Spark's own log is limited to warnings.
 */
public final class SparkMonteCarloCluster implements MonteCarloCluster {
    /** The master URLs Spark accepts (checked first, so that a typo is one line rather than Spark's stack trace). */
    private static final java.util.regex.Pattern MASTER = java.util.regex.Pattern.compile(
            "local(\\[(\\d+|\\*)(,\\d+)?])?|local-cluster\\[\\d+,\\d+,\\d+]|spark://\\S+|yarn|k8s://\\S+");
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
    public ShortfallDistributions run(MonteCarlo monteCarlo, SupplyNetwork network, String master) {
        if (!MASTER.matcher(master).matches()) {
            throw new IllegalArgumentException("--spark '" + master + "' is not a Spark master URL; expected local[*], "
                    + "local[N], spark://HOST:PORT, yarn or k8s://HOST:PORT");
        }
        boolean existing = SparkSession.getActiveSession().isDefined();
        SparkSession spark;
        try {
            spark = existing ? SparkSession.active()
                    : local(SparkSession.builder().appName("msp montecarlo").master(master)
                            .config("spark.ui.enabled", "false"), master).getOrCreate();
        } catch (Exception e) { // SparkException is thrown undeclared
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

    /** In local mode the driver listens on loopback only, so that a machine whose host name does not resolve runs. */
    private static SparkSession.Builder local(SparkSession.Builder b, String master) {
        return master.startsWith("local")
                ? b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                : b;
    }
}
