package org.msp.graph;

import java.util.Objects;
import org.msp.model.Actor;
import org.msp.model.Stage;

/**
 * A vertex of a {@link SupplyNetwork}: the product of one stage of one mineral held by one actor (a
 * country or a facility), or the unknown source that feeds such a vertex.
 *
 * <p>An actor node pools what the actor produces at that stage and what it imports of that stage's
 * product; its out-edges are exports and deliveries to the next stage. Nodes order by mineral, stage,
 * actor, then kind. Its text form, {@code ACTOR/stage/mineral}, is {@code "CHN/refining/gallium"} for a country,
 * {@code "facility:ID/refining/gallium"} for a facility and {@code "?CHN/refining/gallium"} for the unknown source
 * feeding {@code CHN/refining/gallium}; {@link #toString()} writes it, {@link #parse} reads it back, the command
 * line takes it and shocks print it. This class is immutable and thread-safe.
 *
 * @param kind    actor or unknown source
 * @param actor   the actor (for an unknown source, the actor it feeds)
 * @param stage   the stage of the product (an unknown source at stage S feeds its actor's node at S, or at
 *                the stage S feeds; see {@link NodeKind#UNKNOWN_SOURCE})
 * @param mineral mineral id
 */
public record Node(NodeKind kind, Actor actor, Stage stage, String mineral) implements Comparable<Node> {
    public Node {
        Objects.requireNonNull(kind, "Node.kind is null");
        Objects.requireNonNull(actor, "Node.actor is null");
        Objects.requireNonNull(stage, "Node.stage is null");
        Objects.requireNonNull(mineral, "Node.mineral is null");
        if (mineral.isEmpty() || mineral.indexOf('/') >= 0) {
            throw new IllegalArgumentException("Node.mineral is empty or holds '/': '" + mineral + "'");
        }
    }

    /**
     * Reads the text form {@link #toString()} writes: {@code ACTOR/stage/mineral}, with {@code ACTOR} an ISO3 code
     * or {@code facility:ID} ({@link Actor#parse}), {@code stage} a stage name ({@link Stage#parse}, which also
     * takes the synonyms USGS and the IEA use), and a leading {@code ?} for an unknown source. So
     * {@code Node.parse(n.toString()).equals(n)} for every node.
     *
     * @throws IllegalArgumentException if the text is not three parts separated by {@code /}, or a part is not
     *                                  valid; the message names the text and the bad part
     * @throws NullPointerException     if {@code text} is null
     */
    public static Node parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        NodeKind kind = NodeKind.ACTOR;
        if (t.startsWith("?")) {
            kind = NodeKind.UNKNOWN_SOURCE;
            t = t.substring(1);
        }
        String[] parts = t.split("/", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("node '" + text + "': expected ACTOR/stage/mineral, e.g. "
                    + "CHN/refining/gallium or facility:ID/refining/gallium, found " + parts.length + " part"
                    + (parts.length == 1 ? "" : "s"));
        }
        Actor actor;
        try {
            actor = Actor.parse(parts[0]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("node '" + text + "': actor '" + parts[0]
                    + "' is neither an ISO3 code (three capital letters) nor facility:ID", e);
        }
        Stage stage;
        try {
            stage = Stage.parse(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("node '" + text + "': " + e.getMessage(), e);
        }
        if (parts[2].isEmpty()) {
            throw new IllegalArgumentException("node '" + text + "': the mineral is missing");
        }
        return new Node(kind, actor, stage, parts[2]);
    }

    /** Returns the actor node of a country at a stage, e.g. {@code Node.of("CHN", Stage.REFINING, "gallium")}. */
    public static Node of(String iso3, Stage stage, String mineral) {
        return new Node(NodeKind.ACTOR, Actor.country(iso3), stage, mineral);
    }

    /** Returns the actor node of {@code actor} at a stage. */
    public static Node of(Actor actor, Stage stage, String mineral) {
        return new Node(NodeKind.ACTOR, actor, stage, mineral);
    }

    /** Returns the unknown-source node that feeds {@code fed}. */
    public static Node unknownSourceOf(Node fed) {
        return new Node(NodeKind.UNKNOWN_SOURCE, fed.actor(), fed.stage(), fed.mineral());
    }

    /** Returns true if this is an unknown-source node. */
    public boolean isUnknownSource() {
        return kind == NodeKind.UNKNOWN_SOURCE;
    }

    /** Returns true if the actor is a country. */
    public boolean isCountry() {
        return actor.isCountry();
    }

    /**
     * Written out, as {@link Actor}'s are: networks hash their nodes at every edge (the JGraphT graph, the indexes,
     * the builder's maps), and the record's generated method costs several times more before the JIT has compiled it.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Node n && kind == n.kind && stage == n.stage && mineral.equals(n.mineral)
                && actor.equals(n.actor);
    }

    @Override
    public int hashCode() {
        return ((kind.ordinal() * 31 + actor.hashCode()) * 31 + stage.ordinal()) * 31 + mineral.hashCode();
    }

    @Override
    public int compareTo(Node o) {
        // Mineral, stage, actor (kind, id: Actor's order), kind; written out, as a Comparator chain cost a
        // third of building a large network.
        int c = mineral.compareTo(o.mineral);
        if (c != 0) {
            return c;
        }
        c = stage.compareTo(o.stage);
        if (c != 0) {
            return c;
        }
        if (actor != o.actor) {
            c = actor.kind().compareTo(o.actor.kind());
            if (c != 0) {
                return c;
            }
            c = actor.id().compareTo(o.actor.id());
            if (c != 0) {
                return c;
            }
        }
        return kind.compareTo(o.kind);
    }

    @Override
    public String toString() {
        return (kind == NodeKind.UNKNOWN_SOURCE ? "?" : "") + actor + "/" + stage + "/" + mineral;
    }
}
