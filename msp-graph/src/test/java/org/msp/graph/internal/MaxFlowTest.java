package org.msp.graph.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.msp.graph.internal.MaxFlow.EdgeCapacity;

class MaxFlowTest {
    /*
     * Two mines feed two refiners that feed one consumer (input numbering = compact numbering, already
     * topological):
     *
     *   0 mine A (own 100) --60--> 2 refiner X --50--> 4 consumer
     *   0 mine A           --40--> 3 refiner Y --70--> 4
     *   1 mine B (own 30)  --30--> 3 refiner Y
     *
     * Edge capacities are 10 above the flows except A -> X whose capacity is 90.
     */
    private static CompactGraph diamond() {
        int[] tail = {0, 0, 1, 2, 3};
        int[] head = {2, 3, 3, 4, 4};
        double[] flow = {60, 40, 30, 50, 70};
        double[] cap = {90, 50, 40, 60, 80};
        double[] own = {100, 30, 0, 0, 0};
        double[] ncap = {120, 30, 0, 0, 0};
        return CompactGraph.of(5, tail, head, flow, cap, own, ncap);
    }

    /** Compact vertex number of input vertex {@code input} (CompactGraph renumbers topologically). */
    private static int v(CompactGraph g, int input) {
        for (int v = 0; v < g.vertexCount(); v++) {
            if (g.inputIndex(v) == input) {
                return v;
            }
        }
        throw new AssertionError(input);
    }

    /** Compact edge number of the edge between input vertices. */
    private static int e(CompactGraph g, int tail, int head) {
        int t = v(g, tail);
        int h = v(g, head);
        for (int e = g.outStart(t); e < g.outStart(t + 1); e++) {
            if (g.head(e) == h) {
                return e;
            }
        }
        throw new AssertionError(tail + "->" + head);
    }

    /** A vector given in input numbering, in compact numbering. */
    private static double[] byInput(CompactGraph g, double... input) {
        double[] out = new double[input.length];
        for (int v = 0; v < input.length; v++) {
            out[v(g, v)] = input[v];
        }
        return out;
    }

    private static double[] own(CompactGraph g) {
        double[] s = new double[g.vertexCount()];
        for (int v = 0; v < s.length; v++) {
            s[v] = g.ownSupply(v);
        }
        return s;
    }

    @Test
    void compute_flowsAsCapacities_deliversWhatTheConsumerReceives() {
        CompactGraph g = diamond();
        MaxFlow.Result r = MaxFlow.compute(g, own(g), v(g, 4), null, EdgeCapacity.FLOW, null);
        // X -> consumer carries 50 of X's 60 and Y -> consumer 70 of Y's 70: 120 reach the consumer.
        assertEquals(120, r.value(), 1e-9);
        assertEquals(50, r.edgeFlow(e(g, 2, 4)), 1e-9);
        assertEquals(70, r.edgeFlow(e(g, 3, 4)), 1e-9);
        assertEquals(90, r.supplied(v(g, 0)), 1e-9);
        assertEquals(30, r.supplied(v(g, 1)), 1e-9);
    }

    @Test
    void compute_edgeCapacities_boundByTheSupply() {
        CompactGraph g = diamond();
        // Supply 130 in all; the consumer's in-edges allow 60 + 80 = 140, so the supply binds: 130.
        MaxFlow.Result r = MaxFlow.compute(g, own(g), v(g, 4), null, EdgeCapacity.CAPACITY, null);
        assertEquals(130, r.value(), 1e-9);
        // With production capacities as supply (120 + 30 = 150) the in-edges bind: 60 + 80 = 140.
        double[] capSupply = byInput(g, 120, 30, 0, 0, 0);
        assertEquals(140, MaxFlow.compute(g, capSupply, v(g, 4), null, EdgeCapacity.CAPACITY, null).value(), 1e-9);
    }

    @Test
    void compute_removedVertex_losesItsPaths() {
        CompactGraph g = diamond();
        boolean[] removed = new boolean[5];
        removed[v(g, 3)] = true; // refiner Y
        MaxFlow.Result r = MaxFlow.compute(g, own(g), v(g, 4), removed, EdgeCapacity.FLOW, null);
        assertEquals(50, r.value(), 1e-9);
        assertEquals(0, r.edgeFlow(e(g, 3, 4)), 0);
        assertTrue(r.isRemoved(v(g, 3)));
    }

    @Test
    void compute_unitVertexLimits_findTheMinimumVertexCut() {
        CompactGraph g = diamond();
        double[] inf = byInput(g, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0, 0);
        double[] limit = {1, 1, 1, 1, 1};
        MaxFlow.Result r = MaxFlow.compute(g, inf, v(g, 4), null, EdgeCapacity.UNBOUNDED, limit);
        // Every path passes X or Y, and {X, Y} is the smallest separator of {A, B} from the consumer... but
        // {A, B} is as small: both have two members, and the cut nearest the source wins ties (residual search).
        assertEquals(2, r.value(), 1e-9);
        int cut = 0;
        for (int v = 0; v < 5; v++) {
            if (r.isCutVertex(v)) {
                cut++;
            }
        }
        assertEquals(2, cut);
        assertFalse(r.isCutVertex(v(g, 4)));
    }

    @Test
    void compute_tonnageVertexLimits_cutTheCheapestSeparator() {
        CompactGraph g = diamond();
        double[] inf = byInput(g, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0, 0);
        // Weight = throughput: A 100, B 30, X 60, Y 70. Separators: {A,B}=130, {X,Y}=130, {A,Y}=170, {X,B}... B
        // alone does not separate (A feeds Y). {X, Y} ties with {A, B} at 130.
        double[] limit = byInput(g, 100, 30, 60, 70, 0);
        MaxFlow.Result r = MaxFlow.compute(g, inf, v(g, 4), null, EdgeCapacity.UNBOUNDED, limit);
        assertEquals(130, r.value(), 1e-9);
        double cut = 0;
        for (int v = 0; v < 5; v++) {
            if (r.isCutVertex(v)) {
                cut += limit[v];
            }
        }
        assertEquals(130, cut, 1e-9);
    }

    @Test
    void withoutVertex_warmStart_equalsColdSolve() {
        CompactGraph g = diamond();
        MaxFlow.Solver s = MaxFlow.solver(g, own(g), v(g, 4), EdgeCapacity.CAPACITY, null);
        assertEquals(130, s.solve(null).value(), 1e-9);
        // Without X, Y's in-edges allow 50 + 40 = 90 but Y -> consumer allows 80.
        assertEquals(80, s.withoutVertex(v(g, 2)).value(), 1e-9);
        // Each removal starts again from the base solution: without Y, A -> X carries up to 90 but X -> consumer
        // allows 60.
        assertEquals(60, s.withoutVertexValue(v(g, 3)), 1e-9);
        boolean[] noY = new boolean[5];
        noY[v(g, 3)] = true;
        assertEquals(60, s.solve(noY).value(), 1e-9);
        assertEquals(0, s.withoutVertex(v(g, 2)).value(), 1e-9);
        assertEquals(0, s.withoutVertexValue(v(g, 4)), 0);
    }

    @Test
    void compute_badInput_isRefused() {
        CompactGraph g = diamond();
        assertThrows(IllegalArgumentException.class,
                () -> MaxFlow.compute(g, new double[4], v(g, 4), null, EdgeCapacity.FLOW, null));
        assertThrows(IllegalArgumentException.class,
                () -> MaxFlow.compute(g, own(g), 5, null, EdgeCapacity.FLOW, null));
        assertThrows(IllegalArgumentException.class,
                () -> MaxFlow.compute(g, new double[] {-1, 0, 0, 0, 0}, v(g, 4), null, EdgeCapacity.FLOW, null));
        assertThrows(IllegalArgumentException.class, () -> MaxFlow.compute(g,
                byInput(g, Double.POSITIVE_INFINITY, 0, 0, 0, 0), v(g, 4), null, EdgeCapacity.UNBOUNDED, null));
    }
}
