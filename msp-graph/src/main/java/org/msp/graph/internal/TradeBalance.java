package org.msp.graph.internal;

import java.util.Arrays;

/**
 * Mass balance of the trade at one stage: a proportional scaling of each exporter's reported exports under which
 * no node sends more than it has, and every tonne sent traces back to some node's own supply.
 *
 * <p><b>Rule.</b> Node {@code v} has {@code a_v} of its own (production, or input from the stage before) and
 * receives {@code Σ_u s_u t_uv} from the reported trade {@code t_uv}; it reports exports {@code X_v = Σ_w t_vw}.
 * Its kept share is {@code s_v = min(1, (a_v + Σ_u s_u t_uv) / X_v)}: every export of an exporter that cannot
 * cover them all is cut by the same factor (proportional, as the network's inference rules share pools). The
 * map {@code s -> F(s)} is monotone; iterating it from {@code s = 0} rises to its <em>least</em> fixed point.
 * Every iterate balances every node exactly ({@code s_v X_v <= a_v + Σ_u s'_u t_uv} for the previous iterate
 * {@code s' <= s}), and the least fixed point carries no tonne that circulates between re-exporters without a
 * source (two hubs reporting exports to each other and producing nothing keep nothing), which the greatest fixed
 * point would. Never does it add tonnes: {@code 0 <= s_v <= 1}.
 *
 * <p>Running time O(k (n + m)) for n nodes, m edges and k sweeps; a node whose exports pass through a loop of
 * re-exporters converges geometrically at the rate of the share that recirculates (at most 100,000 sweeps,
 * until no share changes by more than 1e-13 of itself). This class is stateless and thread-safe.
 */
public final class TradeBalance {
    private static final int MAX_SWEEPS = 100_000;
    private static final double TOLERANCE = 1e-13;

    private TradeBalance() {}

    /**
     * Returns the kept share {@code s_v} of each node's exports.
     *
     * @param own    per node, what it has besides its imports (not negative)
     * @param tail   exporter of each edge
     * @param head   importer of each edge
     * @param tonnes reported tonnes of each edge (not negative)
     * @return per node, the share of its reported exports that it can have sent, in [0, 1]
     */
    public static double[] keptShares(double[] own, int[] tail, int[] head, double[] tonnes) {
        int n = own.length;
        double[] out = new double[n];
        for (int e = 0; e < tail.length; e++) {
            out[tail[e]] += tonnes[e];
        }
        double[] s = new double[n];
        double[] in = new double[n];
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            Arrays.fill(in, 0.0);
            for (int e = 0; e < tail.length; e++) {
                in[head[e]] += s[tail[e]] * tonnes[e];
            }
            double change = 0;
            for (int v = 0; v < n; v++) {
                if (out[v] <= 0) {
                    continue;
                }
                // Rises from 0; max() keeps the sequence monotone against rounding.
                double x = Math.max(s[v], Math.min(1.0, (own[v] + in[v]) / out[v]));
                change = Math.max(change, (x - s[v]) / Math.max(x, Double.MIN_NORMAL));
                s[v] = x;
            }
            if (change <= TOLERANCE) {
                break;
            }
        }
        return s;
    }
}
