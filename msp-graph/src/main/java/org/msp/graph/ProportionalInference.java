package org.msp.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The default {@link InferenceRule} of both phases: a pool feeds the producers that need input in proportion.
 *
 * <p><b>Rule.</b> Let {@code A} be the transfer's total pool at the stages feeding stage {@code T} (for a
 * country's refining: its mine supply not exported plus its ore imports, and its recycled supply) and
 * {@code N} the total input its producers at {@code T} need (their production, in contained tonnes). The
 * transfer delivers {@code D = min(A, N)}, each upstream node {@code a} contributing in proportion to its pool
 * and each producer {@code b} receiving in proportion to its need:
 * <pre>{@code
 * delivery(a -> b) = D * (pool(a) / A) * (need(b) / N)
 * }</pre>
 * What a producer still lacks ({@code need(b) * (1 - D / N)}) goes on to the next phase or to an unknown
 * source; what the pool keeps ({@code A - D}) stays with the upstream nodes (stocks, unrecorded uses).
 *
 * <p><b>Domestic phase:</b> the domestic-supply assumption of Cheng et al. (Nature Communications, 2024).
 * <b>Cross-border phase:</b> a pooled world market, the assumption of the physical-trade literature when
 * bilateral data are missing: every surplus left after domestic use reaches every producer still short in
 * proportion, regardless of distance or contracts. It answers "where could this ore have come from" with the
 * only mines that had ore to spare; when the world surplus is smaller than the shortfall
 * ({@code A < N}) every producer gets the same fraction and the rest stays unknown.
 *
 * <p>Running time O(|available| · |needed|) per transfer. This class is immutable and thread-safe.
 */
public final class ProportionalInference implements InferenceRule {
    static final ProportionalInference INSTANCE = new ProportionalInference();

    private ProportionalInference() {
    }

    /** Returns {@code "proportional"}. */
    @Override
    public String name() {
        return "proportional";
    }

    @Override
    public List<Delivery> deliveries(Transfer t) {
        double a = t.totalAvailable();
        double n = t.totalNeeded();
        List<Delivery> out = new ArrayList<>();
        if (a <= 0 || n <= 0) {
            return out;
        }
        double d = Math.min(a, n);
        for (Map.Entry<Node, Double> src : t.available().entrySet()) {
            for (Map.Entry<Node, Double> dst : t.needed().entrySet()) {
                double tonnes = d * (src.getValue() / a) * (dst.getValue() / n);
                if (tonnes > 0) {
                    out.add(new Delivery(src.getKey(), dst.getKey(), tonnes));
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "InferenceRule[" + name() + "]";
    }
}
