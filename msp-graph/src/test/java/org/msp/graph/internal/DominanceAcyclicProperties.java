package org.msp.graph.internal;

import java.util.ArrayDeque;
import java.util.BitSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.graph.synthetic.SyntheticNetwork;

/**
 * The dominator tree, on acyclic and cyclic synthetic networks, against brute force: {@code d} strictly dominates
 * {@code v} exactly when {@code v} is reachable from the root and not once {@code d} is removed.
 */
class DominanceAcyclicProperties {

    @Property(tries = 30)
    void immediateDominatorsMatchBruteForce(@ForAll("networks") SyntheticNetwork s) {
        CompactGraph g = s.network().compact();
        int n = g.vertexCount();
        int[] idom = Dominance.immediateDominators(g, null);
        BitSet reach = reachable(g, -1);
        BitSet[] dominated = new BitSet[n]; // dominated[d] = vertices that d strictly dominates
        for (int d = 0; d < n; d++) {
            BitSet without = reachable(g, d);
            BitSet lost = (BitSet) reach.clone();
            lost.andNot(without);
            lost.clear(d);
            dominated[d] = lost;
        }
        for (int v = 0; v < n; v++) {
            if (!reach.get(v)) {
                check(idom[v] == Dominance.UNREACHABLE, v, idom[v], s);
                continue;
            }
            // Strict dominators of v by brute force; idom must be the one every other strict dominator dominates.
            int expected = n;
            for (int d = 0; d < n; d++) {
                if (dominated[d].get(v) && (expected == n || dominated[expected].get(d))) {
                    expected = d;
                }
            }
            check(idom[v] == expected, v, idom[v], s);
        }
    }

    private static void check(boolean ok, int v, int got, SyntheticNetwork s) {
        if (!ok) {
            throw new AssertionError("vertex " + v + ": idom " + got + " in " + s.spec());
        }
    }

    /** Vertices reachable from the root (feeding every vertex with own supply) over flowing edges, without skip. */
    private static BitSet reachable(CompactGraph g, int skip) {
        BitSet seen = new BitSet();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int v = 0; v < g.vertexCount(); v++) {
            if (v != skip && g.ownSupply(v) > 0) {
                seen.set(v);
                queue.add(v);
            }
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int e = g.outStart(u); e < g.outStart(u + 1); e++) {
                int w = g.head(e);
                if (w != skip && g.flow(e) > 0 && !seen.get(w)) {
                    seen.set(w);
                    queue.add(w);
                }
            }
        }
        return seen;
    }

    @Provide
    Arbitrary<SyntheticNetwork> networks() {
        return SupplyArbitraries.syntheticNetworks(1, 400);
    }
}
