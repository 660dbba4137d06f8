package org.msp.graph.chokepoint;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.msp.graph.Node;

/**
 * Flow-weighted betweenness of every node: the tonnes it passes on between other nodes (received from others and
 * sent on to others), a secondary chokepoint ranking. Sorted largest first (ties in network node order); nodes
 * with none are left out. This class is immutable and thread-safe.
 *
 * @param totalSupply the network's total own supply in tonnes (the denominator of each share)
 * @param ranking     the nodes with transit, kind {@link ChokepointKind#BETWEENNESS}
 */
public record FlowBetweenness(double totalSupply, List<Chokepoint> ranking) {
    public FlowBetweenness {
        ranking = ImmutableList.copyOf(Objects.requireNonNull(ranking, "FlowBetweenness.ranking is null"));
        for (int i = 0; i < ranking.size(); i++) {
            Chokepoint c = ranking.get(i);
            if (c.kind() != ChokepointKind.BETWEENNESS) {
                throw new IllegalArgumentException("FlowBetweenness: " + c + " is not a betweenness entry");
            }
            if (i > 0 && c.tonnesLost() > ranking.get(i - 1).tonnesLost()) {
                throw new IllegalArgumentException("FlowBetweenness: ranking not sorted at " + c);
            }
        }
    }

    /** Returns the tonnes {@code node} passes on between other nodes (0 if not ranked). */
    public double tonnes(Node node) {
        for (Chokepoint c : ranking) {
            if (c.node().equals(node)) {
                return c.tonnesLost();
            }
        }
        return 0;
    }

    /** Returns the {@code k} highest-ranked nodes. */
    public List<Chokepoint> top(int k) {
        return ranking.subList(0, Math.min(Math.max(0, k), ranking.size()));
    }

    /** Returns a header line and the ten highest-ranked nodes. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FlowBetweenness[total supply %,.0f t, %d nodes with transit]",
                totalSupply, ranking.size()) + Chokepoint.lines(ranking, 10);
    }
}
