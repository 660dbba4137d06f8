package org.msp.graph.chokepoint;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.msp.graph.Node;

/**
 * The single points of failure of one consumer's supply: the nodes that dominate it in the flow graph from a
 * super-source feeding every node with own supply, ordered from the source side towards the consumer. Losing
 * any one of them cuts the consumer off from all supply, with or without re-routing along flowing edges.
 * This class is immutable and thread-safe.
 *
 * @param consumer   the consumer node
 * @param supply     the consumer's supply (its throughput) in tonnes
 * @param dominators the dominators, kind {@link ChokepointKind#DOMINATOR}, source side first
 */
public record Dominators(Node consumer, double supply, List<Chokepoint> dominators) {
    public Dominators {
        Objects.requireNonNull(consumer, "Dominators.consumer is null");
        dominators = ImmutableList.copyOf(Objects.requireNonNull(dominators, "Dominators.dominators is null"));
        for (Chokepoint c : dominators) {
            if (c.kind() != ChokepointKind.DOMINATOR) {
                throw new IllegalArgumentException("Dominators: " + c + " is not a dominator");
            }
        }
    }

    /** Returns the dominating nodes, source side first. */
    public List<Node> nodes() {
        return dominators.stream().map(Chokepoint::node).collect(ImmutableList.toImmutableList());
    }

    /** Returns true if the consumer has at least one single point of failure. */
    public boolean hasSinglePointOfFailure() {
        return !dominators.isEmpty();
    }

    /** Returns a header line and at most ten dominators. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Dominators[%s, supply %,.0f t: %d single point%s of failure]", consumer,
                supply, dominators.size(), dominators.size() == 1 ? "" : "s") + Chokepoint.lines(dominators, 10);
    }
}
