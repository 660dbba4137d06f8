package org.msp.graph.chokepoint;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.msp.graph.Node;

/**
 * The supply one consumer loses when any one node of the network is lost, without re-routing: losses pass
 * downstream in proportion to the flows. Impacts are sorted by tonnes lost, largest first (ties in network node
 * order); nodes whose loss costs the consumer nothing, and the consumer itself, are left out. This class is
 * immutable and thread-safe.
 *
 * @param consumer the consumer node
 * @param supply   the consumer's supply (its throughput) in tonnes
 * @param impacts  the nodes whose loss costs the consumer supply, kind {@link ChokepointKind#REMOVAL_IMPACT}
 */
public record RemovalImpact(Node consumer, double supply, List<Chokepoint> impacts) {
    public RemovalImpact {
        Objects.requireNonNull(consumer, "RemovalImpact.consumer is null");
        impacts = ImmutableList.copyOf(Objects.requireNonNull(impacts, "RemovalImpact.impacts is null"));
        for (int i = 0; i < impacts.size(); i++) {
            Chokepoint c = impacts.get(i);
            if (c.kind() != ChokepointKind.REMOVAL_IMPACT) {
                throw new IllegalArgumentException("RemovalImpact: " + c + " is not a removal impact");
            }
            if (i > 0 && c.tonnesLost() > impacts.get(i - 1).tonnesLost()) {
                throw new IllegalArgumentException("RemovalImpact: impacts not sorted at " + c);
            }
        }
    }

    /** Returns the tonnes the consumer loses when {@code node} is lost (0 if it is not listed; all for the consumer). */
    public double tonnesLost(Node node) {
        if (node.equals(consumer)) {
            return supply;
        }
        for (Chokepoint c : impacts) {
            if (c.node().equals(node)) {
                return c.tonnesLost();
            }
        }
        return 0;
    }

    /** Returns the share of its supply the consumer loses when {@code node} is lost. */
    public double shareLost(Node node) {
        return supply > 0 ? Math.min(1, tonnesLost(node) / supply) : 0;
    }

    /** Returns the {@code k} largest impacts. */
    public List<Chokepoint> top(int k) {
        return impacts.subList(0, Math.min(Math.max(0, k), impacts.size()));
    }

    /** Returns a header line and the ten largest impacts. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RemovalImpact[%s, supply %,.0f t: %d nodes whose loss costs supply]",
                consumer, supply, impacts.size()) + Chokepoint.lines(impacts, 10);
    }
}
