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
}
