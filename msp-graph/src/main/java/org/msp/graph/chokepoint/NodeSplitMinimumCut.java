package org.msp.graph.chokepoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.CompactGraph;
import org.msp.graph.internal.MaxFlow;
import org.msp.graph.internal.ProportionalLoss;
import org.msp.model.Actor;

/**
 * Minimum vertex cuts by max-flow/min-cut on the node-split network, and greedy sets for a target share.
 *
 * <p><b>Vertex cut (exact).</b> Split every node {@code v} into {@code v_in -> v_out} with capacity its weight (1
 * for {@link CutWeight#NODES}, its throughput in tonnes for {@link CutWeight#TONNES}); give flowing edges and the
 * super-source's arcs to nodes with own supply unbounded capacity; the consumer is the sink (its own supply
 * cannot be cut). By the max-flow/min-cut theorem (Ford and Fulkerson 1956; Menger's theorem for unit weights)
 * the minimum cut consists of split arcs only, and its weight equals the maximum flow: the cut nodes are the
 * {@code v} whose {@code v_in} but not {@code v_out} is reachable from the source in the final residual network
 * (the cut nearest the sources). Dinic's algorithm on the compact form: O(n<sup>2</sup> m) worst case,
 * O(m &radic;n) for unit weights (Even and Tarjan 1975), a few breadth-first passes on supply networks.
 *
 * <p><b>Set for a target share (heuristic).</b> The smallest set whose loss removes a given share of a
 * consumer's supply is NP-hard in general (it contains the budgeted cut and partial set-cover problems). This
 * class grows a set greedily: each step adds the node whose loss, together with the set so far, costs the
 * consumer most under proportional propagation (all candidates at once by one {@link ProportionalRemovalImpact}
 * pass on the reduced network), until the loss reaches the target; it then drops members, last added first,
 * whose removal keeps the loss at the target; finally, if the minimum-cardinality vertex cut is smaller and
 * reaches the target, that is returned instead. The loss of the returned set is checked, so it always removes at
 * least the target share; it is not guaranteed to be the smallest such set. Running time O(k (n + m +
 * &Sigma;l<sup>3</sup>)) for a set of k nodes and recycling loops of sizes l, plus one max-flow. With
 * {@link CutUnit#ACTOR} the candidates are actors (all nodes of a country or facility, with the unknown sources
 * feeding them), each scored by one forward propagation per step: O(k a (n + m + &Sigma;l<sup>3</sup>)) for
 * a actors.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NodeSplitMinimumCut implements MinimumCutAlgorithm {
    private final SupplyNetwork network;

    /**
     * Returns the algorithm bound to {@code network}.
     *
     * @throws NullPointerException if {@code network} is null
     */
    public NodeSplitMinimumCut(SupplyNetwork network) {
        this.network = Objects.requireNonNull(network, "network");
    }

    @Override
    public SupplyNetwork network() {
        return network;
    }

    @Override
    public MinimumCut disconnectingCut(Node consumer, CutWeight weight) {
        Objects.requireNonNull(weight, "weight");
        int c = network.index(Objects.requireNonNull(consumer, "consumer"));
        CompactGraph g = network.compact();
        boolean[] cut = vertexCut(g, c, weight);
        double w = 0;
        for (int v = 0; v < cut.length; v++) {
            if (cut[v]) {
                w += weight == CutWeight.NODES ? 1 : g.throughput(v);
            }
        }
        return describe(network, consumer, MinimumCut.Method.MINIMUM_VERTEX_CUT, weight, CutUnit.NODE, 1.0, cut, w);
    }

    /** The members of a minimum vertex cut between the supply and consumer {@code c}. */
    static boolean[] vertexCut(CompactGraph g, int c, CutWeight weight) {
        int n = g.vertexCount();
        double[] supply = new double[n];
        double[] limit = new double[n];
        for (int v = 0; v < n; v++) {
            supply[v] = v != c && g.ownSupply(v) > 0 ? Double.POSITIVE_INFINITY : 0;
            limit[v] = weight == CutWeight.NODES ? 1 : g.throughput(v);
        }
        MaxFlow.Result r = MaxFlow.compute(g, supply, c, null, MaxFlow.EdgeCapacity.UNBOUNDED_IF_FLOWING, limit);
        boolean[] cut = new boolean[n];
        for (int v = 0; v < n; v++) {
            cut[v] = v != c && r.isCutVertex(v);
        }
        return cut;
    }

    @Override
    public MinimumCut cutForShare(Node consumer, double share, CutUnit unit) {
        Objects.requireNonNull(unit, "unit");
        int c = network.index(Objects.requireNonNull(consumer, "consumer"));
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share outside (0, 1]: " + share);
        }
        CompactGraph g = network.compact();
        int n = g.vertexCount();
        double supply = g.throughput(c);
        if (!(supply > 0)) {
            throw new IllegalArgumentException("consumer " + consumer + " receives no supply");
        }
        // Groups of vertices lost together: single nodes, or all nodes of one actor.
        List<int[]> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        if (unit == CutUnit.NODE) {
            for (int v = 0; v < n; v++) {
                if (v != c) {
                    groupOf[v] = groups.size();
                    groups.add(new int[] {v});
                }
            }
        } else {
            Map<Actor, List<Integer>> byActor = new TreeMap<>();
            for (int v = 0; v < n; v++) {
                Actor a = network.node(v).actor();
                if (!a.equals(consumer.actor())) {
                    byActor.computeIfAbsent(a, k -> new ArrayList<>()).add(v);
                }
            }
            for (List<Integer> vs : byActor.values()) {
                for (int v : vs) {
                    groupOf[v] = groups.size();
                }
                groups.add(vs.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        ProportionalLoss pl = new ProportionalLoss(g);
        double target = share * supply;
        double tol = 1e-9 * supply;
        boolean[] all = new boolean[n];
        for (int v = 0; v < n; v++) {
            all[v] = groupOf[v] >= 0;
        }
        double reachable = supply - pl.throughputWithout(all)[c];
        if (target > reachable + tol) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "consumer %s keeps %,.1f t of its %,.1f t from its own supply%s: losing other %s removes at "
                            + "most %.4f%% of its supply, below the target %.4f%%", consumer, supply - reachable,
                    supply, unit == CutUnit.ACTOR ? " and its own actor's nodes" : "",
                    unit == CutUnit.ACTOR ? "actors" : "nodes", 100 * reachable / supply, 100 * share));
        }
        boolean[] set = new boolean[n];
        List<Integer> added = new ArrayList<>();
        double[] t = pl.throughputWithout(null);
        while (supply - t[c] < target - tol) {
            int best = -1;
            double bestLoss = 0;
            double[] marginal = unit == CutUnit.NODE ? pl.lossByRemoval(c, set, t) : null;
            for (int k = 0; k < groups.size(); k++) {
                int[] grp = groups.get(k);
                if (set[grp[0]]) {
                    continue;
                }
                double loss;
                if (marginal != null) {
                    loss = marginal[grp[0]];
                } else {
                    setAll(set, grp, true);
                    loss = t[c] - pl.throughputWithout(set)[c];
                    setAll(set, grp, false);
                }
                if (loss > bestLoss) {
                    best = k;
                    bestLoss = loss;
                }
            }
            if (best < 0) {
                break; // nothing left to remove: cannot happen below the reachable bound, kept as a guard
            }
            setAll(set, groups.get(best), true);
            added.add(best);
            t = pl.throughputWithout(set);
        }
        // Prune: drop groups, last added first, whose loss is not needed to reach the target.
        for (int i = added.size() - 1; i >= 0; i--) {
            int[] grp = groups.get(added.get(i));
            setAll(set, grp, false);
            if (supply - pl.throughputWithout(set)[c] < target - tol) {
                setAll(set, grp, true);
            }
        }
        int size = countGroups(set, groupOf);
        // The minimum-cardinality vertex cut, read in the same unit, may be smaller.
        boolean[] cut = vertexCut(g, c, CutWeight.NODES);
        boolean[] cutSet = new boolean[n];
        boolean usable = true;
        for (int v = 0; v < n && usable; v++) {
            if (cut[v]) {
                if (groupOf[v] < 0) {
                    usable = false;
                } else {
                    setAll(cutSet, groups.get(groupOf[v]), true);
                }
            }
        }
        if (usable && countGroups(cutSet, groupOf) < size
                && supply - pl.throughputWithout(cutSet)[c] >= target - tol) {
            set = cutSet;
            size = countGroups(cutSet, groupOf);
        }
        return describe(network, consumer, MinimumCut.Method.GREEDY_FOR_SHARE, CutWeight.NODES, unit, share, set,
                size);
    }

    private static void setAll(boolean[] set, int[] group, boolean value) {
        for (int v : group) {
            set[v] = value;
        }
    }

    private static int countGroups(boolean[] set, int[] groupOf) {
        Set<Integer> seen = new HashSet<>();
        for (int v = 0; v < set.length; v++) {
            if (set[v]) {
                seen.add(groupOf[v]);
            }
        }
        return seen.size();
    }

    private static MinimumCut describe(SupplyNetwork network, Node consumer, MinimumCut.Method method,
            CutWeight weighting, CutUnit unit, double target, boolean[] set, double weight) {
        CompactGraph g = network.compact();
        int c = network.index(consumer);
        double supply = g.throughput(c);
        ProportionalLoss pl = new ProportionalLoss(g);
        double[] single = pl.lossByRemoval(c);
        double lost = Math.max(0, supply - pl.throughputWithout(set)[c]);
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < set.length; v++) {
            if (set[v]) {
                order.add(v);
            }
        }
        order.sort(Comparator.comparingDouble((Integer v) -> -single[v]).thenComparingInt(v -> v));
        List<Chokepoint> members = new ArrayList<>();
        for (int v : order) {
            members.add(new Chokepoint(network.node(v), ChokepointKind.CUT_MEMBER, single[v],
                    supply > 0 ? single[v] / supply : 0));
        }
        return new MinimumCut(consumer, supply, method, weighting, unit, target, members, weight, Math.min(lost, supply),
                supply > 0 ? Math.min(1, lost / supply) : 0);
    }
}
