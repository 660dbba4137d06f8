package org.msp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.world.Datasets;
import org.msp.examples.report.Networks;
import org.msp.graph.ConversionSensitivity;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.BasisConversion;
import org.msp.model.Stage;

/** Scenario sweeps on Spark (local[2]) against the same scenarios run on one machine. */
class SparkSweepsTest {
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTests.session();
    }

    @AfterAll
    static void stop() {
        SparkTests.release();
    }

    @Test
    void lossMatrix_equalsTheScenariosRunOneByOne_withAndWithoutRerouting() {
        SupplyNetwork net = Networks.of(Datasets.world()).of(2024, "gallium");
        List<Row> spark3 = SparkSweeps.lossMatrix(spark, net, 3).collectAsList();
        List<Row> local = new ArrayList<>();
        for (int v = 0; v < net.nodeCount(); v++) {
            SparkSweeps.lossRows(net, net.node(v), local);
        }
        assertEquals(local, spark3);
        Row chn = spark3.stream().filter(r -> r.getString(1).equals("CHN/refining/gallium")
                && r.getString(3).equals("JPN")).findFirst().orElseThrow();
        assertTrue(chn.getDouble(5) > 0.5, chn::toString); // Japan's refined gallium comes mostly from China
        assertTrue(chn.getDouble(6) <= chn.getDouble(5) + 1e-12, "re-routing never loses more: " + chn);
    }

    @Test
    void grid_coversYearsConversionEndsAndDemand_andWritesAtomically(@TempDir Path dir) throws Exception {
        SparkSweeps.ScenarioOf ban = net -> Scenario.of(Shock.ExportBan.of("COD", "cobalt", Stage.MINING));
        var table = SparkSweeps.grid(spark, Datasets.world(), "cobalt", List.of(2024),
                Map.of("none", 0.0, "growth 20%", 0.2), ban);
        String out = dir.resolve("grid").toString();
        SparkSweeps.write(table, out);
        List<Row> rows = spark.read().parquet(out).orderBy("year", "conversion_end", "demand_scenario", "consumer")
                .collectAsList();
        assertEquals(3 * 2, rows.stream().map(r -> r.getInt(0) + r.getString(2) + r.getString(3)).distinct()
                .count());
        Row low = find(rows, 2024, "low", "none", "CHN");
        Row high = find(rows, 2024, "high", "none", "CHN");
        Row grown = find(rows, 2024, "central", "growth 20%", "CHN");
        Row central = find(rows, 2024, "central", "none", "CHN");
        ConversionSensitivity s = ConversionSensitivity.of(Datasets.world(), 2024, "cobalt");
        assertTrue(s.isSensitive());
        for (Row r : List.of(low, high)) {
            ConsumerImpact expected = Scenarios.run(s.network(r.getString(2).equals("low") ? BasisConversion.End.LOW
                    : BasisConversion.End.HIGH), ban.on(null)).impacts().stream()
                    .filter(i -> i.country().equals("CHN") && i.mineral().equals("cobalt")).findFirst().orElseThrow();
            assertEquals(expected.baseline(), r.getDouble(6), 0.0, r::toString);
            assertEquals(expected.noRerouting(), r.getDouble(8), 0.0, r::toString);
            assertEquals(expected.rerouting(), r.getDouble(9), 0.0, r::toString);
        }
        assertTrue(low.getDouble(6) != high.getDouble(6), "the conversion range moves the baseline: " + low + high);
        assertEquals(central.getDouble(7) * 1.2, grown.getDouble(7), 1e-6 * central.getDouble(7));
        assertTrue(central.getDouble(10) > 0, central::toString);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("grid"), left.map(p -> p.getFileName().toString()).toList());
        }
        assertThrows(IllegalArgumentException.class, () -> SparkSweeps.write(table, out));
    }

    @Test
    void failedJob_leavesNoOutput(@TempDir Path dir) throws Exception {
        var bad = spark.range(0, 1000, 1, 4).toDF().map(
                (org.apache.spark.api.java.function.MapFunction<Row, Long>) r -> {
                    long x = r.getLong(0);
                    if (x == 777) {
                        throw new IllegalStateException("trial 777 failed");
                    }
                    return x;
                }, org.apache.spark.sql.Encoders.LONG()).toDF();
        String out = dir.resolve("table").toString();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SparkOutput.writeParquet(bad, out));
        assertTrue(e.getMessage().contains("nothing was written") && e.getMessage().contains("trial 777 failed"),
                e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertFalse(left.findAny().isPresent(), "no partial output and no temporary directory");
        }
    }

    private static Row find(List<Row> rows, int year, String end, String demand, String consumer) {
        return rows.stream().filter(r -> r.getInt(0) == year && r.getString(2).equals(end)
                && r.getString(3).equals(demand) && r.getString(5).equals(consumer))
                .max(Comparator.comparingDouble(r -> r.getDouble(6))).orElseThrow(() -> new AssertionError(
                        year + " " + end + " " + demand + " " + consumer + " not in " + rows.size() + " rows"));
    }
}
