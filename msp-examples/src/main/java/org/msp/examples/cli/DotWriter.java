package org.msp.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Stage;

/**
 * Writes a supply network as a Graphviz DOT graph meant to be laid out by {@code dot} in seconds.
 *
 * <p>Nodes are ranked by stage, left to right: one {@code subgraph { rank=same; ... }} per stage, in the
 * {@link Stage} order. Edge pen widths grow with the square root of the tonnes (1 pt for nothing, 9 pt for the
 * largest flow written), labels read in units ({@code 340 t}, {@code 1.2 kt}, {@code 22 Mt}).
 *
 * <p>The threshold {@code minShare}: an edge is left out when its tonnes are below {@code minShare} times the
 * largest edge of the same mineral; a node is left out when no written edge touches it and its throughput is
 * below the same threshold. What is left out (edges, their tonnes, nodes) is stated per mineral in a DOT comment
 * at the top of the file and returned as {@link Omitted}. {@code minShare = 0} writes every edge. Running time
 * O(nodes + edges).
 */
final class DotWriter {
    /** The largest pen width, in points, given to the largest written flow. */
    static final double MAX_PEN = 9.0;

    private DotWriter() {
    }

    /**
     * What a threshold left out of one mineral's network.
     *
     * @param mineral the mineral
     * @param largest the tonnes of the mineral's largest edge
     * @param threshold the tonnes below which an edge was left out
     * @param edges the number of edges left out
     * @param tonnes the tonnes those edges carried, summed
     * @param nodes the number of nodes left out
     * @param total the tonnes of all the mineral's edges, summed (written or not)
     */
    record Omitted(String mineral, double largest, double threshold, int edges, double tonnes, int nodes,
            double total) {
        /** Returns one line, e.g. {@code copper: 912 edges (1.3 Mt) below 1.1 kt ...}. */
        @Override
        public String toString() {
            return mineral + ": left out " + edges + " edges carrying " + units(tonnes) + " in total ("
                    + String.format(Locale.ROOT, "%,.0f t, %.1f%% of all edge tonnes", tonnes,
                            total > 0 ? 100 * tonnes / total : 0.0)
                    + "), each below " + units(threshold)
                    + " (the largest flow is " + units(largest) + "), and " + nodes + " nodes";
        }
    }

    /**
     * Writes {@code net} to {@code w}, leaving out edges below {@code minShare} of their mineral's largest edge.
     *
     * @return what was left out, per mineral (in mineral order)
     * @throws IllegalArgumentException if {@code minShare} is not in [0, 1]
     * @throws UncheckedIOException if writing fails
     */
    static List<Omitted> write(SupplyNetwork net, double minShare, Writer w) {
        if (!(minShare >= 0 && minShare <= 1)) {
            throw new IllegalArgumentException("--min-share must be between 0 and 1, got " + minShare);
        }
        Map<String, Double> largest = new TreeMap<>();
        Map<String, Double> total = new TreeMap<>();
        for (SupplyEdge e : net.edges()) {
            largest.merge(e.source().mineral(), e.tonnes(), Math::max);
            total.merge(e.source().mineral(), e.tonnes(), Double::sum);
        }
        List<SupplyEdge> kept = new ArrayList<>();
        Map<String, int[]> droppedEdges = new TreeMap<>();
        Map<String, Double> droppedTonnes = new TreeMap<>();
        for (SupplyEdge e : net.edges()) {
            String m = e.source().mineral();
            if (e.tonnes() < minShare * largest.get(m)) {
                droppedEdges.computeIfAbsent(m, k -> new int[1])[0]++;
                droppedTonnes.merge(m, e.tonnes(), Double::sum);
            } else {
                kept.add(e);
            }
        }
        boolean[] touched = new boolean[net.nodeCount()];
        for (SupplyEdge e : kept) {
            touched[net.index(e.source())] = true;
            touched[net.index(e.target())] = true;
        }
        Map<Stage, List<Node>> byStage = new EnumMap<>(Stage.class);
        Map<String, int[]> droppedNodes = new TreeMap<>();
        for (Node n : net.nodes()) {
            double t = minShare * largest.getOrDefault(n.mineral(), 0.0);
            if (touched[net.index(n)] || net.throughput(n) >= t) {
                byStage.computeIfAbsent(n.stage(), k -> new ArrayList<>()).add(n);
            } else {
                droppedNodes.computeIfAbsent(n.mineral(), k -> new int[1])[0]++;
            }
        }
        List<Omitted> omitted = new ArrayList<>();
        for (String m : net.minerals()) {
            double big = largest.getOrDefault(m, 0.0);
            omitted.add(new Omitted(m, big, minShare * big, droppedEdges.getOrDefault(m, new int[1])[0],
                    droppedTonnes.getOrDefault(m, 0.0), droppedNodes.getOrDefault(m, new int[1])[0], total.getOrDefault(m, 0.0)));
        }
        double maxKept = 0;
        for (SupplyEdge e : kept) {
            maxKept = Math.max(maxKept, e.tonnes());
        }

        StringBuilder b = new StringBuilder(1024 + 160 * (net.nodeCount() + kept.size()));
        b.append("// msp supply network of ").append(String.join(", ", net.minerals())).append(", ")
                .append(net.year()).append(": ").append(kept.size()).append(" of ").append(net.edgeCount())
                .append(" edges written\n");
        b.append(String.format(Locale.ROOT, "// threshold --min-share %s: an edge below that share of its mineral's "
                + "largest flow is left out%n", share(minShare)));
        for (Omitted o : omitted) {
            b.append("// ").append(o).append('\n');
        }
        b.append("digraph \"msp_").append(String.join("_", net.minerals())).append('_').append(net.year())
                .append("\" {\n");
        b.append("  rankdir=LR;\n  ranksep=1.2;\n  nodesep=0.08;\n  splines=true;\n");
        b.append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f4f4\", fontname=\"Helvetica\", "
                + "fontsize=10];\n");
        b.append("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#4a6fa5a0\", arrowsize=0.5];\n");
        for (Map.Entry<Stage, List<Node>> s : byStage.entrySet()) {
            b.append("  subgraph \"stage_").append(s.getKey().id()).append("\" {\n    rank=same;\n");
            for (Node n : s.getValue()) {
                b.append("    n").append(net.index(n)).append(" [label=\"").append(escape(n.toString()))
                        .append("\\n").append(units(net.throughput(n))).append('"');
                if (n.isUnknownSource()) {
                    b.append(", style=\"rounded,dashed\"");
                }
                b.append(", stage=\"").append(n.stage().id()).append("\", throughput_t=\"")
                        .append(GraphMlWriter.number(net.throughput(n))).append("\"];\n");
            }
            b.append("  }\n");
        }
        for (SupplyEdge e : kept) {
            b.append("  n").append(net.index(e.source())).append(" -> n").append(net.index(e.target()))
                    .append(" [label=\"").append(units(e.tonnes())).append("\", penwidth=")
                    .append(String.format(Locale.ROOT, "%.2f", penWidth(e.tonnes(), maxKept)))
                    .append(", tonnes=\"").append(GraphMlWriter.number(e.tonnes())).append('"');
            if (e.isInferred()) {
                b.append(", style=dashed");
            }
            b.append(", origin=\"").append(e.origin().name().toLowerCase(Locale.ROOT)).append("\"];\n");
        }
        b.append("}\n");
        try {
            w.write(b.toString());
            w.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return omitted;
    }

    /** The pen width of a flow of {@code tonnes} when the largest is {@code max}: 1 + 8 sqrt(tonnes/max). */
    static double penWidth(double tonnes, double max) {
        if (max <= 0) {
            return 1;
        }
        return 1 + (MAX_PEN - 1) * Math.sqrt(Math.max(0, tonnes) / max);
    }

    /** Tonnes in readable units: {@code 0.4 kg}, {@code 340 t}, {@code 1.2 kt}, {@code 22 Mt}. */
    static String units(double tonnes) {
        if (!Double.isFinite(tonnes)) {
            return tonnes + " t";
        }
        double a = Math.abs(tonnes);
        if (a >= 1e6) {
            return scaled(tonnes / 1e6, "Mt");
        }
        if (a >= 1e3) {
            return scaled(tonnes / 1e3, "kt");
        }
        if (a >= 1 || a == 0) {
            return scaled(tonnes, "t");
        }
        return scaled(tonnes * 1e3, "kg");
    }

    private static String scaled(double v, String unit) {
        double a = Math.abs(v);
        String f = a >= 10 || a == 0 ? "%.0f %s" : "%.1f %s";
        return String.format(Locale.ROOT, f, v, unit);
    }

    static String share(double s) {
        return java.math.BigDecimal.valueOf(s).stripTrailingZeros().toPlainString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
