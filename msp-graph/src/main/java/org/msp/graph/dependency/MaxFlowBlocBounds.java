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
 * {@link BlocDependenceAlgorithm} by maximum flow, after Cheng et al. (Nature Communications 2024).
 *
 * <p><b>Definitions.</b> Edge capacities are the year's flows (tonnes). A node's <em>supply at stage
 * {@code S}</em> is what enters {@code S} there (see {@link ProportionalTracing}): for an actor node at
 * {@code S}, its own supply plus what reaches it from another stage. Both problems run on the network in
 * which every node at {@code S} is fed its supply at {@code S} directly by a super-source, instead of through
 * the edges by which material enters {@code S}: what happened before {@code S} does not decide where a
 * tonne was produced at {@code S}. Nodes at {@code S} still pass on what they import from other nodes of
 * {@code S}.
 * <ul>
 *   <li>maximum = the maximum flow to the consumer when only the bloc's nodes at {@code S} are fed (each up
 *       to its supply at {@code S}): the most of the consumer's supply that can have been produced at
 *       {@code S} by the bloc;</li>
 *   <li>minimum = the consumer's supply less the maximum flow to it when every source but the bloc's nodes
 *       at {@code S} is fed (other nodes at {@code S} their supply at {@code S}, nodes at other stages and
 *       unknown sources their own supply): what no routing of the flows can bring without the bloc;</li>
 *   <li>proportional = the tonnes that entered {@code S} at the bloc by proportional tracing.</li>
 * </ul>
 * The proportionally traced flows of bloc origin form a feasible flow of the first problem and the rest of
 * the consumer's supply a feasible flow of the second, so minimum &le; proportional &le; maximum, recycling
 * loops included. A consumer inside a loop (two-way trade) counts circulating material in its throughput,
 * which no flow from the sources can deliver twice: its minimum is taken against the supply that a maximum
 * flow from all sources delivers, and its proportional figure can then lie outside the bounds.
 *
 * <p><b>Algorithm.</b> One copy of the compact form with the entering edges emptied, then two (three for a
 * consumer in a loop) maximum flows with Dinic's algorithm ({@code org.msp.graph.internal.MaxFlow}),
 * O(V² E) worst case and nearly linear on stage-layered supply networks, and one backward tracing pass,
 * O(n + m). This class is immutable and thread-safe.
 */
public final class MaxFlowBlocBounds implements BlocDependenceAlgorithm {
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
        boolean[] atStage = new boolean[n];
        boolean[] member = new boolean[n];
        for (int v = 0; v < n; v++) {
            Node node = network.node(v);
            atStage[v] = !node.isUnknownSource() && node.stage() == stage;
            // A bloc names countries (and possibly facilities): a facility counts with its host country.
            member[v] = atStage[v] && (bloc.contains(node.actor().toString())
                    || network.country(node).filter(bloc::contains).isPresent());
        }
        double supply = g.throughput(c);
        double proportional = 0;
        double minimum = 0;
        double maximum = 0;
        if (supply > 0) {
            // The network with entering edges emptied; each node at the stage fed its supply at the stage.
            double[] entering = new double[n];
            int[] tail = new int[m];
            int[] head = new int[m];
            double[] flow = new double[m];
            for (int e = 0; e < m; e++) {
                tail[e] = g.tail(e);
                head[e] = g.head(e);
                boolean enters = atStage[head[e]] && network.node(tail[e]).stage() != stage;
                if (enters) {
                    entering[head[e]] += g.flow(e);
                }
                flow[e] = enters ? 0 : g.flow(e);
            }
            double[] own = new double[n];
            for (int v = 0; v < n; v++) {
                own[v] = g.ownSupply(v) + entering[v];
            }
            CompactGraph cut = CompactGraph.of(n, tail, head, flow, null, own, null);
            int[] at = new int[n];
            for (int v = 0; v < n; v++) {
                at[cut.inputIndex(v)] = v;
            }
            double[] blocOnly = new double[n];
            double[] others = new double[n];
            for (int v = 0; v < n; v++) {
                if (member[v]) {
                    blocOnly[at[v]] = own[v];
                } else {
                    others[at[v]] = own[v];
                }
            }
            int sink = at[c];
            maximum = Math.min(supply, maxFlow(cut, blocOnly, sink));
            double deliverable = supply;
            if (inLoop(g, c)) {
                double[] all = new double[n];
                for (int v = 0; v < n; v++) {
                    all[at[v]] = own[v];
                }
                deliverable = Math.min(supply, maxFlow(cut, all, sink));
            }
            minimum = Math.max(0, deliverable - maxFlow(cut, others, sink));
            double[] credit = tracing.credits(c, stage);
            for (int v = 0; v < n; v++) {
                if (member[v]) {
                    proportional += credit[v];
                }
            }
        }
        return new DependenceBounds(consumer, stage, ImmutableSortedSet.copyOf(bloc), supply, minimum, proportional,
                maximum);
    }

    private static double maxFlow(CompactGraph g, double[] supply, int sink) {
        return MaxFlow.compute(g, supply, sink, null, MaxFlow.EdgeCapacity.FLOW, null).value();
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
