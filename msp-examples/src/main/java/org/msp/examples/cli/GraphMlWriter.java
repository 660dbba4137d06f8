package org.msp.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;

/**
 * Writes a supply network as GraphML in which every node and every edge carries every one of its values.
 *
 * <p>No key declares a {@code <default>}: GraphML readers such as NetworkX do not fill declared defaults, so an
 * omitted value reads as missing (and a flow computation that takes a missing {@code weight} as infinite capacity
 * goes wrong). Nodes carry {@code label}, {@code actor}, {@code stage}, {@code mineral}, {@code kind},
 * {@code own_supply_t} and {@code throughput_t}; edges carry {@code weight} and {@code tonnes} (the same value:
 * tonnes of the flow), and {@code origin}. Running time O(nodes + edges); the output is deterministic.
 */
final class GraphMlWriter {
    private GraphMlWriter() {
    }

    /** The node keys: id, type. */
    private static final List<String[]> NODE_KEYS = List.of(
            new String[] {"label", "string"}, new String[] {"actor", "string"}, new String[] {"stage", "string"},
            new String[] {"mineral", "string"}, new String[] {"kind", "string"},
            new String[] {"own_supply_t", "double"}, new String[] {"throughput_t", "double"});
    /** The edge keys: id, type. */
    private static final List<String[]> EDGE_KEYS = List.of(
            new String[] {"weight", "double"}, new String[] {"tonnes", "double"}, new String[] {"origin", "string"});

    /**
     * Writes {@code net} to {@code w} as GraphML.
     *
     * @throws UncheckedIOException if writing fails
     */
    static void write(SupplyNetwork net, Writer w) {
        StringBuilder b = new StringBuilder(256 + 300 * (net.nodeCount() + net.edgeCount()));
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        for (String[] k : NODE_KEYS) {
            key(b, k, "node");
        }
        for (String[] k : EDGE_KEYS) {
            key(b, k, "edge");
        }
        b.append("  <graph id=\"G\" edgedefault=\"directed\">\n");
        for (Node n : net.nodes()) {
            b.append("    <node id=\"n").append(net.index(n)).append("\">\n");
            data(b, "label", n.toString());
            data(b, "actor", n.actor().toString());
            data(b, "stage", n.stage().id());
            data(b, "mineral", n.mineral());
            data(b, "kind", n.isUnknownSource() ? "unknown" : "actor");
            data(b, "own_supply_t", number(net.ownSupply(n)));
            data(b, "throughput_t", number(net.throughput(n)));
            b.append("    </node>\n");
        }
        int id = 0;
        for (SupplyEdge e : net.edges()) {
            b.append("    <edge id=\"e").append(id++).append("\" source=\"n").append(net.index(e.source()))
                    .append("\" target=\"n").append(net.index(e.target())).append("\">\n");
            String t = number(e.tonnes());
            data(b, "weight", t);
            data(b, "tonnes", t);
            data(b, "origin", e.origin().name().toLowerCase(Locale.ROOT));
            b.append("    </edge>\n");
        }
        b.append("  </graph>\n</graphml>\n");
        try {
            w.write(b.toString());
            w.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void key(StringBuilder b, String[] k, String domain) {
        b.append("  <key id=\"").append(k[0]).append("\" for=\"").append(domain).append("\" attr.name=\"")
                .append(k[0]).append("\" attr.type=\"").append(k[1]).append("\"/>\n");
    }

    private static void data(StringBuilder b, String key, String value) {
        b.append("      <data key=\"").append(key).append("\">").append(escape(value)).append("</data>\n");
    }

    /** Tonnes rounded to a gram, in plain decimal notation. */
    static String number(double tonnes) {
        if (!Double.isFinite(tonnes)) {
            return Double.toString(tonnes);
        }
        return java.math.BigDecimal.valueOf(ExportCommand.round(tonnes)).stripTrailingZeros().toPlainString();
    }

    /** Escapes XML text and attribute characters. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
