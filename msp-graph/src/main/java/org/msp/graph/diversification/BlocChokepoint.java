package org.msp.graph.diversification;

import com.google.common.base.Preconditions;
import java.util.Locale;
import java.util.Objects;
import org.msp.graph.Node;
import org.msp.graph.NodeRole;

/**
 * The node of a mineral's network whose loss, alone, cuts most of a bloc's supply (proportional propagation, no
 * re-routing), summed over the members that consume the mineral. A member's supply is what its consumer node keeps
 * ({@link BlocSupply}); under proportional propagation it falls by the same share as the node's throughput
 * ({@link org.msp.graph.chokepoint.RemovalImpact}). A member's own consumer node does not count for that member (its
 * loss is the member's, not a chokepoint upstream of it), but does for the members it supplies. This class is
 * immutable and thread-safe.
 *
 * @param mineral      mineral id
 * @param node         the node, e.g. {@code CHN/refining/gallium}
 * @param tonnesLost   tonnes the members lose together
 * @param blocSupply   the members' supply together, tonnes
 * @param consumers    how many members consume the mineral
 * @param consumersHit how many of them lose supply with the node
 * @param role         what the node does ({@link NodeRole}): a transit hub that only passes on its imports is named
 *                     as such, never as a producer
 */
public record BlocChokepoint(String mineral, Node node, double tonnesLost, double blocSupply, int consumers,
        int consumersHit, NodeRole role) {
    public BlocChokepoint {
        Objects.requireNonNull(mineral, "BlocChokepoint.mineral is null");
        Objects.requireNonNull(node, "BlocChokepoint.node is null");
        Objects.requireNonNull(role, "BlocChokepoint.role is null");
        Preconditions.checkArgument(tonnesLost >= 0 && blocSupply >= 0, "BlocChokepoint of %s at %s: negative "
                + "tonnes (lost %s, supply %s)", mineral, node, tonnesLost, blocSupply);
        Preconditions.checkArgument(consumersHit >= 0 && consumersHit <= consumers, "BlocChokepoint of %s at %s: "
                + "%s consumers hit of %s", mineral, node, consumersHit, consumers);
    }

    /** Returns the tonnes lost over the bloc's supply, 0 to 1. */
    public double shareLost() {
        return blocSupply > 0 ? Math.min(1, tonnesLost / blocSupply) : 0;
    }

    /** Returns e.g. {@code "gallium: CHN/refining/gallium cuts 99.3% of the bloc's supply (9 of 9 consumers hit)"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %s cuts %.1f%% of the bloc's supply (%,.0f of %,.0f t; %d of %d "
                + "consumers hit)%s", mineral, node, 100 * shareLost(), tonnesLost, blocSupply, consumersHit,
                consumers, role == NodeRole.PRODUCER ? "" : ", " + role);
    }
}
