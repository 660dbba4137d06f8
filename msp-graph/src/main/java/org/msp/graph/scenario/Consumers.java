package org.msp.graph.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.CompactGraph;

/**
 * The consumers of a network: for each mineral, each country with actor nodes, and the supply it retains.
 *
 * <p>A node's retained supply is {@code throughput - outflow}: what it neither exports nor delivers to a next
 * stage; amounts up to {@code 1e-9} of the throughput count as zero (they are rounding in the out-flows). A
 * country's supply of a mineral is the sum over its actor nodes of that mineral, the nodes of the facilities it
 * hosts included ({@link SupplyNetwork#country}). After a shock a node
 * retains {@code t' - r * outflow} ({@code r = t'/t}; all of {@code t'} when {@code t = 0}).
 */
final class Consumers {
    /** A (mineral, country) pair, ordered by mineral then country. */
    record Key(String mineral, String country) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::mineral).thenComparing(Key::country);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    final SupplyNetwork network;
    final CompactGraph g;
    final double[] outflow;
    final double[] retained;
    final TreeMap<Key, int[]> nodes;
    final TreeMap<Key, Double> baseline;

    Consumers(SupplyNetwork network) {
        this.network = network;
        this.g = network.compact();
        int n = g.vertexCount();
        outflow = new double[n];
        retained = new double[n];
        Map<Key, List<Integer>> byKey = new TreeMap<>();
        for (int v = 0; v < n; v++) {
            double out = 0;
            for (int e = g.outStart(v); e < g.outStart(v + 1); e++) {
                out += g.flow(e);
            }
            outflow[v] = out;
            retained[v] = g.retained(v); // SupplyNetwork#retained
            Node node = network.node(v);
            String country = node.isUnknownSource() ? null : network.country(node).orElse(null);
            // A facility that passes all it has on can never retain anything after a shock (retainedAfter is 0):
            // leave it out, so that facility-level networks do not carry it through every trial.
            boolean inert = !node.isCountry() && retained[v] == 0 && g.throughput(v) > 0;
            if (country != null && !inert) {
                byKey.computeIfAbsent(new Key(node.mineral(), country), x -> new ArrayList<>()).add(v);
            }
        }
        nodes = new TreeMap<>();
        baseline = new TreeMap<>();
        for (Map.Entry<Key, List<Integer>> en : byKey.entrySet()) {
            int[] vs = en.getValue().stream().mapToInt(Integer::intValue).toArray();
            nodes.put(en.getKey(), vs);
            double s = 0;
            for (int v : vs) {
                s += retained[v];
            }
            baseline.put(en.getKey(), s);
        }
    }

    double baseline(String country, String mineral) {
        return baseline.getOrDefault(new Key(mineral, country), 0.0);
    }

    /**
     * Returns what node v retains when its throughput after a shock is {@code after}: {@code after / t × retained}
     * (all of {@code after} when the node had no throughput).
     */
    double retainedAfter(int v, double after) {
        double t = g.throughput(v);
        if (t <= 0) {
            return Math.max(0, after);
        }
        return Math.max(0, after / t * retained[v]);
    }
}
