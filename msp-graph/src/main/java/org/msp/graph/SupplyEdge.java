package org.msp.graph;

import org.msp.model.FlowOrigin;
import org.msp.model.Provenance;

/**
 * An edge of a {@link SupplyNetwork}: tonnes of the source node's product moving to the target node in the
 * network's year, with the capacity the link could carry and whether the flow was reported or inferred.
 *
 * <p>As JGraphT requires, equality is identity: two edges with the same endpoints and tonnes are different
 * edges. The endpoints are kept by the graph ({@code network.graph().getEdgeSource(e)}) and, for
 * convenience, here. This class is immutable and thread-safe.
 */
public final class SupplyEdge {
    private final Node source;
    private final Node target;
    private final double tonnes;
    private final double capacity;
    private final FlowOrigin origin;
    private final Provenance provenance;

    SupplyEdge(Node source, Node target, double tonnes, double capacity, FlowOrigin origin, Provenance provenance) {
        this.source = source;
        this.target = target;
        this.tonnes = tonnes;
        this.capacity = capacity;
        this.origin = origin;
        this.provenance = provenance;
    }

    /** Returns the node the product leaves. */
    public Node source() {
        return source;
    }

    /** Returns the node the product reaches. */
    public Node target() {
        return target;
    }

    /** Returns the tonnes that flow in the network's year. */
    public double tonnes() {
        return tonnes;
    }

    /** Returns the tonnes the link could carry; at least {@link #tonnes()}. */
    public double capacity() {
        return capacity;
    }

    /** Returns whether the flow was reported by a source or inferred by the builder. */
    public FlowOrigin origin() {
        return origin;
    }

    /** Returns where the figure comes from (for an inferred edge, the rule that made it). */
    public Provenance provenance() {
        return provenance;
    }

    /** Returns true if the builder inferred this edge. */
    public boolean isInferred() {
        return origin == FlowOrigin.INFERRED;
    }

    /** Returns e.g. {@code "AUS/mining/lithium -> CHN/mining/lithium: 80,000 t"}. */
    @Override
    public String toString() {
        return source + " -> " + target + ": " + String.format(java.util.Locale.ROOT, "%,.0f t", tonnes)
                + (capacity > tonnes ? String.format(java.util.Locale.ROOT, " (capacity %,.0f t)", capacity) : "")
                + (isInferred() ? " inferred" : "");
    }
}
