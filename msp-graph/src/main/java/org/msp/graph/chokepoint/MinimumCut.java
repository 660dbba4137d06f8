package org.msp.graph.chokepoint;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.msp.graph.Node;
import org.msp.model.Actor;

/**
 * A set of nodes (or of actors) whose loss removes supply from one consumer, found by a {@link MinimumCutAlgorithm}.
 *
 * <p>{@link Method#MINIMUM_VERTEX_CUT}: the exact minimum-weight set of nodes (other than the consumer) that
 * meets every flowing supply path from a node with own supply to the consumer; {@code weight} is its weight
 * (node count or tonnes), which equals the maximum flow of the node-split network. {@link
 * Method#GREEDY_FOR_SHARE}: a small set whose loss removes at least {@code targetShare} of the consumer's supply
 * under proportional propagation (minimum cardinality is NP-hard in general, so this set is not guaranteed
 * smallest); {@code weight} is its size. In both, {@code tonnesLost} and {@code shareLost} are what the consumer
 * loses when the whole set is lost (proportional propagation, no re-routing), and each member carries what its
 * loss alone costs. Members are sorted by that, largest first (ties in network node order). This class is
 * immutable and thread-safe.
 *
 * @param consumer    the consumer node
 * @param supply      the consumer's supply (its throughput) in tonnes
 * @param method      how the set was found
 * @param weighting   what the weight counts
 * @param unit        what the set is made of: nodes, or actors (then {@code members} lists every node of the
 *                    chosen actors and {@code weight} counts actors)
 * @param targetShare the share the set had to remove (1 for a vertex cut of all supply from other nodes)
 * @param members     the nodes of the set, kind {@link ChokepointKind#CUT_MEMBER}
 * @param weight      the set's weight: node (or actor) count, or tonnes for a {@link CutWeight#TONNES} vertex cut
 * @param tonnesLost  supply the consumer loses with the whole set
 * @param shareLost   that over its supply
 */
public record MinimumCut(Node consumer, double supply, Method method, CutWeight weighting, CutUnit unit,
        double targetShare, List<Chokepoint> members, double weight, double tonnesLost, double shareLost) {

    /** How a cut was found. */
    public enum Method {
        /** Exact minimum-weight vertex cut by max-flow/min-cut on the node-split network. */
        MINIMUM_VERTEX_CUT,
        /** Greedy set for a target share, pruned, or the vertex cut when that is smaller. */
        GREEDY_FOR_SHARE
    }

    public MinimumCut {
        Objects.requireNonNull(consumer, "MinimumCut.consumer is null");
        Objects.requireNonNull(method, "MinimumCut.method is null");
        Objects.requireNonNull(weighting, "MinimumCut.weighting is null");
        Objects.requireNonNull(unit, "MinimumCut.unit is null");
        members = ImmutableList.copyOf(Objects.requireNonNull(members, "MinimumCut.members is null"));
        for (Chokepoint c : members) {
            if (c.kind() != ChokepointKind.CUT_MEMBER) {
                throw new IllegalArgumentException("MinimumCut: " + c + " is not a cut member");
            }
        }
        if (!(targetShare >= 0 && targetShare <= 1)) {
            throw new IllegalArgumentException("MinimumCut.targetShare outside [0, 1]: " + targetShare);
        }
        if (!(weight >= 0) || !(tonnesLost >= 0) || !(shareLost >= 0 && shareLost <= 1 + 1e-9)) {
            throw new IllegalArgumentException("MinimumCut: weight, tonnesLost or shareLost out of range: " + weight
                    + ", " + tonnesLost + ", " + shareLost);
        }
        shareLost = Math.min(1, shareLost);
    }

    /** Returns the distinct actors of the members, in order of first appearance. */
    public List<Actor> actors() {
        return members.stream().map(c -> c.node().actor()).distinct().collect(ImmutableList.toImmutableList());
    }

    /** Returns the member nodes, largest single loss first. */
    public List<Node> nodes() {
        return members.stream().map(Chokepoint::node).collect(ImmutableList.toImmutableList());
    }

    /** Returns a header line and at most ten members. */
    @Override
    public String toString() {
        String w = weighting == CutWeight.TONNES && method == Method.MINIMUM_VERTEX_CUT
                ? String.format(Locale.ROOT, "weight %,.0f t", weight)
                : unit == CutUnit.ACTOR
                ? String.format(Locale.ROOT, "%d actor%s %s (%d nodes)", actors().size(),
                        actors().size() == 1 ? "" : "s", actors(), members.size())
                : String.format(Locale.ROOT, "%d node%s", members.size(), members.size() == 1 ? "" : "s");
        String what = method == Method.MINIMUM_VERTEX_CUT ? "minimum vertex cut (" + weighting.name()
                .toLowerCase(Locale.ROOT) + ")" : String.format(Locale.ROOT, "set for %.1f%%", 100 * targetShare);
        return String.format(Locale.ROOT, "MinimumCut[%s, supply %,.0f t, %s: %s, loses %,.0f t (%.1f%%)]", consumer,
                supply, what, w, tonnesLost, 100 * shareLost) + Chokepoint.lines(members, 10);
    }
}
