package org.msp.examples.bench;

import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.msp.graph.internal.CompactGraph;
import org.msp.graph.internal.MaxFlow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Maximum flow on the world max-flow graph (every producer to every end-use country, see {@link Fixture}), by the
 * library's Dinic kernel and by JGraphT's {@code PushRelabelMFImpl}; and the re-routing sweep for one consumer:
 * the consumer's maximum supply with each vertex of the sample removed, warm-started from the base solution
 * versus one cold solve per vertex with the same solver. The sweep figures are per removed vertex.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class MaxFlowBenchmarks {
    /** Target edge count of the synthetic network. */
    @Param("10000")
    public long edges;

    private Fixture f;
    private Graph<Integer, DefaultWeightedEdge> jgrapht;
    private int jgraphtSource;
    private MaxFlow.Solver warm;
    private MaxFlow.Solver cold;
    private boolean[] removed;

    /** Generates the network, the JGraphT copy of the max-flow graph and the base solution of the sweep. */
    @Setup
    public void setUp() {
        f = Fixture.of(edges);
        CompactGraph w = f.world;
        int n = w.vertexCount();
        jgrapht = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v <= n; v++) {
            jgrapht.addVertex(v);
        }
        jgraphtSource = n;
        for (int e = 0; e < w.edgeCount(); e++) {
            jgrapht.setEdgeWeight(jgrapht.addEdge(w.tail(e), w.head(e)), w.capacity(e));
        }
        for (int v = 0; v < n; v++) {
            if (f.worldSupply[v] > 0) {
                jgrapht.setEdgeWeight(jgrapht.addEdge(jgraphtSource, v), f.worldSupply[v]);
            }
        }
        warm = MaxFlow.solver(f.g, f.supply, f.consumerVertex, MaxFlow.EdgeCapacity.CAPACITY, null);
        warm.solve(null);
        cold = MaxFlow.solver(f.g, f.supply, f.consumerVertex, MaxFlow.EdgeCapacity.CAPACITY, null);
        removed = new boolean[f.g.vertexCount()];
    }

    /** The library's Dinic maximum flow, cold, with its minimum cut. */
    @Benchmark
    public double maxFlow() {
        return MaxFlow.compute(f.world, f.worldSupply, f.worldSink, null, MaxFlow.EdgeCapacity.CAPACITY, null).value();
    }

    /** JGraphT's push-relabel maximum flow on the same graph (peer). */
    @Benchmark
    public double maxFlowJGraphT() {
        return new PushRelabelMFImpl<>(jgrapht).getMaximumFlowValue(jgraphtSource, f.worldSink);
    }

    /** Re-routing, warm start: per removed vertex of the sample. */
    @Benchmark
    @OperationsPerInvocation(Fixture.SAMPLE)
    public double reroutingWarm() {
        double sum = 0;
        for (int v : f.sample) {
            sum += warm.withoutVertexValue(v);
        }
        return sum;
    }

    /** Re-routing, one cold max-flow per removed vertex (same solver): per removed vertex of the sample. */
    @Benchmark
    @OperationsPerInvocation(Fixture.SAMPLE)
    public double reroutingCold() {
        double sum = 0;
        for (int v : f.sample) {
            removed[v] = true;
            sum += cold.solve(removed).value();
            removed[v] = false;
        }
        return sum;
    }
}
