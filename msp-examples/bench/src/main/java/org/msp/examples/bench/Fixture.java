package org.msp.examples.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.CompactGraph;
import org.msp.graph.scenario.RandomShock;
import org.msp.graph.synthetic.SyntheticNetwork;
import org.msp.graph.synthetic.SyntheticNetworks;
import org.msp.graph.synthetic.SyntheticSpec;
import org.msp.model.Stage;

/**
 * The graphs every benchmark and peer runs on, derived from one synthetic network per size (seed 1), cached per
 * JVM so that several benchmark states of one fork share it.
 *
 * <ul>
 *   <li>The <b>consumer</b>: the end-use country node of mineral {@code m000} with the largest throughput.</li>
 *   <li>The <b>world max-flow</b> graph: the network plus a super-sink {@code T} fed by every end-use country node
 *       up to its throughput (its demand); supply enters each vertex up to its production capacity; edges carry up
 *       to their capacity. In the exported form a super-source {@code S = n + 1} feeds the producers and
 *       {@code T = n}.</li>
 *   <li>The <b>re-routing sample</b>: 16 vertices of {@code m000} spread evenly over the ranking by throughput, for
 *       which each solver computes the consumer's maximum supply with the vertex removed.</li>
 * </ul>
 */
final class Fixture {
    /** Vertices in the re-routing sample. */
    static final int SAMPLE = 16;
    /** The seed of every benchmark network. */
    static final long SEED = 1;
    private static final Map<Long, Fixture> CACHE = new HashMap<>();

    final SyntheticNetwork synthetic;
    final SupplyNetwork network;
    final CompactGraph g;
    final Node consumer;
    final int consumerVertex;
    /** Vertices of the consumer's mineral that carry supply, consumer excluded, by decreasing throughput. */
    final int[] candidates;
    final int[] sample;
    /** Production capacity per vertex: what the super-source may feed it. */
    final double[] supply;
    /** End-use country vertices and their demands (arcs into the super-sink). */
    final int[] sinkFrom;
    final double[] sinkCapacity;
    /** The world max-flow graph (renumbered by the compact form) and its super-sink. */
    final CompactGraph world;
    final double[] worldSupply;
    final int worldSink;

    static synchronized Fixture of(long edges) {
        return CACHE.computeIfAbsent(edges, Fixture::new);
    }

    private Fixture(long edges) {
        synthetic = SyntheticNetworks.generate(SyntheticSpec.ofEdges(edges, SEED));
        network = synthetic.network();
        g = network.compact();
        int n = g.vertexCount();
        Node best = null;
        for (Node v : network.nodes()) {
            if (v.mineral().equals("m000") && v.stage() == Stage.END_USE && v.isCountry()
                    && (best == null || network.throughput(v) > network.throughput(best))) {
                best = v;
            }
        }
        consumer = best;
        consumerVertex = network.index(best);
        List<Integer> cands = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (v != consumerVertex && network.node(v).mineral().equals("m000") && g.throughput(v) > 0) {
                cands.add(v);
            }
        }
        cands.sort(Comparator.comparingDouble((Integer v) -> -g.throughput(v)).thenComparingInt(v -> v));
        candidates = cands.stream().mapToInt(Integer::intValue).toArray();
        sample = new int[Math.min(SAMPLE, candidates.length)];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = candidates[(int) ((long) i * candidates.length / sample.length)];
        }
        supply = new double[n];
        for (int v = 0; v < n; v++) {
            supply[v] = g.nodeCapacity(v);
        }
        List<Integer> ends = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            Node node = network.node(v);
            if (node.stage() == Stage.END_USE && node.isCountry() && g.throughput(v) > 0) {
                ends.add(v);
            }
        }
        sinkFrom = ends.stream().mapToInt(Integer::intValue).toArray();
        sinkCapacity = Arrays.stream(sinkFrom).mapToDouble(g::throughput).toArray();
        int m = g.edgeCount();
        int k = sinkFrom.length;
        int[] tail = new int[m + k];
        int[] head = new int[m + k];
        double[] flow = new double[m + k];
        double[] cap = new double[m + k];
        for (int e = 0; e < m; e++) {
            tail[e] = g.tail(e);
            head[e] = g.head(e);
            flow[e] = g.flow(e);
            cap[e] = g.capacity(e);
        }
        for (int i = 0; i < k; i++) {
            tail[m + i] = sinkFrom[i];
            head[m + i] = n;
            flow[m + i] = sinkCapacity[i];
            cap[m + i] = sinkCapacity[i];
        }
        double[] own = new double[n + 1];
        double[] nodeCap = new double[n + 1];
        for (int v = 0; v < n; v++) {
            own[v] = g.ownSupply(v);
            nodeCap[v] = g.nodeCapacity(v);
        }
        world = CompactGraph.of(n + 1, tail, head, flow, cap, own, nodeCap);
        worldSupply = new double[n + 1];
        int t = -1;
        for (int v = 0; v <= n; v++) {
            worldSupply[v] = world.nodeCapacity(v);
            if (world.inputIndex(v) == n) {
                t = v;
            }
        }
        worldSink = t;
    }

    /** Fifty random shocks (export bans and capacity losses, p 1–10%) at supplying country nodes. */
    List<RandomShock> shocks() {
        SplittableRandom r = new SplittableRandom(SEED + 1);
        List<Node> pool = new ArrayList<>();
        for (Node v : network.nodes()) {
            if (v.isCountry() && v.stage() != Stage.END_USE && network.throughput(v) > 0) {
                pool.add(v);
            }
        }
        List<RandomShock> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Node v = pool.get(r.nextInt(pool.size()));
            double p = 0.01 + 0.09 * r.nextDouble();
            out.add(r.nextBoolean() ? RandomShock.exportBan(v.actor().id(), v.mineral(), v.stage(), p)
                    : RandomShock.capacityLoss(v.actor().id(), v.mineral(), v.stage(), 0.2 + 0.8 * r.nextDouble(), p));
        }
        return out;
    }

    /** Trials per Monte Carlo run: about 5·10⁸ edge visits, a multiple of 64, at least 128. */
    long trials() {
        long t = Math.max(128, 500_000_000L / Math.max(1, g.edgeCount()));
        return (t + 63) / 64 * 64;
    }
}
