package org.msp.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.msp.graph.dependency.DependenceMatrix;
import org.msp.graph.dependency.ProportionalTracing;
import org.msp.graph.internal.CompactGraph;
import org.msp.graph.internal.MaxFlow;
import org.msp.graph.synthetic.SyntheticNetworks;
import org.msp.model.Stage;

/**
 * Writes the benchmark graph of one size for the peers, and the facts the results table needs.
 *
 * <pre>{@code
 * java -cp benchmarks.jar org.msp.examples.bench.Export EDGES DIR
 * }</pre>
 * In {@code DIR}: {@code edges.tsv} and {@code nodes.tsv} ({@link SyntheticNetworks#writeEdgeList}),
 * {@code maxflow.tsv} (the world max-flow graph: {@code tail head capacity}, super-sink {@code T = n}, super-source
 * {@code S = n + 1}) and {@code facts.json} (sizes, memory of the compact form, the max-flow value, the consumer
 * and the sweep sample, the look-through matrix's shape).
 */
public final class Export {
    private Export() {
    }

    /**
     * Runs the export.
     *
     * @param args the target edge count and the output directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Export EDGES DIR");
        }
        long edges = Long.parseLong(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        Fixture f = Fixture.of(edges);
        double generated = (System.nanoTime() - t0) / 1e9;
        SyntheticNetworks.writeEdgeList(f.network, dir.resolve("edges.tsv"), dir.resolve("nodes.tsv"));
        CompactGraph g = f.g;
        int n = g.vertexCount();
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("maxflow.tsv"), StandardCharsets.UTF_8)) {
            w.write("tail\thead\tcapacity\n");
            for (int e = 0; e < g.edgeCount(); e++) {
                w.write(g.tail(e) + "\t" + g.head(e) + "\t" + num(g.capacity(e)) + "\n");
            }
            for (int v = 0; v < n; v++) {
                if (f.supply[v] > 0) {
                    w.write((n + 1) + "\t" + v + "\t" + num(f.supply[v]) + "\n");
                }
            }
            for (int i = 0; i < f.sinkFrom.length; i++) {
                w.write(f.sinkFrom[i] + "\t" + n + "\t" + num(f.sinkCapacity[i]) + "\n");
            }
        }
        double flow = MaxFlow.compute(f.world, f.worldSupply, f.worldSink, null, MaxFlow.EdgeCapacity.CAPACITY, null)
                .value();
        DependenceMatrix matrix = new ProportionalTracing(f.network).matrix("m000", Stage.END_USE, Stage.MINING);
        long mines = f.network.nodes().stream().filter(v -> v.stage() == Stage.MINING && !v.isCountry()).count();
        String json = String.format(Locale.ROOT, "{\"edges_target\": %d, \"nodes\": %d, \"edges\": %d, \"minerals\": %d,"
                + " \"facilities\": %d, \"mines\": %d, \"acyclic\": %b, \"compact_bytes\": %d, \"generate_s\": %.3f,"
                + " \"maxflow_value\": %s, \"maxflow_sink_arcs\": %d, \"consumer\": \"%s\", \"consumer_vertex\": %d,"
                + " \"consumer_mineral_candidates\": %d, \"sweep_sample\": %d, \"matrix_rows\": %d,"
                + " \"matrix_origins\": %d, \"mc_trials\": %d, \"mc_shocks\": %d}%n",
                edges, n, g.edgeCount(), f.network.minerals().size(), f.synthetic.dataset().facilities().size(), mines,
                g.isAcyclic(), g.memoryBytes(), generated, num(flow), f.sinkFrom.length, f.consumer, f.consumerVertex,
                f.candidates.length, f.sample.length, matrix.consumers().size(), matrix.origins().size(), f.trials(),
                f.shocks().size());
        Files.writeString(dir.resolve("facts.json"), json);
        System.out.print(json);
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%.17g", x);
    }
}
