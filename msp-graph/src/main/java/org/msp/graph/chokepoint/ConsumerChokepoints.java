package org.msp.graph.chokepoint;

import java.util.Locale;
import java.util.Objects;
import org.msp.graph.Node;

/**
 * The chokepoints of one consumer's supply at a glance: its single points of failure, the nodes whose loss costs
 * it most, and the fewest nodes whose loss cuts it off from all supply but its own. Made by {@link
 * Chokepoints#of}. This class is immutable and thread-safe.
 *
 * @param consumer      the consumer node
 * @param supply        its supply (throughput) in tonnes
 * @param dominators    its single points of failure
 * @param removalImpact the loss from each node, proportional propagation
 * @param minimumCut    the minimum-cardinality vertex cut of its supply
 */
public record ConsumerChokepoints(Node consumer, double supply, Dominators dominators, RemovalImpact removalImpact,
        MinimumCut minimumCut) {
    public ConsumerChokepoints {
        Objects.requireNonNull(consumer, "ConsumerChokepoints.consumer is null");
        Objects.requireNonNull(dominators, "ConsumerChokepoints.dominators is null");
        Objects.requireNonNull(removalImpact, "ConsumerChokepoints.removalImpact is null");
        Objects.requireNonNull(minimumCut, "ConsumerChokepoints.minimumCut is null");
        for (Node n : new Node[] {dominators.consumer(), removalImpact.consumer(), minimumCut.consumer()}) {
            if (!n.equals(consumer)) {
                throw new IllegalArgumentException("ConsumerChokepoints: part for " + n + ", not " + consumer);
            }
        }
    }

    /** Returns a summary of at most about twenty lines. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Chokepoints of %s (supply %,.0f t)",
                consumer, supply));
        sb.append("\n single points of failure:").append(dominators.dominators().isEmpty() ? " none" : "")
                .append(Chokepoint.lines(dominators.dominators(), 5).replace("\n  ", "\n   "));
        sb.append("\n largest losses from one node:").append(removalImpact.impacts().isEmpty() ? " none" : "")
                .append(Chokepoint.lines(removalImpact.impacts(), 5).replace("\n  ", "\n   "));
        sb.append(String.format(Locale.ROOT, "\n fewest nodes cutting all supply from others: %d (loses %,.0f t, %.1f%%)",
                minimumCut.members().size(), minimumCut.tonnesLost(), 100 * minimumCut.shareLost()))
                .append(Chokepoint.lines(minimumCut.members(), 5).replace("\n  ", "\n   "));
        return sb.toString();
    }
}
