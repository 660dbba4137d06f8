package org.msp.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.synthetic.SyntheticNetwork;
import org.msp.graph.synthetic.SyntheticNetworks;
import org.msp.graph.synthetic.SyntheticSpec;

/**
 * Measures the heap a network and its compact form hold once built: run it with the heap limit to demonstrate,
 * e.g. {@code java -Xmx1g -cp benchmarks.jar org.msp.examples.bench.MemoryFootprint 1000000}. Prints one JSON line:
 * the retained heap of the network (nodes, edges, JGraphT graph, compact form) and of the compact form alone, per
 * edge, the peak heap during generation and building, and the limit.
 */
public final class MemoryFootprint {
    private MemoryFootprint() {
    }

    /**
     * Runs the measurement.
     *
     * @param args the target edge count
     */
    public static void main(String[] args) {
        long edges = Long.parseLong(args[0]);
        long before = settledHeap();
        SyntheticNetwork s = SyntheticNetworks.generate(SyntheticSpec.ofEdges(edges, Fixture.SEED));
        SupplyNetwork network = s.network();
        long withDataset = settledHeap() - before;
        s = null;
        long retained = settledHeap() - before;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        int m = network.edgeCount();
        long compact = network.compact().memoryBytes();
        System.out.printf(Locale.ROOT, "{\"edges\": %d, \"nodes\": %d, \"max_heap_mb\": %.0f, \"network_bytes\": %d,"
                + " \"network_bytes_per_edge\": %.1f, \"with_dataset_bytes\": %d, \"compact_bytes\": %d,"
                + " \"compact_bytes_per_edge\": %.1f, \"peak_heap_mb\": %.0f}%n", m, network.nodeCount(),
                Runtime.getRuntime().maxMemory() / 1048576.0, retained, (double) retained / m, withDataset, compact,
                (double) compact / m, peak / 1048576.0);
        if (network.edgeCount() == 0) {
            throw new IllegalStateException("empty network");
        }
    }

    private static long settledHeap() {
        Runtime r = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long u = r.totalMemory() - r.freeMemory();
            if (u >= used) {
                return u;
            }
            used = u;
        }
        return used;
    }
}
