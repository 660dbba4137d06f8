package org.msp.graph.chokepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Stage;

/**
 * Hand-worked networks.
 *
 * <p>Network 1 (no loop):
 * <pre>
 *   AUS mine (own 100) --80--> CHN refiner --90--> KOR material (consumer K)
 *   AUS mine           --20--> USA refiner --20--> JPN material (consumer J)
 *   CHL mine (own 50)  --40--> CHN refiner --30--> JPN material
 * </pre>
 * Throughputs: AUS 100, CHL 50, CHN 120, USA 20, KOR 90, JPN 50. CHN passes on 80/120 AUS and 40/120 CHL.
 *
 * <p>Network 2 (a recycling loop): AUS mine (own 100) --100--> CHN refiner --125--> KOR component --50--> KOR
 * recycling --25--> CHN refiner. Fractions: the refiner passes on all, KOR component 50/125 = 0.4 to
 * recycling, recycling 25/50 = 0.5 back: T(refiner) = 100 + 0.2 T(refiner) = 125.
 */
class ChokepointsTest {
    private static final String LI = "lithium";
    private static final Node AUS = Node.of("AUS", Stage.MINING, LI);
    private static final Node CHL = Node.of("CHL", Stage.MINING, LI);
    private static final Node CHN = Node.of("CHN", Stage.REFINING, LI);
    private static final Node USA = Node.of("USA", Stage.REFINING, LI);
    private static final Node KOR = Node.of("KOR", Stage.MATERIAL, LI);
    private static final Node JPN = Node.of("JPN", Stage.MATERIAL, LI);

    private static final Node KOR_COMP = Node.of("KOR", Stage.COMPONENT, LI);
    private static final Node KOR_REC = Node.of("KOR", Stage.RECYCLING, LI);

    static SupplyNetwork network1() {
        return SupplyNetwork.builder(2024)
                .node(AUS, 100).node(CHL, 50)
                .edge(AUS, CHN, 80).edge(AUS, USA, 20).edge(CHL, CHN, 40)
                .edge(CHN, KOR, 90).edge(CHN, JPN, 30).edge(USA, JPN, 20)
                .build();
    }

    static SupplyNetwork network2() {
        return SupplyNetwork.builder(2024)
                .node(AUS, 100)
                .edge(AUS, CHN, 100).edge(CHN, KOR_COMP, 125).edge(KOR_COMP, KOR_REC, 50).edge(KOR_REC, CHN, 25)
                .build();
    }

    @Test
    void dominators_singleRefiner_isTheSinglePointOfFailure() {
        Dominators d = Chokepoints.dominators(network1(), KOR);
        assertEquals(List.of(CHN), d.nodes());
        assertEquals(90, d.supply(), 1e-9);
        assertEquals(90, d.dominators().get(0).tonnesLost(), 1e-9);
        assertEquals(1.0, d.dominators().get(0).shareLost(), 1e-12);
        assertTrue(d.hasSinglePointOfFailure());
    }

    @Test
    void dominators_twoIndependentRoutes_haveNone() {
        assertFalse(Chokepoints.dominators(network1(), JPN).hasSinglePointOfFailure());
        // A consumer with its own supply is never cut off by another node.
        assertFalse(Chokepoints.dominators(network1(), AUS).hasSinglePointOfFailure());
    }

    @Test
    void dominatorTree_network1_listsEveryImmediateDominator() {
        DominatorTree t = Chokepoints.dominatorTree(network1());
        assertEquals(java.util.Map.of(USA, AUS, KOR, CHN), t.immediateDominator());
        assertTrue(t.unreachable().isEmpty());
        assertTrue(t.dominates(CHN, KOR));
        assertFalse(t.dominates(AUS, KOR));
        assertEquals(List.of(AUS), t.dominators(USA));
    }

    @Test
    void dominators_recyclingLoop_chainFromTheMine() {
        SupplyNetwork n = network2();
        assertEquals(List.of(AUS, CHN), Chokepoints.dominators(n, KOR_COMP).nodes());
        DominatorTree t = Chokepoints.dominatorTree(n);
        assertEquals(AUS, t.immediateDominator(CHN).orElseThrow());
        assertEquals(KOR_COMP, t.immediateDominator(KOR_REC).orElseThrow());
        assertEquals(List.of(AUS, CHN, KOR_COMP), t.dominators(KOR_REC));
    }

    @Test
    void dominatorTree_nodeWithoutSupply_isUnreachable() {
        SupplyNetwork n = SupplyNetwork.builder(2024).node(AUS, 10).node(CHL, 0).edge(AUS, CHN, 10)
                .edge(CHL, USA, 0).build();
        DominatorTree t = Chokepoints.dominatorTree(n);
        assertEquals(Set.of(CHL, USA), t.unreachable());
        assertTrue(Chokepoints.dominators(n, USA).dominators().isEmpty());
    }

    @Test
    void removalImpact_network1_korea() {
        RemovalImpact r = Chokepoints.removalImpact(network1(), KOR);
        assertEquals(90, r.supply(), 1e-9);
        // CHN carries all 90; of CHN's 120, 80 come from AUS and 40 from CHL: 90 * 80/120 = 60, 90 * 40/120 = 30.
        assertEquals(List.of(CHN, AUS, CHL), r.impacts().stream().map(Chokepoint::node).toList());
        assertEquals(90, r.tonnesLost(CHN), 1e-9);
        assertEquals(60, r.tonnesLost(AUS), 1e-9);
        assertEquals(30, r.tonnesLost(CHL), 1e-9);
        assertEquals(0, r.tonnesLost(USA), 0);
        assertEquals(2.0 / 3, r.shareLost(AUS), 1e-12);
        assertEquals(90, r.tonnesLost(KOR), 1e-9);
    }

    @Test
    void removalImpact_network1_japan() {
        RemovalImpact r = Chokepoints.removalImpact(network1(), JPN);
        // JPN gets 30 from CHN and 20 from USA. AUS: 30 * 80/120 + 20 = 40; CHN 30; USA 20; CHL 30 * 40/120 = 10.
        assertEquals(List.of(AUS, CHN, USA, CHL), r.impacts().stream().map(Chokepoint::node).toList());
        assertEquals(40, r.tonnesLost(AUS), 1e-9);
        assertEquals(0.8, r.shareLost(AUS), 1e-12);
        assertEquals(30, r.tonnesLost(CHN), 1e-9);
        assertEquals(20, r.tonnesLost(USA), 1e-9);
        assertEquals(10, r.tonnesLost(CHL), 1e-9);
        assertEquals(List.of(AUS, CHN), r.top(2).stream().map(Chokepoint::node).toList());
    }

    @Test
    void removalImpact_recyclingLoop_losesTheRecycledShare() {
        RemovalImpact r = Chokepoints.removalImpact(network2(), KOR_COMP);
        assertEquals(125, r.supply(), 1e-9);
        // Without recycling the refiner has 100 and passes all on: KOR loses 25 (20%).
        assertEquals(25, r.tonnesLost(KOR_REC), 1e-9);
        assertEquals(0.2, r.shareLost(KOR_REC), 1e-12);
        assertEquals(125, r.tonnesLost(CHN), 1e-9);
        assertEquals(125, r.tonnesLost(AUS), 1e-9);
    }

    @Test
    void minimumCut_nodes_japanNeedsTwo() {
        MinimumCut c = Chokepoints.minimumCut(network1(), JPN, CutWeight.NODES);
        assertEquals(2, c.weight(), 1e-9);
        assertEquals(2, c.members().size());
        assertEquals(50, c.tonnesLost(), 1e-9);
        assertEquals(1.0, c.shareLost(), 1e-12);
        // The cut nearest the sources: both mines.
        assertEquals(Set.of(AUS, CHL), Set.copyOf(c.nodes()));
        assertEquals(MinimumCut.Method.MINIMUM_VERTEX_CUT, c.method());
    }

    @Test
    void minimumCut_tonnes_japanCutsTheRefiners() {
        // Node weights: AUS 100, CHL 50, CHN 120, USA 20. Separators: {AUS, CHL} = 150, {CHN, USA} = 140,
        // {AUS, CHN} = 220: the lightest is {CHN, USA}.
        MinimumCut c = Chokepoints.minimumCut(network1(), JPN, CutWeight.TONNES);
        assertEquals(140, c.weight(), 1e-9);
        assertEquals(Set.of(CHN, USA), Set.copyOf(c.nodes()));
        assertEquals(50, c.tonnesLost(), 1e-9);
    }

    @Test
    void minimumCut_korea_oneNode() {
        MinimumCut c = Chokepoints.minimumCut(network1(), KOR, CutWeight.NODES);
        assertEquals(1, c.weight(), 1e-9);
        // AUS alone leaves CHL -> CHN -> KOR: only CHN separates alone.
        assertEquals(List.of(CHN), c.nodes());
        assertEquals(90, c.members().get(0).tonnesLost(), 1e-9);
    }

    @Test
    void cutForShare_half_oneMineSuffices() {
        MinimumCut c = Chokepoints.cutForShare(network1(), JPN, 0.5);
        assertEquals(List.of(AUS), c.nodes());
        assertEquals(40, c.tonnesLost(), 1e-9);
        assertEquals(0.8, c.shareLost(), 1e-12);
        assertEquals(1, c.weight(), 0);
        assertEquals(MinimumCut.Method.GREEDY_FOR_SHARE, c.method());
    }

    @Test
    void cutForShare_ninetyPercent_needsTwo() {
        MinimumCut c = Chokepoints.cutForShare(network1(), JPN, 0.9);
        assertEquals(2, c.members().size());
        assertTrue(c.nodes().contains(AUS));
        assertEquals(50, c.tonnesLost(), 1e-9);
    }

    @Test
    void cutForShare_ownSupplyOutOfReach_isRefused() {
        SupplyNetwork n = SupplyNetwork.builder(2024).node(AUS, 100).node(CHN, 100).edge(AUS, CHN, 100).build();
        // CHN has 200, 100 of them its own: at most 50% can be cut.
        assertEquals(List.of(AUS), Chokepoints.cutForShare(n, CHN, 0.5).nodes());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Chokepoints.cutForShare(n, CHN, 0.6));
        assertTrue(e.getMessage().contains("own supply"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Chokepoints.cutForShare(n, CHN, 0));
        assertThrows(IllegalArgumentException.class, () -> Chokepoints.cutForShare(n, AUS, 0.5));
    }

    /**
     * Network 3 (two countries at two stages): AUS mine (own 100) sends 30 to AUS refining and 70 to CHN refining;
     * CHN mine (own 50) sends 50 to CHN refining; AUS refining sends its 30 and CHN refining 60 of its 120 to the
     * KOR material node, which also gets 10 from KOR's own mine (own 10): KOR material has 100.
     */
    static SupplyNetwork network3() {
        Node ausRef = Node.of("AUS", Stage.REFINING, LI);
        Node chnMine = Node.of("CHN", Stage.MINING, LI);
        Node korMine = Node.of("KOR", Stage.MINING, LI);
        return SupplyNetwork.builder(2024).node(AUS, 100).node(chnMine, 50).node(korMine, 10)
                .edge(AUS, ausRef, 30).edge(AUS, CHN, 70).edge(chnMine, CHN, 50)
                .edge(ausRef, KOR, 30).edge(CHN, KOR, 60).edge(korMine, KOR, 10)
                .build();
    }

    @Test
    void cutForShare_actors_loseAllTheirStages() {
        SupplyNetwork n = network3();
        // Losing Australia (mine and refinery): KOR keeps CHN refining's 50 t from CHN ore, half of it sent on
        // (60 of 120), 25 t, plus its own 10: it loses 30 + 35 = 65 t of 100.
        MinimumCut c = Chokepoints.cutForShare(n, KOR, 0.5, CutUnit.ACTOR);
        assertEquals(List.of(org.msp.model.Actor.country("AUS")), c.actors());
        assertEquals(Set.of(AUS, Node.of("AUS", Stage.REFINING, LI)), Set.copyOf(c.nodes()));
        assertEquals(1, c.weight(), 0);
        assertEquals(65, c.tonnesLost(), 1e-9);
        assertEquals(CutUnit.ACTOR, c.unit());
        assertTrue(c.toString().contains("1 actor [AUS] (2 nodes)"), c.toString());
        // Losing China instead costs 60 t; 90% (90 t) needs both foreign countries.
        MinimumCut both = Chokepoints.cutForShare(n, KOR, 0.9, CutUnit.ACTOR);
        assertEquals(2, both.weight(), 0);
        assertEquals(90, both.tonnesLost(), 1e-9);
    }

    @Test
    void cutForShare_actors_neverCutTheConsumersOwnCountry() {
        SupplyNetwork n = network3();
        // KOR's own mine supplies 10 of 100: by actors at most 90% can be cut; by nodes, its mine is another node.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Chokepoints.cutForShare(n, KOR, 0.95, CutUnit.ACTOR));
        assertTrue(e.getMessage().contains("own actor"), e.getMessage());
        MinimumCut byNode = Chokepoints.cutForShare(n, KOR, 0.95);
        assertTrue(byNode.nodes().contains(Node.of("KOR", Stage.MINING, LI)), byNode.toString());
        assertTrue(byNode.tonnesLost() >= 95 - 1e-9);
    }

    @Test
    void betweenness_network1_refinersPassSupplyOn() {
        FlowBetweenness b = Chokepoints.betweenness(network1());
        assertEquals(150, b.totalSupply(), 1e-9);
        // CHN receives 120 and passes on 120; USA 20 and 20. Mines and consumers score 0.
        assertEquals(List.of(CHN, USA), b.ranking().stream().map(Chokepoint::node).toList());
        assertEquals(120, b.tonnes(CHN), 1e-9);
        assertEquals(0.8, b.ranking().get(0).shareLost(), 1e-12);
        assertEquals(20, b.tonnes(USA), 1e-9);
        assertEquals(0, b.tonnes(AUS), 0);
    }

    @Test
    void betweenness_partialPassOn_isMixedInProportion() {
        // CHN: own 60, imports 40, exports 50: half of what it has leaves, 40% of it imported: 40 * 50 / 100 = 20.
        SupplyNetwork n = SupplyNetwork.builder(2024).node(AUS, 40).node(CHN, 60).edge(AUS, CHN, 40)
                .edge(CHN, KOR, 50).build();
        assertEquals(20, Chokepoints.betweenness(n).tonnes(CHN), 1e-9);
    }

    @Test
    void of_network1_korea_summarises() {
        ConsumerChokepoints c = Chokepoints.of(network1(), "KOR", Stage.MATERIAL);
        assertEquals(List.of(CHN), c.dominators().nodes());
        assertEquals(CHN, c.removalImpact().impacts().get(0).node());
        assertEquals(List.of(CHN), c.minimumCut().nodes());
        String s = c.toString();
        assertTrue(s.startsWith("Chokepoints of KOR/material/lithium (supply 90 t)"), s);
        assertTrue(s.contains("CHN/refining/lithium dominator: 90 t (100.0%)"), s);
        assertTrue(s.lines().count() <= 25, s);
    }

    @Test
    void unknownNode_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Chokepoints.removalImpact(network1(), Node.of("DEU", Stage.MATERIAL, LI)));
        assertThrows(IllegalArgumentException.class, () -> Chokepoints.of(network1(), "DEU", Stage.MATERIAL));
    }

    @Test
    void toString_isBounded() {
        SupplyNetwork.Builder b = SupplyNetwork.builder(2024);
        Node consumer = Node.of("KOR", Stage.REFINING, LI);
        String[] countries = {"AUS", "CHL", "ARG", "BRA", "CAN", "CHN", "COD", "DEU", "FIN", "IDN", "IND", "JPN",
            "MEX", "NAM", "PER", "PRT", "USA", "ZWE"};
        for (String c : countries) {
            Node mine = Node.of(c, Stage.MINING, LI);
            b.node(mine, 10).edge(mine, consumer, 10);
        }
        RemovalImpact r = Chokepoints.removalImpact(b.build(), consumer);
        assertEquals(18, r.impacts().size());
        assertTrue(r.toString().contains("... and 8 more"), r.toString());
        assertTrue(r.toString().lines().count() <= 12);
    }
}
