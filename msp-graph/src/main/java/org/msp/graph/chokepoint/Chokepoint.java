package org.msp.graph.chokepoint;

import java.util.Locale;
import java.util.Objects;
import org.msp.graph.Node;

/**
 * One chokepoint: a node of the supply network (an actor, country or facility, at a stage; or an unknown source),
 * why it is one, and the supply at stake.
 *
 * <p>For {@link ChokepointKind#DOMINATOR}, {@link ChokepointKind#CUT_MEMBER} and {@link
 * ChokepointKind#REMOVAL_IMPACT}, {@code tonnesLost} is the supply the consumer loses when this node alone is lost
 * (proportional propagation, no re-routing) and {@code shareLost} that loss over the consumer's supply. For
 * {@link ChokepointKind#BETWEENNESS}, {@code tonnesLost} is the supply the node passes on between other nodes
 * (what they would lose if its transit stopped) and {@code shareLost} that over the network's total supply. This
 * class is immutable and thread-safe.
 *
 * @param node       the node
 * @param kind       why it is a chokepoint
 * @param tonnesLost tonnes at stake, not negative
 * @param shareLost  share at stake, in [0, 1]
 */
public record Chokepoint(Node node, ChokepointKind kind, double tonnesLost, double shareLost) {
    public Chokepoint {
        Objects.requireNonNull(node, "Chokepoint.node is null");
        Objects.requireNonNull(kind, "Chokepoint.kind is null");
        if (!(tonnesLost >= 0) || Double.isInfinite(tonnesLost)) {
            throw new IllegalArgumentException("Chokepoint.tonnesLost is negative or not finite: " + tonnesLost);
        }
        if (!(shareLost >= 0 && shareLost <= 1 + 1e-9)) {
            throw new IllegalArgumentException("Chokepoint.shareLost is outside [0, 1]: " + shareLost);
        }
        shareLost = Math.min(1, shareLost);
    }

    /** Returns the actor's stage of this node, for convenience. */
    public org.msp.model.Stage stage() {
        return node.stage();
    }

    /** Returns e.g. {@code "CHN/refining/lithium dominator: 1,200 t (100.0%)"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s: %,.0f t (%.1f%%)", node, kind.name().toLowerCase(Locale.ROOT)
                .replace('_', ' '), tonnesLost, 100 * shareLost);
    }

    /** Formats a bounded list of chokepoints, one per line, with "... and k more" past {@code limit}. */
    static String lines(java.util.List<Chokepoint> list, int limit) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(limit, list.size()); i++) {
            sb.append("\n  ").append(list.get(i));
        }
        if (list.size() > limit) {
            sb.append("\n  ... and ").append(list.size() - limit).append(" more");
        }
        return sb.toString();
    }
}
