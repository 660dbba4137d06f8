package org.msp.examples.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.CompactGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the network from its nodes and edges (JGraphT graph and compact form), and the compact form alone,
 * from the JGraphT graph or from int and double arrays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class BuildBenchmarks {
    /** Target edge count of the synthetic network. */
    @Param("10000")
    public long edges;

    private SupplyNetwork network;
    private List<Node> nodes;
    private List<SupplyEdge> edgeList;
    private double[] own;
    private double[] cap;
    private int[] tail;
    private int[] head;
    private double[] flow;
    private double[] ecap;

    /** Generates the network and keeps its parts. */
    @Setup
    public void setUp() {
        Fixture f = Fixture.of(edges);
        network = f.network;
        nodes = network.nodes();
        edgeList = network.edges();
        int n = nodes.size();
        own = new double[n];
        cap = new double[n];
        for (int v = 0; v < n; v++) {
            own[v] = f.g.ownSupply(v);
            cap[v] = f.g.nodeCapacity(v);
        }
        int m = edgeList.size();
        tail = new int[m];
        head = new int[m];
        flow = new double[m];
        ecap = new double[m];
        for (int e = 0; e < m; e++) {
            tail[e] = f.g.tail(e);
            head[e] = f.g.head(e);
            flow[e] = f.g.flow(e);
            ecap[e] = f.g.capacity(e);
        }
    }

    /** The whole public build: builder, validation, JGraphT graph and compact form. */
    @Benchmark
    public SupplyNetwork network() {
        SupplyNetwork.Builder b = SupplyNetwork.builder(network.year());
        for (int v = 0; v < nodes.size(); v++) {
            b.node(nodes.get(v), own[v], cap[v]);
        }
        for (SupplyEdge e : edgeList) {
            b.edge(e.source(), e.target(), e.tonnes(), e.capacity(), e.origin(), e.provenance());
        }
        return b.build();
    }

    /**
     * The compact form from the model once the JGraphT graph exists: number the vertices (one hash map), read each
     * vertex's out-edges (one lookup per edge, for its target), then {@link CompactGraph#of}. Own supplies and
     * capacities come as arrays in the graph's vertex order (the order the network documents).
     */
    @Benchmark
    public CompactGraph compactFromGraph() {
        Graph<Node, SupplyEdge> graph = network.graph();
        int n = graph.vertexSet().size();
        Map<Node, Integer> index = new HashMap<>(n * 2);
        Node[] byIndex = new Node[n];
        int i = 0;
        for (Node v : graph.vertexSet()) {
            byIndex[i] = v;
            index.put(v, i++);
        }
        int m = graph.edgeSet().size();
        int[] t = new int[m];
        int[] h = new int[m];
        double[] fl = new double[m];
        double[] ca = new double[m];
        double[] o = new double[n];
        double[] c = new double[n];
        int e = 0;
        for (int v = 0; v < n; v++) {
            o[v] = own[v];
            c[v] = cap[v];
            for (SupplyEdge se : graph.outgoingEdgesOf(byIndex[v])) {
                t[e] = v;
                h[e] = index.get(se.target());
                fl[e] = se.tonnes();
                ca[e] = se.capacity();
                e++;
            }
        }
        return CompactGraph.of(n, t, h, fl, ca, o, c);
    }

    /** The compact form from edge arrays alone (sort, strongly connected components, renumbering). */
    @Benchmark
    public CompactGraph compactFromArrays() {
        return CompactGraph.of(own.length, tail, head, flow, ecap, own, cap);
    }
}
