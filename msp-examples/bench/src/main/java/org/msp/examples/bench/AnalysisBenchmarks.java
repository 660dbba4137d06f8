package org.msp.examples.bench;

import java.util.concurrent.TimeUnit;
import org.msp.graph.chokepoint.Chokepoints;
import org.msp.graph.chokepoint.DominatorTree;
import org.msp.graph.chokepoint.FlowBetweenness;
import org.msp.graph.chokepoint.RemovalImpact;
import org.msp.graph.chokepoint.ThroughflowBetweenness;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.graph.concentration.NetworkConcentration;
import org.msp.graph.dependency.Dependence;
import org.msp.graph.dependency.DependenceMatrix;
import org.msp.graph.dependency.ProportionalTracing;
import org.msp.graph.internal.Dominance;
import org.msp.graph.internal.ProportionalLoss;
import org.msp.model.Stage;
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
 * The analyses on the whole network: concentration, look-through dependency, dominator tree, all-node removal
 * impact without re-routing, throughflow betweenness. Kernels (package {@code internal}) and the public calls
 * that wrap them in records are measured separately.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class AnalysisBenchmarks {
    /** Target edge count of the synthetic network. */
    @Param("10000")
    public long edges;

    private Fixture f;
    private NetworkConcentration concentration;
    private ProportionalTracing tracing;
    private ProportionalLoss loss;

    /** Generates the network and prepares the analyses. */
    @Setup
    public void setUp() {
        f = Fixture.of(edges);
        concentration = new NetworkConcentration(f.network, f.synthetic.dataset());
        tracing = new ProportionalTracing(f.network);
        loss = new ProportionalLoss(f.g);
    }

    /** Country shares and indices of one mineral's refining output (facilities placed in their countries). */
    @Benchmark
    public MarketConcentration concentration() {
        return concentration.concentration("m000", Stage.REFINING, f.network.year());
    }

    /** Look-through dependency of one consumer: its origins at every stage. */
    @Benchmark
    public Dependence lookThroughOne() {
        return tracing.dependence(f.consumer);
    }

    /** Look-through dependency of every end-use node of one mineral on every mining origin (a matrix). */
    @Benchmark
    public DependenceMatrix lookThroughAll() {
        return tracing.matrix("m000", Stage.END_USE, Stage.MINING);
    }

    /** Immediate dominators of every vertex (kernel). */
    @Benchmark
    public int[] dominatorTree() {
        return Dominance.immediateDominators(f.g, null);
    }

    /** The dominator tree as the public record (kernel plus a map of nodes). */
    @Benchmark
    public DominatorTree dominatorTreePublic() {
        return Chokepoints.dominatorTree(f.network);
    }

    /** Supply the consumer loses when each vertex in turn is removed, without re-routing (kernel). */
    @Benchmark
    public double[] removalImpactAll() {
        return loss.lossByRemoval(f.consumerVertex);
    }

    /** The same as the public ranked record. */
    @Benchmark
    public RemovalImpact removalImpactPublic() {
        return Chokepoints.removalImpact(f.network, f.consumer);
    }

    /** Throughflow betweenness of every node (the library's flow betweenness, O(n + m)). */
    @Benchmark
    public FlowBetweenness betweenness() {
        return new ThroughflowBetweenness(f.network).betweenness();
    }
}
