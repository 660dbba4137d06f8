package org.msp.graph.internal;

import java.util.Arrays;

/**
 * Proportional tracing of origins on a {@link CompactGraph}: which node each tonne entered a given stage at.
 *
 * <p><b>Model.</b> Every node mixes what enters it (its own supply and its inflows) and sends out each tonne
 * in the same proportions (proportional tracing, as in Cheng et al. 2024). Fix a target stage {@code S*}. A
 * tonne <em>enters</em> {@code S*} at node {@code w} when {@code w} is an actor node at {@code S*} and the
 * tonne is {@code w}'s own supply or arrives on an edge from a node of another stage ({@code w} refines ore,
 * makes material from refined metal...). A tonne supplied by an unknown-source node at stage {@code U} enters
 * {@code S*} at "unknown" when {@code S*} is {@code U} or a primary stage before it (nothing is known of its
 * history). The stage-{@code S*} origin of a tonne is the node where it last entered {@code S*}; a tonne that
 * never entered {@code S*} (recycled material at the mining stage, say) is untraced at {@code S*}.
 *
 * <p>The fraction {@code a_v} of node {@code v}'s throughput {@code T_v} whose origin lies in a set {@code O}
 * solves {@code a_v T_v = c_v + Σ_{u→v} f_uv · b_uv}, where {@code c_v} is the own supply credited to
 * {@code O} and {@code b_uv} is {@code [v ∈ O]} on an edge entering {@code S*} and {@code a_u} otherwise.
 * {@link #forwardAll} solves it for all nodes and many origin sets at once; {@link #backward} solves the
 * adjoint for one consumer, giving every origin at once.
 *
 * <p><b>Loops.</b> Nodes are in topological order of the condensation, so one pass in order (forward) or in
 * reverse (backward) solves every acyclic part exactly. Inside a strongly connected component (a recycling
 * loop, or two countries trading both ways) the equations are solved by Gauss–Seidel sweeps over the
 * component until the largest change is below {@code 1e-13} of the largest value (at most 100,000 sweeps):
 * the system is substochastic (a node sends on at most what it has), so the iteration converges
 * geometrically at the rate of the share that recirculates.
 *
 * <p>Running time O(n + m) per pass plus the sweeps of loops. Allocation: one {@code double[n]} per pass,
 * supplied by the caller. This class is immutable and thread-safe.
 */
public final class OriginTracing {
    private static final double TOLERANCE = 1e-13;
    private static final int MAX_SWEEPS = 100_000;

    private final CompactGraph g;
    private final int[] stage;
    private final boolean[] unknown;
    private final boolean[] primary;
    private final int[] componentStart;

    /**
     * Returns a tracer over {@code g}.
     *
     * @param g       the graph
     * @param stage   the stage ordinal of each vertex ({@code org.msp.model.Stage#ordinal()})
     * @param unknown whether each vertex is an unknown source
     * @param primary whether each stage ordinal is a primary stage (indexed by ordinal)
     */
    public OriginTracing(CompactGraph g, int[] stage, boolean[] unknown, boolean[] primary) {
        this.g = g;
        this.stage = stage.clone();
        this.unknown = unknown.clone();
        this.primary = primary.clone();
        int n = g.n;
        int[] starts = new int[g.componentCount + 1];
        for (int v = 0; v < n; v++) {
            starts[g.component[v] + 1] = v + 1;
        }
        for (int c = 1; c <= g.componentCount; c++) {
            starts[c] = Math.max(starts[c], starts[c - 1]);
        }
        this.componentStart = starts;
    }

    /** Returns true if a tonne from an unknown source at stage {@code u} counts as unknown at stage {@code s}. */
    private boolean unknownCounts(int s, int u) {
        return s == u || primary[s] && primary[u] && s < u;
    }

    private boolean entry(int e, int s) {
        return stage[g.head[e]] == s && stage[g.tail[e]] != s && !unknown[g.head[e]];
    }

    /**
     * Computes, for every vertex of a closed set (no edge enters it from outside, e.g. one mineral's
     * vertices), the fraction of its throughput whose stage-{@code s} origin is each of {@code k} origins at
     * once: one pass in topological order updating a row of {@code k} fractions per vertex (structure of
     * arrays, {@code k} contiguous doubles per vertex, so the inner loop is a vectorisable multiply-add).
     *
     * @param s        target stage ordinal
     * @param vertices the vertices of the set, in increasing order
     * @param column   per vertex (length n), the origin column of an actor vertex at stage {@code s}, or -1
     * @param unknownColumn the column of "unknown", or -1 if not wanted
     * @param k        number of columns
     * @param rowOf    per vertex (length n), its row in {@code out}, for the vertices of the set
     * @param out      output, {@code vertices.length * k}: row {@code rowOf[v]} holds v's fractions
     */
    public void forwardAll(int s, int[] vertices, int[] column, int unknownColumn, int k, int[] rowOf,
            double[] out) {
        Arrays.fill(out, 0, vertices.length * k, 0.0);
        double[] next = new double[k];
        int i = 0;
        while (i < vertices.length) {
            int v = vertices[i];
            int c = g.component[v];
            int j = i;
            while (j < vertices.length && g.component[vertices[j]] == c) {
                j++;
            }
            int sweeps = j - i == 1 ? 1 : MAX_SWEEPS;
            for (int sweep = 0; sweep < sweeps; sweep++) {
                double change = 0;
                double max = 0;
                for (int x = i; x < j; x++) {
                    int w = vertices[x];
                    rowAll(w, s, column, unknownColumn, k, rowOf, out, next);
                    int base = rowOf[w] * k;
                    for (int q = 0; q < k; q++) {
                        change = Math.max(change, Math.abs(next[q] - out[base + q]));
                        max = Math.max(max, next[q]);
                        out[base + q] = next[q];
                    }
                }
                if (change <= TOLERANCE * Math.max(max, Double.MIN_NORMAL)) {
                    break;
                }
            }
            i = j;
        }
    }

    private void rowAll(int v, int s, int[] column, int unknownColumn, int k, int[] rowOf, double[] out,
            double[] row) {
        Arrays.fill(row, 0.0);
        double t = g.throughput[v];
        if (t <= 0) {
            return;
        }
        if (unknown[v]) {
            if (unknownColumn >= 0 && unknownCounts(s, stage[v])) {
                row[unknownColumn] += g.ownSupply[v];
            }
        } else if (stage[v] == s && column[v] >= 0) {
            row[column[v]] += g.ownSupply[v];
        }
        for (int i = g.inStart[v]; i < g.inStart[v + 1]; i++) {
            int e = g.inEdge[i];
            double f = g.flow[e];
            if (f == 0) {
                continue;
            }
            if (entry(e, s)) {
                if (column[v] >= 0) {
                    row[column[v]] += f;
                }
            } else {
                int base = rowOf[g.tail[e]] * k;
                for (int q = 0; q < k; q++) {
                    row[q] += f * out[base + q];
                }
            }
        }
        double inv = 1 / t;
        for (int q = 0; q < k; q++) {
            row[q] = Math.min(1.0, row[q] * inv);
        }
    }

    /**
     * Computes, for one consumer, the tonnes of its throughput whose stage-{@code s} origin is each vertex.
     *
     * @param consumer the consumer vertex
     * @param s        target stage ordinal
     * @param credit   output, length n: tonnes credited to each origin vertex (an actor vertex at stage
     *                 {@code s}); unknown-source vertices hold the tonnes credited to "unknown" through them
     * @param work     scratch space, length n
     */
    public void backward(int consumer, int s, double[] credit, double[] work) {
        double[] z = work;
        Arrays.fill(z, 0.0);
        Arrays.fill(credit, 0.0);
        int top = g.component[consumer];
        for (int c = top; c >= 0; c--) {
            int lo = componentStart[c];
            int hi = componentStart[c + 1];
            if (hi - lo == 1) {
                z[lo] = backwardValue(lo, consumer, s, z);
            } else {
                for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                    double change = 0;
                    double max = 0;
                    for (int v = hi - 1; v >= lo; v--) {
                        double x = backwardValue(v, consumer, s, z);
                        change = Math.max(change, Math.abs(x - z[v]));
                        max = Math.max(max, x);
                        z[v] = x;
                    }
                    if (change <= TOLERANCE * Math.max(max, Double.MIN_NORMAL)) {
                        break;
                    }
                }
            }
        }
        // Credits: own supply and entering edges, weighted by the part of each vertex that reaches the consumer.
        for (int v = 0; v < g.n; v++) {
            if (z[v] <= 0) {
                continue;
            }
            double w = z[v] / g.throughput[v];
            if (unknown[v]) {
                if (unknownCounts(s, stage[v])) {
                    credit[v] += g.ownSupply[v] * w;
                }
                continue;
            }
            if (stage[v] != s) {
                continue;
            }
            double m = g.ownSupply[v];
            for (int i = g.inStart[v]; i < g.inStart[v + 1]; i++) {
                int e = g.inEdge[i];
                if (entry(e, s)) {
                    m += g.flow[e];
                }
            }
            credit[v] += m * w;
        }
    }

    /** Tonnes of the consumer's throughput that passed through v (as seen by the stage-s attribution). */
    private double backwardValue(int v, int consumer, int s, double[] z) {
        double x = v == consumer ? g.throughput[v] : 0;
        for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
            int h = g.head[e];
            if (z[h] == 0 && h != consumer || entry(e, s)) {
                continue;
            }
            double t = g.throughput[h];
            if (t > 0) {
                x += g.flow[e] * z[h] / t;
            }
        }
        return x;
    }

    /**
     * Computes what each vertex keeps when the own supply of the {@code removed} vertices disappears and every
     * node passes on the same fraction of what it has (no re-routing).
     *
     * @param removed the vertices whose own supply is lost; length n
     * @param kept    output, length n: tonnes each vertex still receives (own supply plus inflow)
     */
    public void remaining(boolean[] removed, double[] kept) {
        Arrays.fill(kept, 0.0);
        for (int c = 0; c < g.componentCount; c++) {
            int lo = componentStart[c];
            int hi = componentStart[c + 1];
            if (hi - lo == 1) {
                kept[lo] = remainingValue(lo, removed, kept);
                continue;
            }
            for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                double change = 0;
                double max = 0;
                for (int v = lo; v < hi; v++) {
                    double x = remainingValue(v, removed, kept);
                    change = Math.max(change, Math.abs(x - kept[v]));
                    max = Math.max(max, x);
                    kept[v] = x;
                }
                if (change <= TOLERANCE * Math.max(max, Double.MIN_NORMAL)) {
                    break;
                }
            }
        }
    }

    private double remainingValue(int v, boolean[] removed, double[] kept) {
        double x = removed[v] ? 0 : g.ownSupply[v];
        for (int i = g.inStart[v]; i < g.inStart[v + 1]; i++) {
            int e = g.inEdge[i];
            int u = g.tail[e];
            double t = g.throughput[u];
            if (t > 0) {
                x += g.flow[e] * kept[u] / t;
            }
        }
        return Math.min(x, g.throughput[v]);
    }
}
