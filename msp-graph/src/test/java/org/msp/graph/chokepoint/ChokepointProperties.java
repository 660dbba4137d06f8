package org.msp.graph.chokepoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.MaxFlow;
import org.msp.graph.internal.ProportionalLoss;

/**
 * Properties of the chokepoint kernels on generated networks (with recycling loops and unknown sources); the
 * algorithms' own invariants are in the {@code *Contract} interfaces.
 */
class ChokepointProperties {

    @Provide
    Arbitrary<SupplyNetwork> networks() {
        return SupplyArbitraries.networks().withRecyclingLoops().withUnknownSources();
    }

    @Property(tries = 100)
    void removingSupply_neverIncreasesAnyConsumersSupply(@ForAll("networks") SupplyNetwork net, @ForAll long seed) {
        int n = net.nodeCount();
        if (n == 0) {
            return; // the empty network has no consumer
        }
        Random r = new Random(seed);
        boolean[] mask = new boolean[n];
        for (int v = 0; v < n; v++) {
            mask[v] = r.nextInt(4) == 0;
        }
        double[] t = new ProportionalLoss(net.compact()).throughputWithout(mask);
        double[] brute = BruteForce.throughputWithout(net, mask);
        for (Node v : net.nodes()) {
            int i = net.index(v);
            double tol = 1e-7 * (1 + net.throughput(v));
            assertTrue(t[i] <= net.throughput(v) + tol, () -> v + " gained supply");
            assertTrue(t[i] >= -tol, v::toString);
            assertEquals(brute[i], t[i], tol, v::toString);
        }
        // With re-routing within edge capacities (max-flow), losing a node never raises a consumer's supply either.
        Node c = net.node(r.nextInt(n));
        int ci = net.index(c);
        double[] own = new double[n];
        for (int v = 0; v < n; v++) {
            own[v] = net.compact().ownSupply(v);
        }
        MaxFlow.Solver s = MaxFlow.solver(net.compact(), own, ci, MaxFlow.EdgeCapacity.CAPACITY, null);
        double base = s.solve(null).value();
        for (int u = 0; u < n; u++) {
            assertTrue(s.withoutVertexValue(u) <= base + 1e-7 * (1 + base));
        }
    }

    @Property(tries = 100)
    void oneKernelAnswersEveryConsumerAsAFreshOneDoes(@ForAll("networks") SupplyNetwork net, @ForAll long seed) {
        // The kernel keeps each loop's inverse after the first pass; interleaved passes, with and without removed
        // vertices, must give exactly what a kernel without that memory gives.
        int n = net.nodeCount();
        ProportionalLoss shared = new ProportionalLoss(net.compact());
        Random r = new Random(seed);
        for (int round = 0; round < 2; round++) {
            for (int c = 0; c < n; c++) {
                assertArrayEquals(new ProportionalLoss(net.compact()).lossByRemoval(c), shared.lossByRemoval(c));
                boolean[] mask = new boolean[n];
                for (int v = 0; v < n; v++) {
                    mask[v] = r.nextInt(5) == 0;
                }
                assertArrayEquals(new ProportionalLoss(net.compact()).throughputWithout(mask),
                        shared.throughputWithout(mask));
                assertArrayEquals(new ProportionalLoss(net.compact()).throughputWithout(null),
                        shared.throughputWithout(null));
            }
        }
    }
}
