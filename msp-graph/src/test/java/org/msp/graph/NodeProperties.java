package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.model.Actor;
import org.msp.model.Stage;

/** The text form of a node: {@link Node#parse} reads back what {@link Node#toString()} writes. */
class NodeProperties {

    @Provide
    Arbitrary<Node> nodes() {
        Arbitrary<Actor> countries = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3).map(Actor::country);
        Arbitrary<Actor> facilities = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("._-")
                .ofMinLength(1).ofMaxLength(12).filter(s -> Character.isLetterOrDigit(s.charAt(0)))
                .map(Actor::facility);
        Arbitrary<String> minerals = Arbitraries.strings().withCharRange('a', 'z').withChars("_-")
                .ofMinLength(1).ofMaxLength(14);
        return Combinators.combine(Arbitraries.of(NodeKind.class), Arbitraries.oneOf(countries, facilities),
                Arbitraries.of(Stage.class), minerals).as(Node::new);
    }

    @Property
    void parse_readsBackToString(@ForAll("nodes") Node n) {
        assertEquals(n, Node.parse(n.toString()));
    }

    /** Equal exactly when every component is, with equal hash codes; consistent with compareTo. */
    @Property
    void equals_isComponentwise(@ForAll("nodes") Node a, @ForAll("nodes") Node b) {
        boolean same = a.kind() == b.kind() && a.actor().equals(b.actor()) && a.stage() == b.stage()
                && a.mineral().equals(b.mineral());
        assertEquals(same, a.equals(b));
        assertEquals(same, b.equals(a));
        assertEquals(same, a.compareTo(b) == 0);
        Node copy = new Node(a.kind(), Actor.parse(a.actor().toString()), a.stage(), new String(a.mineral()));
        assertEquals(a, copy);
        assertEquals(a.hashCode(), copy.hashCode());
        for (Node changed : new Node[] {
            new Node(a.kind() == NodeKind.ACTOR ? NodeKind.UNKNOWN_SOURCE : NodeKind.ACTOR, a.actor(), a.stage(),
                    a.mineral()),
            new Node(a.kind(), a.actor(), a.stage() == Stage.MINING ? Stage.REFINING : Stage.MINING, a.mineral()),
            new Node(a.kind(), a.actor(), a.stage(), a.mineral() + "x"),
            new Node(a.kind(), Actor.country(a.actor().id().equals("AAA") ? "AAB" : "AAA"), a.stage(), a.mineral())}) {
            assertTrue(!a.equals(changed) && !changed.equals(a), changed::toString);
        }
        assertTrue(!a.equals(null) && !a.equals(a.toString()));
    }

    @Property
    void toString_isThreePartsWithTheStageInTheMiddle(@ForAll("nodes") Node n) {
        String[] parts = n.toString().split("/");
        assertEquals(3, parts.length, n::toString);
        assertEquals(n.stage().id(), parts[1]);
        assertEquals(n.mineral(), parts[2]);
        assertEquals(n.isUnknownSource(), parts[0].startsWith("?"));
    }

    @Example
    void parse_examples() {
        assertEquals(Node.of("CHN", Stage.REFINING, "gallium"), Node.parse("CHN/refining/gallium"));
        assertEquals(Node.of(Actor.facility("ga-plant"), Stage.REFINING, "gallium"),
                Node.parse("facility:ga-plant/refining/gallium"));
        assertEquals(Node.unknownSourceOf(Node.of("DEU", Stage.REFINING, "gallium")),
                Node.parse("?DEU/refining/gallium"));
        assertEquals("CHN/refining/gallium", Node.of("CHN", Stage.REFINING, "gallium").toString());
    }

    @Example
    void parse_namesTheBadPart() {
        assertMessage("CHN/gallium", "expected ACTOR/stage/mineral");
        assertMessage("CHN/refining/gallium/x", "found 4 parts");
        assertMessage("China/refining/gallium", "actor 'China'");
        assertMessage("CHN/refinin/gallium", "unknown stage 'refinin'");
        assertMessage("CHN/refining/", "the mineral is missing");
        assertMessage("facility:Bad Id/refining/gallium", "actor 'facility:Bad Id'");
    }

    private static void assertMessage(String text, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Node.parse(text));
        assertTrue(e.getMessage().startsWith("node '" + text + "'"), e::getMessage);
        assertTrue(e.getMessage().contains(part), e::getMessage);
    }
}
