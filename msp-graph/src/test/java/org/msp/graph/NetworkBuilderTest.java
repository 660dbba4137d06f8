package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.msp.graph.HandWorked.li;
import static org.msp.graph.HandWorked.unknownLi;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msp.model.Dataset;
import org.msp.model.FlowOrigin;
import org.msp.model.Production;
import org.msp.model.Stage;

class NetworkBuilderTest {
    private static final double EPS = 1e-9;

    private static double tonnes(SupplyNetwork n, Node s, Node t) {
        return n.edge(s, t).orElseThrow(() -> new AssertionError("no edge " + s + " -> " + t)).tonnes();
    }

    @Test
    void build_handWorked_hasTheWorkedOutNodesAndEdges() {
        SupplyNetwork n = HandWorked.lithium2024();
        assertEquals(11, n.nodeCount(), n.nodes()::toString);
        assertEquals(9, n.edgeCount(), n.edges()::toString);
        assertEquals(90, tonnes(n, li("AUS", Stage.MINING), li("CHN", Stage.MINING)), EPS);
        assertEquals(110, tonnes(n, li("CHN", Stage.MINING), li("CHN", Stage.REFINING)), EPS);
        assertEquals(10, tonnes(n, unknownLi("CHN", Stage.MINING), li("CHN", Stage.REFINING)), EPS);
        assertEquals(20, tonnes(n, unknownLi("CHN", Stage.REFINING), li("CHN", Stage.REFINING)), EPS);
        assertEquals(30, tonnes(n, li("CHL", Stage.MINING), li("CHL", Stage.REFINING)), EPS);
        assertEquals(10, tonnes(n, unknownLi("KOR", Stage.MINING), li("KOR", Stage.REFINING)), EPS);
        assertEquals(40, tonnes(n, li("CHN", Stage.REFINING), li("KOR", Stage.REFINING)), EPS);
        // Own supply at mining; zero at refining, whose output is transformed input.
        assertEquals(100, n.ownSupply(li("AUS", Stage.MINING)), EPS);
        assertEquals(0, n.ownSupply(li("CHN", Stage.REFINING)), EPS);
        assertEquals(140, n.throughput(li("CHN", Stage.REFINING)), EPS);
        assertEquals(50, n.throughput(li("KOR", Stage.REFINING)), EPS);
        assertEquals(10, n.ownSupply(unknownLi("KOR", Stage.MINING)), EPS);
        // What no one needs stays: AUS keeps 10, CHL 15.
        assertFalse(n.edge(li("AUS", Stage.MINING), li("AUS", Stage.REFINING)).isPresent());
        assertTrue(n.compact().isAcyclic());
    }

    @Test
    void build_inferredEdges_areMarkedWithTheRule() {
        SupplyNetwork n = HandWorked.lithium2024();
        SupplyEdge domestic = n.edge(li("CHN", Stage.MINING), li("CHN", Stage.REFINING)).orElseThrow();
        assertEquals(FlowOrigin.INFERRED, domestic.origin());
        assertEquals("proportional domestic supply", domestic.provenance().table());
        SupplyEdge unknown = n.edge(unknownLi("CHN", Stage.REFINING), li("CHN", Stage.REFINING)).orElseThrow();
        assertTrue(unknown.isInferred());
        assertEquals("unknown source", unknown.provenance().table());
        SupplyEdge trade = n.edge(li("CHN", Stage.REFINING), li("JPN", Stage.REFINING)).orElseThrow();
        assertEquals(FlowOrigin.REPORTED, trade.origin());
        assertEquals(HandWorked.P, trade.provenance());
        assertEquals(5, n.edges().stream().filter(SupplyEdge::isInferred).count());
    }

    @Test
    void build_conservesFlowAtEveryNode() {
        SupplyNetwork n = HandWorked.lithium2024();
        for (Node v : n.nodes()) {
            double out = n.graph().outgoingEdgesOf(v).stream().mapToDouble(SupplyEdge::tonnes).sum();
            assertTrue(out <= n.throughput(v) * (1 + EPS), v + " sends " + out + " of " + n.throughput(v));
        }
    }

    @Test
    void noInference_feedsTransformedProductionFromUnknownSources() {
        SupplyNetwork n = SupplyNetworks.builder(HandWorked.dataset(), 2024).minerals("lithium").noInference().build();
        assertEquals(120, tonnes(n, unknownLi("CHN", Stage.MINING), li("CHN", Stage.REFINING)), EPS);
        assertEquals(30, tonnes(n, unknownLi("CHL", Stage.MINING), li("CHL", Stage.REFINING)), EPS);
        assertFalse(n.edge(li("CHN", Stage.MINING), li("CHN", Stage.REFINING)).isPresent());
    }

    @Test
    void delivery_userSuppliedCountsBeforeTheRule() {
        SupplyNetwork n = SupplyNetworks.builder(HandWorked.dataset(), 2024).minerals("lithium")
                .delivery(li("AUS", Stage.MINING), li("KOR", Stage.REFINING), 6, HandWorked.P)
                .build();
        assertEquals(6, tonnes(n, li("AUS", Stage.MINING), li("KOR", Stage.REFINING)), EPS);
        assertEquals(FlowOrigin.REPORTED, n.edge(li("AUS", Stage.MINING), li("KOR", Stage.REFINING)).get().origin());
        // KOR needed 10: 6 delivered, 4 unknown.
        assertEquals(4, tonnes(n, unknownLi("KOR", Stage.MINING), li("KOR", Stage.REFINING)), EPS);
    }

    @Test
    void inferenceRule_replacedRuleIsUsedAndChecked() {
        InferenceRule greedy = new InferenceRule() {
            @Override
            public String name() {
                return "greedy test rule";
            }

            @Override
            public List<Delivery> deliveries(Transfer t) {
                Node target = t.needed().firstKey();
                return t.available().entrySet().stream()
                        .map(e -> new Delivery(e.getKey(), target, Math.min(e.getValue(), t.needed().get(target))))
                        .toList();
            }
        };
        SupplyNetwork n = SupplyNetworks.builder(HandWorked.dataset(), 2024).minerals("lithium").inferenceRule(greedy)
                .build();
        assertEquals("greedy test rule",
                n.edge(li("CHN", Stage.MINING), li("CHN", Stage.REFINING)).orElseThrow().provenance().table());
        InferenceRule cheat = new InferenceRule() {
            @Override
            public String name() {
                return "creates mass";
            }

            @Override
            public List<Delivery> deliveries(Transfer t) {
                return t.available().keySet().stream()
                        .map(a -> new Delivery(a, t.needed().firstKey(), t.totalAvailable() * 2)).toList();
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SupplyNetworks.builder(HandWorked.dataset(), 2024).minerals("lithium").inferenceRule(cheat).build());
        assertTrue(e.getMessage().contains("creates mass"), e.getMessage());
    }

    @Test
    void build_tradeOnlyOrProductionOnly_isValid() {
        SupplyNetwork cobalt = SupplyNetworks.of(HandWorked.dataset(), 2024, "cobalt");
        // Trade with no production: the exporters' supply is unknown.
        assertEquals(7, cobalt.ownSupply(Node.unknownSourceOf(Node.of("CHN", Stage.REFINING, "cobalt"))), EPS);
        assertEquals(10, cobalt.throughput(Node.of("KOR", Stage.REFINING, "cobalt")), EPS);
        Dataset prodOnly = Dataset.builder().countries("AUS").minerals("lithium")
                .add(Production.of("AUS", "lithium", Stage.MINING, 2024, 7, HandWorked.P)).build();
        SupplyNetwork n = SupplyNetworks.of(prodOnly, 2024);
        assertEquals(1, n.nodeCount());
        assertEquals(0, n.edgeCount());
    }

    @Test
    void build_mixedBases_needAConversion() {
        Dataset d = HandWorked.dataset().toBuilder()
                .add(new org.msp.model.Flow(org.msp.model.Actor.country("CHL"), org.msp.model.Actor.country("KOR"),
                        "lithium", Stage.REFINING, 2024,
                        new org.msp.model.Quantity(50, org.msp.model.Basis.CARBONATE_EQUIVALENT),
                        java.util.OptionalDouble.empty(), FlowOrigin.REPORTED, HandWorked.P))
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SupplyNetworks.of(d, 2024, "lithium"));
        assertTrue(e.getMessage().contains("carbonate_equivalent") && e.getMessage().contains("conversion"),
                e.getMessage());
        SupplyNetwork n = SupplyNetworks.builder(d, 2024).minerals("lithium")
                .conversion("lithium", org.msp.model.Basis.CARBONATE_EQUIVALENT, 0.2).build();
        assertEquals(10, tonnes(n, li("CHL", Stage.REFINING), li("KOR", Stage.REFINING)), EPS);
        // CHL's refining (30 t) now exports 10: it keeps 20.
        assertEquals(30, n.throughput(li("CHL", Stage.REFINING)), EPS);
    }

    @Test
    void build_yearWithoutData_isEmpty() {
        SupplyNetwork n = SupplyNetworks.of(HandWorked.dataset(), 1999);
        assertEquals(0, n.nodeCount());
        assertEquals(0, n.edgeCount());
        assertEquals(1999, n.year());
    }

    @Test
    void minerals_unknownMineral_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SupplyNetworks.of(HandWorked.dataset(), 2024, "unobtainium"));
        assertTrue(e.getMessage().contains("unobtainium"), e.getMessage());
    }

    @Test
    void delivery_betweenNonConsecutiveStages_isRefused() {
        NetworkBuilder b = SupplyNetworks.builder(HandWorked.dataset(), 2024);
        assertThrows(IllegalArgumentException.class,
                () -> b.delivery(li("AUS", Stage.MINING), li("KOR", Stage.MATERIAL), 1, HandWorked.P));
        assertThrows(IllegalArgumentException.class,
                () -> b.delivery(li("AUS", Stage.MINING), li("KOR", Stage.REFINING), -1, HandWorked.P));
    }
}
