package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.msp.model.Stage;

class SupplyNetworkTest {
    private static final Node AUS_MINE = Node.of("AUS", Stage.MINING, "lithium");
    private static final Node CHN_MINE = Node.of("CHN", Stage.MINING, "lithium");
    private static final Node CHN_REFINE = Node.of("CHN", Stage.REFINING, "lithium");
    private static final Node KOR_REFINE = Node.of("KOR", Stage.REFINING, "lithium");
    private static final Node KOR_RECYCLE = Node.of("KOR", Stage.RECYCLING, "lithium");

    @Test
    void build_indicesFollowTopologicalOrder() {
        SupplyNetwork n = SupplyNetwork.builder(2024)
                .node(AUS_MINE, 88_000)
                .node(CHN_MINE, 41_000)
                .node(CHN_REFINE, 0)
                .edge(CHN_REFINE, KOR_REFINE, 30_000)
                .edge(AUS_MINE, CHN_MINE, 80_000)
                .edge(CHN_MINE, CHN_REFINE, 121_000)
                .build();
        assertEquals(4, n.nodeCount());
        assertEquals(3, n.edgeCount());
        for (SupplyEdge e : n.edges()) {
            assertTrue(n.index(e.source()) < n.index(e.target()), e::toString);
        }
        assertTrue(n.compact().isAcyclic());
        assertEquals(121_000, n.throughput(CHN_MINE), 1e-9);
        assertEquals(80_000, n.inflow(CHN_MINE), 1e-9);
        assertEquals(0, n.ownSupply(KOR_REFINE));
        assertEquals(80_000, n.graph().getEdgeWeight(n.edge(AUS_MINE, CHN_MINE).orElseThrow()));
        for (int i = 0; i < n.edgeCount(); i++) {
            SupplyEdge e = n.edges().get(i);
            assertEquals(n.index(e.source()), n.compact().tail(i));
            assertEquals(n.index(e.target()), n.compact().head(i));
            assertEquals(e.tonnes(), n.compact().flow(i));
        }
    }

    @Test
    void build_recyclingLoop_isOneComponent() {
        SupplyNetwork n = SupplyNetwork.builder(2024)
                .node(KOR_REFINE, 10)
                .edge(KOR_REFINE, KOR_RECYCLE, 2)
                .edge(KOR_RECYCLE, KOR_REFINE, 1)
                .edge(CHN_REFINE, KOR_REFINE, 5)
                .build();
        assertFalse(n.compact().isAcyclic());
        assertEquals(2, n.compact().componentCount());
        assertEquals(n.compact().component(n.index(KOR_REFINE)), n.compact().component(n.index(KOR_RECYCLE)));
        assertTrue(n.compact().component(n.index(CHN_REFINE)) < n.compact().component(n.index(KOR_REFINE)));
        assertTrue(n.toString().contains("2 nodes in loops"), n.toString());
    }

    @Test
    void build_parallelEdges_areRefused() {
        SupplyNetwork.Builder b = SupplyNetwork.builder(2024).edge(AUS_MINE, CHN_MINE, 1).edge(AUS_MINE, CHN_MINE, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().contains("parallel edges"), e.getMessage());
    }

    @Test
    void builder_badAmounts_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> SupplyNetwork.builder(2024).node(AUS_MINE, -1));
        assertThrows(IllegalArgumentException.class, () -> SupplyNetwork.builder(2024).node(AUS_MINE, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SupplyNetwork.builder(2024).node(AUS_MINE, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> SupplyNetwork.builder(2024).edge(AUS_MINE, AUS_MINE, 1));
        assertThrows(IllegalArgumentException.class,
                () -> SupplyNetwork.builder(2024).edge(AUS_MINE, CHN_MINE, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class,
                () -> SupplyNetwork.builder(2024).node(AUS_MINE, 1).node(AUS_MINE, 2));
    }

    @Test
    void graph_isUnmodifiable() {
        SupplyNetwork n = SupplyNetwork.builder(2024).edge(AUS_MINE, CHN_MINE, 1).build();
        assertThrows(UnsupportedOperationException.class, () -> n.graph().addVertex(KOR_REFINE));
    }

    @Test
    void retained_ofATransitNodeIsZeroDespiteRoundingOfItsOutFlows() {
        // 1.0 t sent on as ten edges of 0.1 t: the out-flows sum to 0.9999999999999999, and throughput less
        // out-flows would leave 1.1e-16 t "retained", making a pure exporter look like a consumer.
        SupplyNetwork.Builder b = SupplyNetwork.builder(2024).node(AUS_MINE, 1.0);
        String[] to = {"CHN", "JPN", "KOR", "USA", "DEU", "FRA", "GBR", "IND", "BRA", "CAN"};
        for (String c : to) {
            b.edge(AUS_MINE, Node.of(c, Stage.MINING, "lithium"), 0.1);
        }
        SupplyNetwork n = b.build();
        double out = 0;
        for (int i = 0; i < to.length; i++) {
            out += 0.1;
        }
        assertTrue(1.0 - out > 0, "the rounding this test is about");
        assertEquals(0.0, n.retained(AUS_MINE));
        assertEquals(0.1, n.retained(Node.of("KOR", Stage.MINING, "lithium")), 1e-15);
    }

    @Test
    void retained_isThroughputLessOutFlows() {
        SupplyNetwork n = SupplyNetwork.builder(2024).node(AUS_MINE, 88_000).node(CHN_MINE, 41_000)
                .edge(AUS_MINE, CHN_MINE, 80_000).edge(CHN_MINE, CHN_REFINE, 100_000).build();
        assertEquals(8_000, n.retained(AUS_MINE), 1e-9);
        assertEquals(21_000, n.retained(CHN_MINE), 1e-9);
        assertEquals(100_000, n.retained(CHN_REFINE), 1e-9);
    }

    @Test
    void consumerNode_isTheHighestPrimaryStageWithSupply() {
        SupplyNetwork n = SupplyNetwork.builder(2024).node(AUS_MINE, 88_000).node(CHN_MINE, 41_000)
                .node(KOR_RECYCLE, 5).edge(AUS_MINE, CHN_MINE, 80_000).edge(CHN_MINE, CHN_REFINE, 100_000).build();
        assertEquals(CHN_REFINE, n.consumerNode("CHN", "lithium").orElseThrow());
        assertEquals(AUS_MINE, n.consumerNode("AUS", "lithium").orElseThrow());
        assertTrue(n.consumerNode("KOR", "lithium").isEmpty(), "recycling is not a primary stage");
        assertTrue(n.consumerNode("USA", "lithium").isEmpty());
        assertTrue(n.consumerNode("CHN", "gallium").isEmpty());
    }
}
