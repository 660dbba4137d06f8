package org.msp.graph.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Proportional propagation (the model of {@link Propagation}, without attribution or added supply) of
 * {@value #LANES} scenarios at once, laid out as structure-of-arrays: one double per scenario per vertex, the
 * scenarios of a vertex contiguous, so the inner loop runs over scenarios and the JIT can vectorise it.
 *
 * <p>For each vertex {@code v} and lane {@code k} it computes the throughput ratio
 * <pre>{@code
 * r_k(v) = nf_k(v) * (own(v)/t(v) + sum over in-edges e = (u, v) of flow(e)/t(v) * r_k(u) * ef_k(e))
 * }</pre>
 * ({@code 0} for a vertex with no throughput). Only the vertices and edges that some shock can touch get a
 * factor slot; the others have factor 1 and cost no memory. Edges with no flow are dropped. In-edge data are
 * stored by in-edge position, so one pass reads the arrays front to back. Strongly connected components are
 * solved by Gauss–Seidel sweeps until no ratio of any lane moves by more than {@value #TOLERANCE} (the
 * Monte Carlo keeps shares as floats, good to about 1e-7).
 *
 * <p>Work per batch: (number of in-edges with flow) × {@value #LANES} multiply-adds, times the sweeps inside
 * loops. This class is immutable and thread-safe; a {@link Workspace} belongs to one thread.
 */
public final class BatchPropagation implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Scenarios per batch. */
    public static final int LANES = 64;
    private static final int MAX_SWEEPS = 10_000;
    /** Sweeps inside a loop stop when no ratio of any lane moved by more than this. */
    public static final double TOLERANCE = 1e-10;

    private final int n;
    private final int[] inStart;
    private final int[] inTail;
    /** Per vertex, the first in-edge position from its own component (those before come from earlier ones). */
    private final int[] internalStart;
    private final double[] alpha;
    private final int[] inSlot;
    private final double[] beta;
    private final int[] nodeSlot;
    private final int nodeSlots;
    private final int edgeSlots;
    /** Start and end (exclusive) of each component with two or more vertices; vertices are contiguous. */
    private final int[] loops;
    private final boolean[] inLoop;
    private final long edgesPerPass;
    private final int largestLoop;

    /**
     * Prepares the kernel for a graph.
     *
     * @param g          the graph
     * @param nodeSlotOf per vertex, its node-factor slot or -1
     * @param edgeSlotOf per edge, its edge-factor slot or -1
     */
    public BatchPropagation(CompactGraph g, int[] nodeSlotOf, int[] edgeSlotOf) {
        Objects.requireNonNull(g, "g");
        if (nodeSlotOf.length != g.n || edgeSlotOf.length != g.m) {
            throw new IllegalArgumentException("slot arrays differ in length from the graph");
        }
        n = g.n;
        inStart = new int[n + 1];
        int count = 0;
        for (int v = 0; v < n; v++) {
            for (int i = g.inStart[v]; i < g.inStart[v + 1]; i++) {
                if (g.flow[g.inEdge[i]] > 0 && g.throughput[v] > 0) {
                    count++;
                }
            }
            inStart[v + 1] = count;
        }
        inTail = new int[count];
        internalStart = new int[n];
        alpha = new double[count];
        inSlot = new int[count];
        beta = new double[n];
        int p = 0;
        int maxNode = -1;
        int maxEdge = -1;
        for (int v = 0; v < n; v++) {
            double t = g.throughput[v];
            beta[v] = t > 0 ? g.ownSupply[v] / t : 0;
            for (int pass = 0; pass < 2; pass++) { // edges from other components first, then from v's own
                for (int i = g.inStart[v]; i < g.inStart[v + 1]; i++) {
                    int e = g.inEdge[i];
                    boolean internal = g.component[g.tail[e]] == g.component[v];
                    if (g.flow[e] > 0 && t > 0 && internal == (pass == 1)) {
                        inTail[p] = g.tail[e];
                        alpha[p] = g.flow[e] / t;
                        inSlot[p] = edgeSlotOf[e];
                        maxEdge = Math.max(maxEdge, edgeSlotOf[e]);
                        p++;
                    }
                }
                if (pass == 0) {
                    internalStart[v] = p;
                }
            }
            maxNode = Math.max(maxNode, nodeSlotOf[v]);
        }
        nodeSlot = nodeSlotOf.clone();
        nodeSlots = maxNode + 1;
        edgeSlots = maxEdge + 1;
        List<Integer> ls = new ArrayList<>();
        inLoop = new boolean[n];
        int v = 0;
        while (v < n) {
            int end = v + 1;
            while (end < n && g.component[end] == g.component[v]) {
                end++;
            }
            if (end > v + 1) {
                ls.add(v);
                ls.add(end);
                for (int w = v; w < end; w++) {
                    inLoop[w] = true;
                }
            }
            v = end;
        }
        loops = ls.stream().mapToInt(Integer::intValue).toArray();
        int largest = 0;
        for (int i = 0; i < loops.length; i += 2) {
            largest = Math.max(largest, loops[i + 1] - loops[i]);
        }
        largestLoop = largest;
        edgesPerPass = count;
    }

    /** Returns the number of in-edges (with flow) one pass visits. */
    public long edgesPerPass() {
        return edgesPerPass;
    }

    /** Returns a fresh workspace for one thread. */
    public Workspace newWorkspace() {
        return new Workspace(n, nodeSlots, edgeSlots, largestLoop);
    }

    /**
     * Propagates the {@value #LANES} scenarios whose factors are in {@code w} ({@link Workspace#nodeFactor} and
     * {@link Workspace#edgeFactor}), leaving the ratios in {@link Workspace#ratio}.
     *
     * @return the number of edge-scenario updates done (in-edges visited × lanes)
     */
    public long propagate(Workspace w) {
        final int b = LANES;
        double[] ratio = w.ratio;
        long updates = 0;
        int loop = 0;
        int v = 0;
        while (v < n) {
            if (!inLoop[v]) {
                visit(v, w);
                updates += inStart[v + 1] - inStart[v];
                v++;
                continue;
            }
            int start = loops[loop];
            int end = loops[loop + 1];
            loop += 2;
            Arrays.fill(ratio, start * b, end * b, 1.0);
            double[] ext = w.external;
            for (int x = start; x < end; x++) {
                accumulate(x, inStart[x], internalStart[x], w, beta[x]);
                System.arraycopy(w.acc, 0, ext, (x - start) * b, b);
                updates += internalStart[x] - inStart[x];
            }
            for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                boolean moved = false;
                for (int x = start; x < end; x++) {
                    System.arraycopy(ext, (x - start) * b, w.acc, 0, b);
                    accumulate(x, internalStart[x], inStart[x + 1], w, Double.NaN);
                    moved |= storeMoved(x, w);
                    updates += inStart[x + 1] - internalStart[x];
                }
                if (!moved) {
                    break;
                }
            }
            v = end;
        }
        return updates * b;
    }

    private void visit(int v, Workspace w) {
        accumulate(v, inStart[v], inStart[v + 1], w, beta[v]);
        store(v, w);
    }

    /** Adds in-edge positions from..to-1 into the accumulator, first set to {@code init} unless it is NaN. */
    private void accumulate(int v, int from, int to, Workspace w, double init) {
        final int b = LANES;
        double[] acc = w.acc;
        double[] ratio = w.ratio;
        double[] ef = w.edgeFactor;
        if (!Double.isNaN(init)) {
            Arrays.fill(acc, init);
        }
        for (int i = from; i < to; i++) {
            int ub = inTail[i] * b;
            double a = alpha[i];
            int s = inSlot[i];
            if (s < 0) {
                for (int k = 0; k < b; k++) {
                    acc[k] += a * ratio[ub + k];
                }
            } else {
                int sb = s * b;
                for (int k = 0; k < b; k++) {
                    acc[k] += a * ratio[ub + k] * ef[sb + k];
                }
            }
        }
    }

    /** As {@link #store} and returns true if some lane's ratio moved by more than {@link #TOLERANCE}. */
    private boolean storeMoved(int v, Workspace w) {
        final int b = LANES;
        double[] acc = w.acc;
        double[] ratio = w.ratio;
        int vb = v * b;
        int ns = nodeSlot[v];
        if (ns >= 0) {
            double[] nf = w.nodeFactor;
            int nb = ns * b;
            for (int k = 0; k < b; k++) {
                acc[k] *= nf[nb + k];
            }
        }
        int over = 0;
        for (int k = 0; k < b; k++) {
            double d = acc[k] - ratio[vb + k];
            over |= (d > TOLERANCE || d < -TOLERANCE) ? 1 : 0;
        }
        System.arraycopy(acc, 0, ratio, vb, b);
        return over != 0;
    }

    /** Writes the accumulator, times the node factors, as the ratios of {@code v}. */
    private void store(int v, Workspace w) {
        final int b = LANES;
        double[] acc = w.acc;
        double[] ratio = w.ratio;
        int vb = v * b;
        int ns = nodeSlot[v];
        if (ns < 0) {
            System.arraycopy(acc, 0, ratio, vb, b);
        } else {
            double[] nf = w.nodeFactor;
            int nb = ns * b;
            for (int k = 0; k < b; k++) {
                ratio[vb + k] = acc[k] * nf[nb + k];
            }
        }
    }

    @Override
    public String toString() {
        return "BatchPropagation[" + n + " vertices, " + edgesPerPass + " in-edges, " + nodeSlots + " node slots, "
                + edgeSlots + " edge slots, " + loops.length / 2 + " loops]";
    }

    /** The per-thread arrays of a batch: factors in, ratios out. Not thread-safe. */
    public static final class Workspace {
        /** Node factors: slot {@code s}, lane {@code k} at {@code s * LANES + k}. */
        public final double[] nodeFactor;
        /** Edge factors: slot {@code s}, lane {@code k} at {@code s * LANES + k}. */
        public final double[] edgeFactor;
        /** Throughput ratios after propagation: vertex {@code v}, lane {@code k} at {@code v * LANES + k}. */
        public final double[] ratio;
        final double[] acc = new double[LANES];
        /** Per vertex of the loop being solved, what its in-edges from outside the loop bring. */
        final double[] external;

        Workspace(int n, int nodeSlots, int edgeSlots, int largestLoop) {
            external = new double[largestLoop * LANES];
            nodeFactor = new double[nodeSlots * LANES];
            edgeFactor = new double[edgeSlots * LANES];
            ratio = new double[n * LANES];
        }

        /** Sets every factor back to 1. */
        public void resetFactors() {
            Arrays.fill(nodeFactor, 1.0);
            Arrays.fill(edgeFactor, 1.0);
        }
    }
}
