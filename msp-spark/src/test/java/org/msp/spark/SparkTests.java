package org.msp.spark;

import org.apache.spark.sql.SparkSession;

/** The one local[2] session the test classes share (starting Spark costs seconds; each class releases it). */
final class SparkTests {
    private static SparkSession spark;
    private static int users;

    private SparkTests() {
    }

    static synchronized SparkSession session() {
        if (spark == null) {
            spark = SparkSession.builder().master("local[2]").appName("msp-spark tests")
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                    // loopback only: a fresh CI machine's host name may not resolve
                    .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
        }
        users++;
        return spark;
    }

    static synchronized void release() {
        users--;
    }
}
