package org.msp.graph.dependency;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.Set;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.CompactGraph;
import org.msp.graph.internal.MaxFlow;
import org.msp.model.Stage;

/**
 * {@link BlocDependence} by maximum flow, after Cheng et al. (Nature Communications 2024).
 *
 * <p><b>Definitions.</b> Edge capacities are the year's flows (tonnes). The bloc's <em>supply at stage
 * {@code S}</em> is what enters {@code S} at the bloc's actor nodes there: their own supply and what reaches
 * them from another stage (see {@link ProportionalTracing}); the bloc's nodes still pass on what others
 * produced.
 * <ul>
 *   <li>maximum = the maximum flow to the consumer from a super-source that feeds each bloc node at
 *       {@code S} up to its supply at {@code S};</li>
 *   <li>minimum = the consumer's supply less the maximum flow to it from a super-source feeding every node
 *       its own supply, in the network where the bloc's supply at {@code S} is removed (the bloc nodes' own
 *       supply and the edges by which material enters {@code S} at them carry nothing);</li>
 *   <li>proportional = the tonnes that entered {@code S} at the bloc by proportional tracing.</li>
 * </ul>
 * The proportional flow from the bloc is a feasible flow of the first problem and the rest of the consumer's
 * supply a feasible flow of the second, so minimum &le; proportional &le; maximum whenever no material enters
 * {@code S} twice (a recycling loop that returns material to {@code S} at another node can break the lower
 * bound, because the second problem forbids all material that ever entered {@code S} at the bloc).
 * A consumer inside a loop (two-way trade) counts circulating material in its throughput, which no flow from
 * the sources can deliver twice: its minimum is taken against the supply a maximum flow from all sources
 * delivers, and the proportional figure can then exceed the maximum.
 *
 * <p><b>Algorithm.</b> Two maximum flows with Dinic's algorithm on the compact form
 * ({@code org.msp.graph.internal.MaxFlow}), O(V² E) worst case, nearly linear on stage-layered supply
 * networks; one backward tracing pass, O(n + m). This class is immutable and thread-safe.
 */
public final class MaxFlowBlocBounds implements BlocDependence {
    private final SupplyNetwork network;
    private final ProportionalTracing tracing;

    /** Returns the bounds over {@code network}. */
    public MaxFlowBlocBounds(SupplyNetwork network) {
        this.network = Objects.requireNonNull(network, "network");
        this.tracing = new ProportionalTracing(network);
    }

    @Override
    public DependenceBounds bounds(Node consumer, Stage stage, Set<String> bloc) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(bloc, "bloc");
        int c = network.index(consumer);
        CompactGraph g = network.compact();
        int n = g.vertexCount();
        int m = g.edgeCount();
        boolean[] member = new boolean[n];
        for (int v = 0; v < n; v++) {
            Node node = network.node(v);
            member[v] = !node.isUnknownSource() && node.stage() == stage && bloc.contains(node.actor().toString());
        }
        double supply = g.throughput(c);
        // Maximum: the bloc's supply at the stage as sources.
        double[] blocSupply = new double[n];
        int[] tail = new int[m];
        int[] head = new int[m];
        double[] flowWithout = new double[m];
        for (int e = 0; e < m; e++) {
            tail[e] = g.tail(e);
            head[e] = g.head(e);
            boolean enters = member[head[e]] && network.node(tail[e]).stage() != stage;
            if (enters) {
                blocSupply[head[e]] += g.flow(e);
            }
            flowWithout[e] = enters ? 0 : g.flow(e);
        }
        double[] ownWithout = new double[n];
        for (int v = 0; v < n; v++) {
            if (member[v]) {
                blocSupply[v] += g.ownSupply(v);
            } else {
                ownWithout[v] = g.ownSupply(v);
            }
        }
        double maximum = supply <= 0 ? 0
                : MaxFlow.compute(g, blocSupply, c, null, MaxFlow.EdgeCapacity.FLOW, null).value();
        // Minimum: everything but the bloc's supply at the stage, on a copy whose entering edges carry nothing.
        double minimum = 0;
        if (supply > 0) {
            CompactGraph without = CompactGraph.of(n, tail, head, flowWithout, null, ownWithout, null);
            int[] back = new int[n];
            for (int v = 0; v < n; v++) {
                back[without.inputIndex(v)] = v;
            }
            double[] sources = new double[n];
            for (int v = 0; v < n; v++) {
                sources[back[v]] = ownWithout[v];
            }
            double rest = MaxFlow.compute(without, sources, back[c], null, MaxFlow.EdgeCapacity.FLOW, null).value();
            double deliverable = supply;
            if (inLoop(g, c)) {
                double[] all = new double[n];
                for (int v = 0; v < n; v++) {
                    all[v] = g.ownSupply(v);
                }
                deliverable = Math.min(supply,
                        MaxFlow.compute(g, all, c, null, MaxFlow.EdgeCapacity.FLOW, null).value());
            }
            minimum = Math.max(0, deliverable - rest);
        }
        double proportional = 0;
        if (supply > 0) {
            double[] credit = tracing.credits(c, stage);
            for (int v = 0; v < n; v++) {
                if (member[v]) {
                    proportional += credit[v];
                }
            }
        }
        return new DependenceBounds(consumer, stage, ImmutableSortedSet.copyOf(bloc), supply, minimum, proportional,
                Math.min(maximum, supply));
    }

    private static boolean inLoop(CompactGraph g, int v) {
        return v > 0 && g.component(v - 1) == g.component(v)
                || v + 1 < g.vertexCount() && g.component(v + 1) == g.component(v);
    }

    @Override
    public String toString() {
        return "MaxFlowBlocBounds[" + network + "]";
    }
}
