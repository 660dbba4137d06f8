package org.msp.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.world.Datasets;
import org.msp.examples.report.Networks;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Stage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The graph files of {@code msp export} on the embedded world dataset: GraphML with every value on every node
 * and edge, DOT ranked by stage with pen widths by tonnes and a threshold that says what it left out.
 */
class ExportCommandTest {
    private static final Pattern NODE = Pattern.compile("^\\s+(n\\d+) \\[label=\"[^\"]*\", .*stage=\"([a-z_]+)\"");
    private static final Pattern EDGE = Pattern.compile(
            "^\\s+(n\\d+) -> (n\\d+) \\[label=\"[^\"]*\", penwidth=([0-9.]+), tonnes=\"([0-9.E-]+)\"");
    private static final Pattern LEFT_OUT = Pattern.compile(
            "copper: left out (\\d+) edges carrying [^(]+ in total \\(([0-9,]+) t, [0-9.]+% of all edge tonnes\\), "
                    + "each below [^(]+ \\(the largest flow is [^)]+\\), and (\\d+) nodes");

    @TempDir
    static Path dir;

    static SupplyNetwork gallium;

    @BeforeAll
    static void build() {
        gallium = Networks.of(Datasets.world()).withConversion(MspWorldTest.GALLIUM).of(2024, "gallium");
    }

    /** NetworkX fills no declared defaults: every edge must carry its weight, every node all its values. */
    @Test
    void graphml_gallium2024_everyEdgeAndNodeCarriesEveryValue() throws Exception {
        Path g = dir.resolve("gallium.graphml");
        MspTest.Run r = MspWorldTest.run("--conversion", MspWorldTest.GALLIUM, "export", "--mineral", "gallium",
                "--format", "graphml", "--out", g.toString());
        assertEquals(0, r.exit(), r.err());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(g.toFile());
        assertEquals(0, doc.getElementsByTagName("default").getLength(), "no key declares a default");
        NodeList edges = doc.getElementsByTagName("edge");
        assertEquals(gallium.edgeCount(), edges.getLength());
        double sum = 0;
        for (int i = 0; i < edges.getLength(); i++) {
            Map<String, String> data = data((Element) edges.item(i));
            assertEquals(Set.of("weight", "tonnes", "origin"), data.keySet(), "edge " + i);
            assertEquals(data.get("weight"), data.get("tonnes"));
            double w = Double.parseDouble(data.get("weight"));
            sum += w;
        }
        double expected = gallium.edges().stream().mapToDouble(e -> ExportCommand.round(e.tonnes())).sum();
        assertEquals(expected, sum, 1e-6 * Math.max(1, expected));
        NodeList nodes = doc.getElementsByTagName("node");
        assertEquals(gallium.nodeCount(), nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            assertEquals(Set.of("label", "actor", "stage", "mineral", "kind", "own_supply_t", "throughput_t"),
                    data((Element) nodes.item(i)).keySet(), "node " + i);
        }
    }

    /** A weight of exactly 1 t (jgrapht's default edge weight) is written like any other. */
    @Test
    void graphml_aOneTonneEdge_keepsItsWeight() throws Exception {
        SupplyNetwork net = SupplyNetwork.builder(2024)
                .node(org.msp.graph.Node.of("AUS", Stage.MINING, "lithium"), 1.0)
                .node(org.msp.graph.Node.of("CHN", Stage.REFINING, "lithium"), 0.0)
                .edge(org.msp.graph.Node.of("AUS", Stage.MINING, "lithium"),
                        org.msp.graph.Node.of("CHN", Stage.REFINING, "lithium"), 1.0)
                .build();
        java.io.StringWriter w = new java.io.StringWriter();
        GraphMlWriter.write(net, w);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(w.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Element e = (Element) doc.getElementsByTagName("edge").item(0);
        assertEquals("1", data(e).get("weight"), w.toString());
    }

    /** Every node sits in the rank=same subgraph of its stage, one subgraph per stage. */
    @Test
    void dot_copper_nodesRankedByStage() {
        MspTest.Run r = MspWorldTest.run("export", "--mineral", "copper", "--format", "dot");
        assertEquals(0, r.exit(), r.err());
        String current = null;
        Set<String> seen = new HashSet<>();
        Set<String> nodes = new HashSet<>();
        for (String line : r.out().lines().toList()) {
            Matcher s = Pattern.compile("^  subgraph \"stage_([a-z_]+)\" \\{$").matcher(line);
            if (s.find()) {
                current = s.group(1);
                assertTrue(seen.add(current), "one subgraph per stage: " + current);
                continue;
            }
            if (current != null && line.equals("    rank=same;")) {
                continue;
            }
            if (line.equals("  }")) {
                current = null;
                continue;
            }
            Matcher n = NODE.matcher(line);
            if (n.find()) {
                assertEquals(n.group(2), current, line);
                nodes.add(n.group(1));
            }
        }
        assertTrue(seen.containsAll(List.of("mining", "refining")), seen.toString());
        for (String line : r.out().lines().toList()) {
            Matcher e = EDGE.matcher(line);
            if (e.find()) {
                assertTrue(nodes.contains(e.group(1)) && nodes.contains(e.group(2)), "edge to a written node: " + line);
            }
        }
        assertTrue(r.out().contains("rankdir=LR"), r.out());
    }

    /** Pen widths never fall as tonnes grow, and the largest written flow has the largest pen. */
    @Test
    void dot_copper_penWidthsMonotoneInTonnes() {
        MspTest.Run r = MspWorldTest.run("export", "--mineral", "copper", "--format", "dot", "--min-share", "0");
        assertEquals(0, r.exit(), r.err());
        List<double[]> edges = edges(r.out());
        assertTrue(edges.size() > 100, "copper has hundreds of edges: " + edges.size());
        edges.sort((a, b) -> Double.compare(a[0], b[0]));
        for (int i = 1; i < edges.size(); i++) {
            assertTrue(edges.get(i)[1] >= edges.get(i - 1)[1], "tonnes " + edges.get(i)[0] + " pen " + edges.get(i)[1]
                    + " after tonnes " + edges.get(i - 1)[0] + " pen " + edges.get(i - 1)[1]);
        }
        assertEquals(DotWriter.MAX_PEN, edges.get(edges.size() - 1)[1], 1e-9);
        assertTrue(edges.get(0)[1] < 2, "a tiny flow has a thin pen");
    }

    /**
     * The threshold leaves out exactly the edges below X of copper's largest flow, and the comment and stderr
     * give their number and tonnes, computed here from the file written without a threshold.
     */
    @Test
    void dot_copper_thresholdRemovesWhatItSays() {
        MspTest.Run all = MspWorldTest.run("export", "--mineral", "copper", "--format", "dot", "--min-share", "0");
        assertEquals(0, all.exit(), all.err());
        assertFalse(all.err().contains("left out"), all.err());
        assertTrue(all.out().contains("copper: left out 0 edges"), all.out());
        List<double[]> full = edges(all.out());
        double largest = full.stream().mapToDouble(e -> e[0]).max().orElseThrow();
        for (double x : new double[] {0.002, 0.01, 0.1}) {
            MspTest.Run r = MspWorldTest.run("export", "--mineral", "copper", "--format", "dot", "--min-share",
                    Double.toString(x));
            assertEquals(0, r.exit(), r.err());
            int dropped = 0;
            double droppedTonnes = 0;
            double keptTonnes = 0;
            for (double[] e : full) {
                if (e[0] < x * largest) {
                    dropped++;
                    droppedTonnes += e[0];
                } else {
                    keptTonnes += e[0];
                }
            }
            assertTrue(dropped > 0, "x=" + x);
            List<double[]> kept = edges(r.out());
            assertEquals(full.size() - dropped, kept.size(), "x=" + x);
            assertEquals(keptTonnes, kept.stream().mapToDouble(e -> e[0]).sum(), 1e-6 * keptTonnes);
            for (double[] e : kept) {
                assertTrue(e[0] >= x * largest, "x=" + x + " kept " + e[0]);
            }
            for (String text : List.of(r.out(), r.err())) {
                Matcher m = LEFT_OUT.matcher(text);
                assertTrue(m.find(), text.lines().limit(5).toList().toString());
                assertEquals(dropped, Integer.parseInt(m.group(1)), "x=" + x);
                assertEquals(droppedTonnes, Double.parseDouble(m.group(2).replace(",", "")), 0.5 + 1e-9 * droppedTonnes,
                        "x=" + x);
            }
            assertTrue(r.out().startsWith("// "), "the statement is a DOT comment");
        }
    }

    /** The default threshold keeps copper small enough for Graphviz to lay out in seconds. */
    @Test
    void dot_copper_defaultThresholdKeepsAFewHundredEdgesAtMost() {
        MspTest.Run r = MspWorldTest.run("export", "--mineral", "copper", "--format", "dot");
        assertEquals(0, r.exit(), r.err());
        int n = edges(r.out()).size();
        assertTrue(n > 20 && n < 300, "edges written: " + n);
        assertTrue(r.err().contains("(--min-share " + DotWriter.share(ExportCommand.DEFAULT_MIN_SHARE)), r.err());
    }

    @Test
    void minShare_outOfRangeOrOnGraphml_isAUsageError() {
        MspTest.Run big = MspWorldTest.run("export", "--mineral", "copper", "--format", "dot", "--min-share", "2");
        assertEquals(Msp.EXIT_USAGE, big.exit(), big.err());
        assertTrue(big.err().contains("--min-share must be a share between 0 and 1"), big.err());
        MspTest.Run g = MspWorldTest.run("export", "--mineral", "copper", "--format", "graphml", "--min-share",
                "0.1");
        assertEquals(Msp.EXIT_USAGE, g.exit(), g.err());
        assertTrue(g.err().contains("--format dot only"), g.err());
    }

    @Test
    void units_readable() {
        assertEquals("340 t", DotWriter.units(340));
        assertEquals("1.2 kt", DotWriter.units(1_234));
        assertEquals("22 Mt", DotWriter.units(22_000_000));
        assertEquals("8.4 Mt", DotWriter.units(8_400_000));
        assertEquals("5.0 t", DotWriter.units(5));
        assertEquals("450 kg", DotWriter.units(0.45));
        assertEquals("0 t", DotWriter.units(0));
    }

    /** The pen width is monotone in tonnes and between 1 and the largest pen. */
    @Property
    void penWidth_monotoneAndBounded(@ForAll @DoubleRange(min = 0, max = 1e7) double a,
            @ForAll @DoubleRange(min = 0, max = 1e7) double b, @ForAll @DoubleRange(min = 1, max = 1e8) double max) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        assertTrue(DotWriter.penWidth(lo, max) <= DotWriter.penWidth(hi, max));
        assertTrue(DotWriter.penWidth(lo, max) >= 1);
        assertTrue(DotWriter.penWidth(Math.min(hi, max), max) <= DotWriter.MAX_PEN + 1e-9);
    }

    /** The unit label reads back within 5% (two significant figures) of the tonnes, for a tonne and more. */
    @Property
    void units_readBackWithinRounding(@ForAll @DoubleRange(min = 1, max = 1e9) double t) {
        String[] p = DotWriter.units(t).split(" ");
        double scale = switch (p[1]) {
            case "Mt" -> 1e6;
            case "kt" -> 1e3;
            case "t" -> 1;
            default -> throw new AssertionError(p[1]);
        };
        double back = Double.parseDouble(p[0]) * scale;
        assertEquals(t, back, 0.05 * t + 0.5, DotWriter.units(t));
    }

    /** Edges of a DOT file as {tonnes, penwidth}. */
    static List<double[]> edges(String dot) {
        List<double[]> out = new ArrayList<>();
        for (String line : dot.lines().toList()) {
            Matcher e = EDGE.matcher(line);
            if (e.find()) {
                out.add(new double[] {Double.parseDouble(e.group(4)), Double.parseDouble(e.group(3))});
            }
        }
        return out;
    }

    private static Map<String, String> data(Element e) {
        Map<String, String> m = new HashMap<>();
        NodeList d = e.getElementsByTagName("data");
        for (int i = 0; i < d.getLength(); i++) {
            Element x = (Element) d.item(i);
            m.put(x.getAttribute("key"), x.getTextContent());
        }
        return m;
    }
}
