package org.msp.graph.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Supply lost under proportional propagation (no re-routing) when vertices of a {@link CompactGraph} are
 * removed: for one set of removed vertices, and for every single further vertex at once.
 *
 * <p><b>Model.</b> Every vertex {@code x} passes on the fixed fraction {@code P(e) = flow(e) / T(x)} of its
 * throughput {@code T(x)} along each out-edge {@code e} (the fractions of the data). When vertices are removed
 * (their own supply and everything they pass on are lost), the throughputs become the solution {@code T'} of
 * <pre>{@code T'(v) = 0 for v removed;  T'(v) = own(v) + sum over edges x -> v of P(x -> v) * T'(x) otherwise}</pre>
 * so losses pass downstream in proportion (and around recycling loops). With nothing removed, {@code T' = T}.
 * A consumer's supply is its throughput; its loss is {@code T(c) - T'(c)}.
 *
 * <p><b>All single removals at once.</b> Write {@code T = G own} with {@code G = (I - P^T)^-1} (it exists when
 * every recycling loop leaks some flow, as it does in data where outflow &le; throughput and loops receive
 * supply). Forcing {@code T'(u) = 0} adds an injection at {@code u}, so {@code T'(c) = T(c) - T(u) G(c,u) /
 * G(u,u)}: the loss of consumer {@code c} when {@code u} is removed is {@code T(u) G(c,u) / G(u,u)}. Row
 * {@code G(c, .)} is one backward pass from {@code c}: {@code y(u) = [u = c] + sum over u -> x of P(u -> x)
 * y(x)}, in reverse topological order of the components. {@code G(u,u) = 1} outside loops; inside a loop (a
 * strongly connected component S) it is a diagonal entry of {@code (I - P_SS)^-1}. On an acyclic graph the loss
 * is simply {@code T(u)} times the fraction of {@code u}'s throughput that reaches {@code c}, which is the
 * "fraction of the consumer's supply that passed through u" times {@code T(c)}. {@code (I - P)^-1} is the
 * fundamental matrix of the absorbing Markov chain that moves a tonne along the fractions (Kemeny and Snell,
 * "Finite Markov Chains", 1960), the Leontief inverse of input–output analysis; the ratio {@code G(c,u) /
 * G(u,u)} follows from writing the removal as a rank-one change of the system (Sherman and Morrison 1950).
 *
 * <p><b>Running time.</b> O(n + m + sum of k<sup>3</sup>) per pass, k the sizes of the recycling loops (each is
 * solved densely by Gauss–Jordan elimination; loops in supply data are small); a pass with nothing removed
 * reuses each loop's inverse once computed, so later passes cost O(n + m + sum of k<sup>2</sup>). Holds the
 * immutable fractions computed at construction and those inverses, and is thread-safe.
 */
public final class ProportionalLoss {
    private final CompactGraph g;
    private final double[] fraction; // P per edge
    private final int[] compStart; // vertices of component c: compStart[c] .. compStart[c + 1] - 1
    /**
     * Per loop, {@code (I - P_SS)^-1} with nothing removed, computed on first use: it depends on the loop alone, and
     * the passes of many consumers (a report asks one per partner and mineral) share it. Never modified once stored.
     */
    private final AtomicReferenceArray<double[][]> inverses;

    /** Prepares the fractions of {@code g} in O(n + m). */
    public ProportionalLoss(CompactGraph g) {
        this.g = Objects.requireNonNull(g, "g");
        fraction = new double[g.m];
        for (int e = 0; e < g.m; e++) {
            double t = g.throughput[g.tail[e]];
            fraction[e] = t > 0 ? Math.min(1.0, g.flow[e] / t) : 0;
        }
        compStart = new int[g.componentCount + 1];
        for (int v = 0; v < g.n; v++) {
            compStart[g.component[v] + 1]++;
        }
        for (int c = 0; c < g.componentCount; c++) {
            compStart[c + 1] += compStart[c];
        }
        inverses = new AtomicReferenceArray<>(g.componentCount);
    }

    /** Returns the graph. */
    public CompactGraph graph() {
        return g;
    }

    /**
     * Returns the throughputs {@code T'} after removing {@code removed} (see the class comment).
     *
     * @param removed vertices removed, or {@code null} for none (then the result equals the throughputs)
     * @throws IllegalArgumentException if a recycling loop passes on all of its throughput (the system is
     *                                  singular)
     */
    public double[] throughputWithout(boolean[] removed) {
        int n = g.n;
        checkMask(removed);
        double[] t = new double[n];
        for (int c = 0; c < g.componentCount; c++) {
            int lo = compStart[c];
            int hi = compStart[c + 1];
            if (hi - lo == 1) {
                t[lo] = isRemoved(removed, lo) ? 0 : g.ownSupply[lo] + inflow(lo, t, removed, -1);
                continue;
            }
            // Loop: T'_S = (I - P_SS^T)^-1 (own + inflow from outside S); (I - P_SS^T)^-1 = (Binv)^T.
            double[][] binv = loopInverse(c, removed);
            int k = hi - lo;
            double[] rhs = new double[k];
            for (int i = 0; i < k; i++) {
                int v = lo + i;
                rhs[i] = isRemoved(removed, v) ? 0 : g.ownSupply[v] + inflow(v, t, removed, c);
            }
            for (int i = 0; i < k; i++) {
                double s = 0;
                for (int j = 0; j < k; j++) {
                    s += binv[j][i] * rhs[j];
                }
                t[lo + i] = isRemoved(removed, lo + i) ? 0 : Math.max(0, s);
            }
        }
        return t;
    }

    /**
     * Returns, for every vertex {@code u}, the supply consumer {@code c} loses when {@code u} alone is removed:
     * {@code T(u) G(c,u) / G(u,u)}; one backward pass.
     *
     * @throws IllegalArgumentException if a recycling loop passes on all of its throughput
     */
    public double[] lossByRemoval(int c) {
        return lossByRemoval(c, null, g.throughput);
    }

    /**
     * Returns, for every vertex {@code u}, the supply consumer {@code c} loses when {@code u} is removed in
     * addition to {@code removed}: {@code T'(u) G'(c,u) / G'(u,u)} (see the class comment). Removed vertices
     * lose nothing more (0); {@code u = c} loses all of {@code T'(c)}.
     *
     * @param c          the consumer vertex
     * @param removed    vertices already removed, or {@code null}
     * @param throughput {@link #throughputWithout(boolean[]) throughputWithout(removed)}
     * @throws IllegalArgumentException if a recycling loop passes on all of its throughput
     */
    public double[] lossByRemoval(int c, boolean[] removed, double[] throughput) {
        int n = g.n;
        if (c < 0 || c >= n) {
            throw new IllegalArgumentException("consumer vertex " + c + " outside 0.." + (n - 1));
        }
        checkMask(removed);
        if (throughput.length != n) {
            throw new IllegalArgumentException("throughput has length " + throughput.length + ", expected " + n);
        }
        double[] y = new double[n];
        double[] loss = new double[n];
        if (isRemoved(removed, c)) {
            return loss;
        }
        for (int comp = g.component[c]; comp >= 0; comp--) {
            int lo = compStart[comp];
            int hi = compStart[comp + 1];
            if (hi - lo == 1) {
                if (!isRemoved(removed, lo)) {
                    y[lo] = (lo == c ? 1 : 0) + outflowWeight(lo, y, removed, -1);
                    loss[lo] = throughput[lo] * y[lo];
                }
                continue;
            }
            double[][] binv = loopInverse(comp, removed);
            int k = hi - lo;
            double[] b = new double[k];
            for (int i = 0; i < k; i++) {
                int u = lo + i;
                b[i] = isRemoved(removed, u) ? 0 : (u == c ? 1 : 0) + outflowWeight(u, y, removed, comp);
            }
            for (int i = 0; i < k; i++) {
                int u = lo + i;
                if (isRemoved(removed, u)) {
                    continue;
                }
                double s = 0;
                for (int j = 0; j < k; j++) {
                    s += binv[i][j] * b[j];
                }
                y[u] = s;
                loss[u] = throughput[u] * s / binv[i][i];
            }
        }
        loss[c] = throughput[c];
        for (int u = 0; u < n; u++) {
            loss[u] = Math.min(Math.max(0, loss[u]), throughput[c]);
        }
        return loss;
    }

    private void checkMask(boolean[] removed) {
        if (removed != null && removed.length != g.n) {
            throw new IllegalArgumentException("removed has length " + removed.length + ", expected " + g.n);
        }
    }

    private static boolean isRemoved(boolean[] removed, int v) {
        return removed != null && removed[v];
    }

    /** Sum of P(x -> v) T'(x) over in-edges from live vertices outside component {@code skipComp}. */
    private double inflow(int v, double[] t, boolean[] removed, int skipComp) {
        double s = 0;
        for (int i = g.inStart[v]; i < g.inStart[v + 1]; i++) {
            int e = g.inEdge[i];
            int x = g.tail[e];
            if (g.component[x] != skipComp && !isRemoved(removed, x)) {
                s += fraction[e] * t[x];
            }
        }
        return s;
    }

    /** Sum of P(u -> x) y(x) over out-edges to live vertices outside component {@code skipComp}. */
    private double outflowWeight(int u, double[] y, boolean[] removed, int skipComp) {
        double s = 0;
        for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
            int x = g.head[e];
            if (g.component[x] != skipComp && !isRemoved(removed, x)) {
                s += fraction[e] * y[x];
            }
        }
        return s;
    }

    /**
     * Returns {@code (I - P_SS)^-1} for the loop of component {@code comp}, with removed members decoupled: with
     * nothing removed, the one computed first for that loop (the caller must not modify it).
     */
    private double[][] loopInverse(int comp, boolean[] removed) {
        if (removed != null) {
            return loopInverse(compStart[comp], compStart[comp + 1], removed);
        }
        double[][] inv = inverses.get(comp);
        if (inv == null) {
            inv = loopInverse(compStart[comp], compStart[comp + 1], null);
            if (!inverses.compareAndSet(comp, null, inv)) {
                inv = inverses.get(comp);
            }
        }
        return inv;
    }

    /**
     * Returns {@code (I - P_SS)^-1} for the loop {@code S = lo..hi-1}, with removed members decoupled (identity
     * rows and columns). Gauss–Jordan elimination with partial pivoting, O(k^3).
     */
    private double[][] loopInverse(int lo, int hi, boolean[] removed) {
        int k = hi - lo;
        double[][] a = new double[k][2 * k];
        for (int i = 0; i < k; i++) {
            a[i][i] = 1;
            a[i][k + i] = 1;
            int u = lo + i;
            if (isRemoved(removed, u)) {
                continue;
            }
            for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
                int x = g.head[e];
                if (x >= lo && x < hi && !isRemoved(removed, x)) {
                    a[i][x - lo] -= fraction[e];
                }
            }
        }
        for (int col = 0; col < k; col++) {
            int piv = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            if (Math.abs(a[piv][col]) < 1e-12) {
                throw new IllegalArgumentException("the recycling loop through compact vertices " + lo + ".." + (hi - 1)
                        + " passes on all of its throughput: proportional propagation is undefined");
            }
            double[] tmp = a[piv];
            a[piv] = a[col];
            a[col] = tmp;
            double p = a[col][col];
            for (int j = 0; j < 2 * k; j++) {
                a[col][j] /= p;
            }
            for (int r = 0; r < k; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col];
                    for (int j = 0; j < 2 * k; j++) {
                        a[r][j] -= f * a[col][j];
                    }
                }
            }
        }
        double[][] inv = new double[k][];
        for (int i = 0; i < k; i++) {
            inv[i] = Arrays.copyOfRange(a[i], k, 2 * k);
        }
        return inv;
    }
}
