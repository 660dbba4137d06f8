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
import org.msp.model.Flow;
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
        assertEquals("domestic supply (proportional)", domestic.provenance().table());
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
                .noUnreportedTrade().build();
        assertEquals(6, tonnes(n, li("AUS", Stage.MINING), li("KOR", Stage.REFINING)), EPS);
        assertEquals(FlowOrigin.REPORTED, n.edge(li("AUS", Stage.MINING), li("KOR", Stage.REFINING)).get().origin());
        // KOR needed 10: 6 delivered, 4 unknown.
        assertEquals(4, tonnes(n, unknownLi("KOR", Stage.MINING), li("KOR", Stage.REFINING)), EPS);
    }

    /**
     * Unreported ore trade, worked out:
     * <pre>
     * lithium mining   AUS 90, BRA 20, CHN 20     refining   AUS 10, CHN 60, KOR 10
     * domestic phase   AUS: pool 90, needs 10 -> 10 at home, 80 left;  BRA: 20 left
     *                  CHN: pool 20, needs 60 -> 20 at home, short 40; KOR: short 10
     * world phase      A = 80 + 20 = 100, N = 40 + 10 = 50, D = 50
     *                  AUS -> CHN 50 * 0.8 * 0.8 = 32   AUS -> KOR 50 * 0.8 * 0.2 = 8
     *                  BRA -> CHN 50 * 0.2 * 0.8 = 8    BRA -> KOR 50 * 0.2 * 0.2 = 2
     * </pre>
     * With CHN refining 220 and KOR 50 instead, N = 200 + 50 = 250 > A = 100: D = 100, AUS -> CHN 64,
     * AUS -> KOR 16, BRA -> CHN 16, BRA -> KOR 4, and the rest unknown: CHN 120, KOR 30.
     */
    private static Dataset unreportedTrade(double chnRefining, double korRefining) {
        return Dataset.builder().name("unreported trade").countries("AUS", "BRA", "CHN", "KOR").minerals("lithium")
                .add(Production.of("AUS", "lithium", Stage.MINING, 2024, 90, HandWorked.P))
                .add(Production.of("BRA", "lithium", Stage.MINING, 2024, 20, HandWorked.P))
                .add(Production.of("CHN", "lithium", Stage.MINING, 2024, 20, HandWorked.P))
                .add(Production.of("AUS", "lithium", Stage.REFINING, 2024, 10, HandWorked.P))
                .add(Production.of("CHN", "lithium", Stage.REFINING, 2024, chnRefining, HandWorked.P))
                .add(Production.of("KOR", "lithium", Stage.REFINING, 2024, korRefining, HandWorked.P))
                .build();
    }

    @Test
    void build_unreportedTrade_surplusFeedsShortProducersInProportion() {
        SupplyNetwork n = SupplyNetworks.of(unreportedTrade(60, 10), 2024, "lithium");
        assertEquals(10, tonnes(n, li("AUS", Stage.MINING), li("AUS", Stage.REFINING)), EPS);
        assertEquals(20, tonnes(n, li("CHN", Stage.MINING), li("CHN", Stage.REFINING)), EPS);
        assertEquals(32, tonnes(n, li("AUS", Stage.MINING), li("CHN", Stage.REFINING)), EPS);
        assertEquals(8, tonnes(n, li("AUS", Stage.MINING), li("KOR", Stage.REFINING)), EPS);
        assertEquals(8, tonnes(n, li("BRA", Stage.MINING), li("CHN", Stage.REFINING)), EPS);
        assertEquals(2, tonnes(n, li("BRA", Stage.MINING), li("KOR", Stage.REFINING)), EPS);
        assertTrue(n.nodes().stream().noneMatch(Node::isUnknownSource), n.nodes()::toString);
        SupplyEdge trade = n.edge(li("AUS", Stage.MINING), li("CHN", Stage.REFINING)).orElseThrow();
        assertEquals(FlowOrigin.INFERRED, trade.origin());
        assertEquals("unreported trade (proportional)", trade.provenance().table());
        assertEquals("domestic supply (proportional)",
                n.edge(li("CHN", Stage.MINING), li("CHN", Stage.REFINING)).orElseThrow().provenance().table());
        assertEquals(60, n.throughput(li("CHN", Stage.REFINING)), EPS);
    }

    @Test
    void build_unreportedTrade_shortWorldTakesTheExcessAsSecondarySupply() {
        SupplyNetwork n = SupplyNetworks.of(unreportedTrade(220, 50), 2024, "lithium");
        assertEquals(64, tonnes(n, li("AUS", Stage.MINING), li("CHN", Stage.REFINING)), EPS);
        assertEquals(16, tonnes(n, li("AUS", Stage.MINING), li("KOR", Stage.REFINING)), EPS);
        assertEquals(16, tonnes(n, li("BRA", Stage.MINING), li("CHN", Stage.REFINING)), EPS);
        assertEquals(4, tonnes(n, li("BRA", Stage.MINING), li("KOR", Stage.REFINING)), EPS);
        // The world refines 280 t from 130 t of ore: the other 150 t are scrap, not an unknown mine.
        assertEquals(120, tonnes(n, li("CHN", Stage.RECYCLING), li("CHN", Stage.REFINING)), EPS);
        assertEquals(30, tonnes(n, li("KOR", Stage.RECYCLING), li("KOR", Stage.REFINING)), EPS);
        assertEquals(NetworkBuilder.SECONDARY_TABLE,
                n.edge(li("KOR", Stage.RECYCLING), li("KOR", Stage.REFINING)).orElseThrow().provenance().table());
        assertTrue(n.nodes().stream().noneMatch(Node::isUnknownSource), n.nodes()::toString);
        // Every mine sends on all it has: nothing is left in the world pool.
        assertEquals(90, n.graph().outgoingEdgesOf(li("AUS", Stage.MINING)).stream()
                .mapToDouble(SupplyEdge::tonnes).sum(), EPS);
    }

    @Test
    void noUnreportedTrade_leavesTheGapsToUnknownSources() {
        SupplyNetwork n = SupplyNetworks.builder(unreportedTrade(60, 10), 2024).minerals("lithium")
                .noUnreportedTrade().build();
        assertFalse(n.edge(li("AUS", Stage.MINING), li("CHN", Stage.REFINING)).isPresent());
        assertEquals(40, tonnes(n, unknownLi("CHN", Stage.MINING), li("CHN", Stage.REFINING)), EPS);
        assertEquals(10, tonnes(n, unknownLi("KOR", Stage.MINING), li("KOR", Stage.REFINING)), EPS);
    }

    @Test
    void build_reportedOreTradeCountsBeforeUnreportedTrade() {
        // AUS reports 30 t of ore to KOR: KOR's need is met by it, and only 50 t of AUS ore stays in the pool.
        Dataset d = unreportedTrade(60, 10).toBuilder()
                .add(Flow.of("AUS", "KOR", "lithium", Stage.MINING, 2024, 30, HandWorked.P)).build();
        SupplyNetwork n = SupplyNetworks.of(d, 2024, "lithium");
        assertEquals(10, tonnes(n, li("KOR", Stage.MINING), li("KOR", Stage.REFINING)), EPS);
        assertFalse(n.edge(li("AUS", Stage.MINING), li("KOR", Stage.REFINING)).isPresent());
        // World phase: pools AUS 50, BRA 20, KOR 20 (imports it did not use) = 90; CHN short 40.
        assertEquals(40 * 50 / 90.0, tonnes(n, li("AUS", Stage.MINING), li("CHN", Stage.REFINING)), EPS);
        assertEquals(40 * 20 / 90.0, tonnes(n, li("KOR", Stage.MINING), li("CHN", Stage.REFINING)), EPS);
    }

    @Test
    void unreportedTradeRule_seesTheWorldTransferAndIsChecked() {
        List<InferenceRule.Transfer> seen = new java.util.ArrayList<>();
        InferenceRule spy = new InferenceRule() {
            @Override
            public String name() {
                return "spy";
            }

            @Override
            public List<Delivery> deliveries(Transfer t) {
                seen.add(t);
                return List.of();
            }
        };
        SupplyNetwork n = SupplyNetworks.builder(unreportedTrade(60, 10), 2024).minerals("lithium")
                .unreportedTradeRule(spy).build();
        assertEquals(1, seen.size(), seen::toString);
        InferenceRule.Transfer t = seen.get(0);
        assertTrue(t.isCrossBorder());
        assertEquals(InferenceRule.Transfer.WORLD, t.country());
        assertEquals(100, t.totalAvailable(), EPS);
        assertEquals(50, t.totalNeeded(), EPS);
        assertEquals(40, tonnes(n, unknownLi("CHN", Stage.MINING), li("CHN", Stage.REFINING)), EPS);
        InferenceRule cheat = new InferenceRule() {
            @Override
            public String name() {
                return "overdelivers";
            }

            @Override
            public List<Delivery> deliveries(Transfer t) {
                return List.of(new Delivery(t.available().firstKey(), t.needed().firstKey(), t.totalAvailable()));
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SupplyNetworks.builder(unreportedTrade(60, 10), 2024).minerals("lithium")
                        .unreportedTradeRule(cheat).build());
        assertTrue(e.getMessage().contains("overdelivers"), e.getMessage());
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
        assertEquals("domestic supply (greedy test rule)",
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
