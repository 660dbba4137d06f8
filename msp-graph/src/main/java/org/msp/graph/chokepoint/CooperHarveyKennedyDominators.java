package org.msp.graph.chokepoint;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.Dominance;

/**
 * Dominators by the iterative algorithm of Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm"
 * (Software Practice and Experience, 2001), on the network's compact form.
 *
 * <p><b>Definition.</b> Add a super-source {@code R} with an edge to every node whose own supply is positive;
 * keep the edges that carry flow. Node {@code d} dominates {@code v} if every path from {@code R} to {@code v}
 * passes through {@code d}. The dominators of a consumer are its single points of failure: losing one cuts off
 * all of its supply, whatever the re-routing along existing flows. A consumer with own supply, or fed by paths
 * that share no node, has none.
 *
 * <p><b>Running time.</b> A depth-first search gives a reverse postorder; each pass sets every node's immediate
 * dominator to the intersection of its processed predecessors' (walking up the current tree by postorder
 * numbers), until a pass changes nothing: at most d + 3 passes, d the loop-connectedness (two passes on an
 * acyclic network). Each pass is O(n + m) times the intersection walks: near-linear on supply networks, O(n m)
 * in the worst case (Lengauer–Tarjan 1979 would give O(m &alpha;(m, n)); CHK is faster in practice on graphs
 * of this size, as its authors measured). Reading the dominators of one consumer is O(depth). This class is * immutable and thread-safe.
 */
public final class CooperHarveyKennedyDominators implements DominatorAlgorithm {
    private final SupplyNetwork network;

    /**
     * Returns the algorithm bound to {@code network}.
     *
     * @throws NullPointerException if {@code network} is null
     */
    public CooperHarveyKennedyDominators(SupplyNetwork network) {
        this.network = Objects.requireNonNull(network, "network");
    }

    @Override
    public SupplyNetwork network() {
        return network;
    }

    @Override
    public DominatorTree dominatorTree() {
        int[] idom = Dominance.immediateDominators(network.compact(), null);
        int n = network.nodeCount();
        Map<Node, Node> tree = new LinkedHashMap<>();
        Set<Node> unreachable = new LinkedHashSet<>();
        for (int v = 0; v < n; v++) {
            if (idom[v] == Dominance.UNREACHABLE) {
                unreachable.add(network.node(v));
            } else if (idom[v] != n) {
                tree.put(network.node(v), network.node(idom[v]));
            }
        }
        return new DominatorTree(tree, unreachable);
    }

    @Override
    public Dominators dominators(Node consumer) {
        int c = network.index(Objects.requireNonNull(consumer, "consumer"));
        int n = network.nodeCount();
        int[] idom = Dominance.immediateDominators(network.compact(), null);
        double supply = network.compact().throughput(c);
        List<Chokepoint> chain = new ArrayList<>();
        if (idom[c] != Dominance.UNREACHABLE && idom[c] != n) {
            // Every supply path crosses a dominator, so its loss is all of the consumer's supply; computed, not
            // assumed, by the proportional removal pass (one O(n + m) pass).
            double[] loss = ProportionalRemovalImpact.loss(network).lossByRemoval(c);
            for (int d = idom[c]; d != n; d = idom[d]) {
                chain.add(new Chokepoint(network.node(d), ChokepointKind.DOMINATOR, loss[d],
                        supply > 0 ? loss[d] / supply : 0));
            }
        }
        return new Dominators(consumer, supply, ImmutableList.copyOf(chain).reverse());
    }
}
