package org.msp.graph.internal;

import java.util.Objects;

/**
 * Proportional propagation of a shock through a {@link CompactGraph} (the "no re-routing" model), for one
 * scenario, with the loss split by the shocked vertex it comes from.
 *
 * <p><b>Model.</b> Each vertex {@code v} has a node factor {@code nf[v]}, an added own supply {@code add[v]}, and
 * each edge an edge factor {@code ef[e]}. The throughput after the shock is
 * <pre>{@code
 * t'(v) = nf[v] * (own(v) + add[v] + sum over in-edges e = (u, v) of flow(e) * r(u) * ef[e]),
 * r(u)  = t'(u) / t(u)   (0 when t(u) = 0: such a vertex has no out-flow)
 * }</pre>
 * so each vertex's out-flows scale with its throughput. Vertices are visited in the compact (topological)
 * order, one forward pass; inside a strongly connected component (a recycling loop) the equations are solved by
 * Gauss–Seidel sweeps until no throughput moves by more than {@code 1e-12} of its baseline (at most
 * {@value #MAX_SWEEPS} sweeps; the sweeps converge whenever part of each loop's throughput leaves it).
 *
 * <p><b>Attribution.</b> With {@code k} channels, each shocked vertex {@code s} owning channel {@code c(s)}, the
 * loss {@code t(v) - t'(v)} is split as {@code L_c(v)}: a node factor below one at {@code v} creates
 * {@code (1 - nf[v]) t(v)} in {@code v}'s channel; an edge factor below one on an edge out of {@code u} creates
 * {@code flow(e) r(u) (1 - ef[e])} in {@code u}'s channel; the loss of {@code u} reaches {@code v} in proportion,
 * {@code flow(e) L_c(u) / t(u)}, and is scaled by {@code nf[v]}. Without added supply the channels sum to the
 * loss exactly; added supply is not a channel (the channels then split the gross loss).
 *
 * <p>Running time O(n + m) per pass for the throughputs and O(k (n + m)) for the channels, times the sweeps
 * inside loops. Stateless and thread-safe.
 */
public final class Propagation {
    /** The most Gauss–Seidel sweeps inside one strongly connected component. */
    public static final int MAX_SWEEPS = 100_000;

    private Propagation() {
    }

    /**
     * Propagates one scenario.
     *
     * @param g          the graph
     * @param nodeFactor per vertex, in [0, 1] for losses (any non-negative value is accepted)
     * @param edgeFactor per edge
     * @param added      per vertex, tonnes of own supply added
     * @param channelOf  per vertex, its channel in {@code 0..channels-1} or -1; or {@code null} with 0 channels
     * @param channels   number of channels
     * @return throughputs after the shock and the loss channels
     */
    public static Result run(CompactGraph g, double[] nodeFactor, double[] edgeFactor, double[] added,
            int[] channelOf, int channels) {
        Objects.requireNonNull(g, "g");
        int n = g.n;
        if (nodeFactor.length != n || added.length != n || edgeFactor.length != g.m
                || (channelOf != null && channelOf.length != n)) {
            throw new IllegalArgumentException("array lengths differ from the graph's " + n + " vertices and "
                    + g.m + " edges");
        }
        double[] after = new double[n];
        double[] ratio = new double[n];
        int k = channelOf == null ? 0 : channels;
        double[] loss = new double[n * k];
        double[] scratch = new double[k];
        int v = 0;
        while (v < n) {
            int end = v + 1;
            while (end < n && g.component[end] == g.component[v]) {
                end++;
            }
            if (end == v + 1) {
                visit(g, v, nodeFactor, edgeFactor, added, channelOf, k, after, ratio, loss, scratch);
            } else {
                for (int w = v; w < end; w++) {
                    ratio[w] = 1.0; // start from the baseline
                    after[w] = g.throughput[w];
                }
                for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                    boolean moved = false;
                    for (int w = v; w < end; w++) {
                        double before = after[w];
                        visit(g, w, nodeFactor, edgeFactor, added, channelOf, k, after, ratio, loss, scratch);
                        if (Math.abs(after[w] - before) > 1e-12 * Math.max(1.0, g.throughput[w])) {
                            moved = true;
                        }
                    }
                    if (!moved && sweep > 0) {
                        break;
                    }
                }
            }
            v = end;
        }
        return new Result(after, loss, k);
    }

    private static void visit(CompactGraph g, int v, double[] nf, double[] ef, double[] added, int[] channelOf, int k,
            double[] after, double[] ratio, double[] loss, double[] scratch) {
        double in = g.ownSupply[v] + added[v];
        for (int c = 0; c < k; c++) {
            scratch[c] = 0;
        }
        for (int i = g.inStart[v]; i < g.inStart[v + 1]; i++) {
            int e = g.inEdge[i];
            int u = g.tail[e];
            double f = g.flow[e];
            in += f * ratio[u] * ef[e];
            if (k > 0 && f > 0) {
                double tu = g.throughput[u];
                if (tu > 0) {
                    int base = u * k;
                    for (int c = 0; c < k; c++) {
                        scratch[c] += f * loss[base + c] / tu;
                    }
                }
                int cu = channelOf[u];
                if (cu >= 0 && ef[e] != 1.0) {
                    scratch[cu] += f * ratio[u] * (1.0 - ef[e]);
                }
            }
        }
        double t = nf[v] * in;
        after[v] = t;
        double tv = g.throughput[v];
        ratio[v] = tv > 0 ? t / tv : 0.0;
        if (k > 0) {
            int base = v * k;
            for (int c = 0; c < k; c++) {
                loss[base + c] = nf[v] * scratch[c];
            }
            int cv = channelOf[v];
            if (cv >= 0 && nf[v] != 1.0) {
                loss[base + cv] += (1.0 - nf[v]) * tv;
            }
        }
    }

    /** Throughputs after a shock and the loss of each vertex split by channel. Not copied: do not modify. */
    public static final class Result {
        private final double[] after;
        private final double[] loss;
        private final int channels;

        Result(double[] after, double[] loss, int channels) {
            this.after = after;
            this.loss = loss;
            this.channels = channels;
        }

        /** Returns the throughput of {@code v} after the shock. */
        public double throughput(int v) {
            return after[v];
        }

        /** Returns the part of {@code v}'s loss that comes from channel {@code c}. */
        public double loss(int v, int c) {
            return loss[v * channels + c];
        }

        /** Returns the number of channels. */
        public int channels() {
            return channels;
        }

        @Override
        public String toString() {
            return "Propagation.Result[" + after.length + " vertices, " + channels + " channels]";
        }
    }
}
