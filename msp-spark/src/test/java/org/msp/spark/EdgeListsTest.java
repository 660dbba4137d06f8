package org.msp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.scenario.MonteCarlo;
import org.msp.graph.synthetic.SyntheticNetworks;
import org.msp.graph.synthetic.SyntheticSpec;
import org.msp.io.DataFileException;

/** Edge lists in and out: round trips give the same analyses; bad rows give one message naming file, row, field. */
class EdgeListsTest {
    static SparkSession spark;
    static SupplyNetwork net;

    @BeforeAll
    static void start() {
        spark = SparkTests.session();
        net = SyntheticNetworks.generate(SyntheticSpec.ofEdges(3_000, 3).withLoopShare(0.2)).network();
    }

    @AfterAll
    static void stop() {
        SparkTests.release();
    }

    @Test
    void text_roundTrip_keepsNodesEdgesAndAmounts(@TempDir Path dir) {
        Path e = dir.resolve("edges.tsv");
        Path n = dir.resolve("nodes.tsv");
        SyntheticNetworks.writeEdgeList(net, e, n);
        SupplyNetwork back = EdgeLists.read(e, n, net.year());
        assertEquals(new java.util.TreeSet<>(net.nodes()), new java.util.TreeSet<>(back.nodes()));
        assertEquals(edges(net), edges(back));
        for (org.msp.graph.Node x : net.nodes()) {
            assertEquals(net.ownSupply(x), back.ownSupply(x), 0.0, x::toString);
            assertEquals(net.capacity(x), back.capacity(x), 0.0, x::toString);
        }
        assertTrue(back.facilityCountries().isEmpty(), "writeEdgeList's node table has no host countries");
    }

    @Test
    void parquet_roundTrip_keepsFacilityHosts_andGivesTheSameMonteCarlo(@TempDir Path dir) {
        String e = dir.resolve("edges.parquet").toString();
        String n = dir.resolve("nodes.parquet").toString();
        EdgeLists.writeParquet(spark, net, e, n);
        SupplyNetwork back = EdgeLists.readParquet(spark, e, n, net.year());
        assertEquals(new java.util.TreeSet<>(net.nodes()), new java.util.TreeSet<>(back.nodes()));
        for (org.msp.graph.Node x : net.nodes()) {
            assertEquals(net.country(x), back.country(x), x::toString);
        }
        MonteCarlo mc = SparkMonteCarloTest.syntheticRun(700);
        // A rebuilt network may sum a node's in-edges in another order: equal up to float rounding.
        close(mc.run(net), mc.run(back));
        close(mc.run(net), mc.run(NetworkImage.of(net).network()));
    }

    @Test
    void badRows_areOneMessageNamingFileRowAndField(@TempDir Path dir) throws IOException {
        String nodes = "index\town_supply\tcapacity\tnode\n0\t10\t12\tAAA/mining/m000\n1\t0\t0\tAAB/mining/m000\n";
        String edges = "tail\thead\tflow\tcapacity\n0\t1\t5\t6\n";
        assertTrue(read(dir, nodes, edges).edgeCount() == 1);
        bad(dir, nodes, edges.replace("0\t1\t5\t6", "0\t1\t5\tsix"), "edges.tsv", "line 2", "capacity", "six");
        bad(dir, nodes, edges.replace("0\t1\t5\t6", "0\t1\t7\t6"), "edges.tsv", "line 2", "capacity", "below flow");
        bad(dir, nodes, edges.replace("0\t1\t5\t6", "0\t2\t5\t6"), "edges.tsv", "line 2", "head", "not a node");
        bad(dir, nodes, edges.replace("0\t1\t5\t6", "1\t1\t5\t6"), "edges.tsv", "line 2", "head", "self-loop");
        bad(dir, nodes, edges.replace("0\t1\t5\t6", "0\t1\t-5\t6"), "edges.tsv", "line 2", "flow", "negative");
        bad(dir, nodes, edges + "0\t1\t1\t1\n", "edges.tsv", "line 3", "", "repeats line 2");
        bad(dir, nodes, edges.replace("0\t1\t5\t6", "0\t1\t5"), "edges.tsv", "line 2", "", "3 fields");
        bad(dir, nodes, "tail\thead\tflow\n", "edges.tsv", "line 1", "", "header");
        bad(dir, nodes.replace("1\t0\t0", "2\t0\t0"), edges, "nodes.tsv", "line 3", "index", "expected 1");
        bad(dir, nodes.replace("AAB/mining", "AAB/quarrying"), edges, "nodes.tsv", "line 3", "node", "quarrying");
        bad(dir, nodes.replace("AAB/mining/m000", "AAA/mining/m000"), edges, "nodes.tsv", "line 3", "node", "twice");
        bad(dir, nodes.replace("10\t12", "10\t8"), edges, "nodes.tsv", "line 2", "capacity", "below own_supply");
        bad(dir, nodes.replace("\tnode\n", "\tnode\tcountry\n").replace("m000\n", "m000\tXX\n"), edges, "nodes.tsv",
                "line 2", "country", "XX");
    }

    @Test
    void missingFile_isOneMessage(@TempDir Path dir) {
        DataFileException e = assertThrows(DataFileException.class,
                () -> EdgeLists.read(dir.resolve("no-edges.tsv"), dir.resolve("no-nodes.tsv"), 2024));
        assertTrue(e.getMessage().contains("no-nodes.tsv") && e.getMessage().contains("no such file"),
                e.getMessage());
    }

    private static void close(org.msp.graph.scenario.ShortfallDistributions a, org.msp.graph.scenario.ShortfallDistributions b) {
        assertEquals(a.distributions().size(), b.distributions().size());
        for (int i = 0; i < a.distributions().size(); i++) {
            var x = a.distributions().get(i);
            var y = b.distributions().get(i);
            assertEquals(x.country() + x.mineral(), y.country() + y.mineral());
            assertEquals(x.mean(), y.mean(), 1e-6, x::toString);
            assertEquals(x.p95(), y.p95(), 1e-6, x::toString);
            assertEquals(x.probabilityOfShortfall(), y.probabilityOfShortfall(), 0.01, x::toString);
        }
    }

    private static List<String> edges(SupplyNetwork n) {
        return n.edges().stream().map(x -> x.source() + " " + x.target() + " " + x.tonnes() + " " + x.capacity())
                .sorted().toList();
    }

    private static SupplyNetwork read(Path dir, String nodes, String edges) throws IOException {
        Files.writeString(dir.resolve("nodes.tsv"), nodes);
        Files.writeString(dir.resolve("edges.tsv"), edges);
        return EdgeLists.read(dir.resolve("edges.tsv"), dir.resolve("nodes.tsv"), 2024);
    }

    private static void bad(Path dir, String nodes, String edges, String file, String row, String field,
            String words) throws IOException {
        DataFileException e = assertThrows(DataFileException.class, () -> read(dir, nodes, edges));
        String m = e.getMessage();
        assertTrue(m.contains(file) && m.contains(row) && m.contains(words), m);
        if (!field.isEmpty()) {
            assertTrue(m.contains(field), m);
        }
        assertEquals(List.of(field), e.problems().stream().map(p -> p.field()).toList(), m);
    }
}
