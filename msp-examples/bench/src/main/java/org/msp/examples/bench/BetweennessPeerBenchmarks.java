package org.msp.examples.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.msp.graph.Node;
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
 * JGraphT's {@code BetweennessCentrality} (Brandes 2001, O(n·m), unweighted shortest paths) on the network's own
 * JGraphT graph: the peer of the library's throughflow betweenness. A different quantity (shortest-path counts,
 * not tonnes), but the measure an analyst would otherwise reach for. Single shots: one run takes seconds at 10⁴
 * edges and grows as n·m.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class BetweennessPeerBenchmarks {
    /** Target edge count of the synthetic network. */
    @Param("10000")
    public long edges;

    private Fixture f;

    /** Generates the network. */
    @Setup
    public void setUp() {
        f = Fixture.of(edges);
    }

    /** JGraphT Brandes betweenness of every vertex. */
    @Benchmark
    public Map<Node, Double> betweennessJGraphT() {
        return new BetweennessCentrality<>(f.network.graph()).getScores();
    }
}
