package org.msp.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code msp montecarlo --spark} without msp-spark on the class path (msp-examples does not depend on Spark). */
class MonteCarloSparkOptionTest {
    @Test
    void spark_withoutMspSpark_isOneLineSayingHowToRunWithSpark() {
        MspTest.Run r = MspTest.run("montecarlo", "--shock", "CHN/refining/gallium=0.5", "--trials", "100", "--seed",
                "1", "--spark", "local[2]");
        assertEquals(Msp.EXIT_USAGE, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("msp-spark") && r.err().contains("docs/spark.md"), r.err());
    }
}
