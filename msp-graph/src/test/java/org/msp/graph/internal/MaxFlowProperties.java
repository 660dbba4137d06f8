package org.msp.graph.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.msp.graph.internal.MaxFlow.EdgeCapacity;

class MaxFlowProperties {

    /** A random problem: graph, supply, sink, removed vertices, capacity choice, optional vertex limits. */
    static final class Problem {
        final CompactGraph g;
        final double[] supply;
        final int sink;
        final boolean[] removed;
        final EdgeCapacity capacity;
        final double[] limit;

        Problem(long seed, int n, int density) {
            Random r = new Random(seed);
            Set<Long> pairs = new LinkedHashSet<>();
            int target = n * density / 2;
            for (int i = 0; i < target * 3 && pairs.size() < target; i++) {
                int u = r.nextInt(n);
                int v = r.nextInt(n);
                // Mostly forward edges (a layered supply chain), some backward (recycling loops).
                if (u != v && (u < v || r.nextInt(6) == 0)) {
                    pairs.add(((long) u << 32) | v);
                }
            }
            int m = pairs.size();
            int[] tail = new int[m];
            int[] head = new int[m];
            double[] flow = new double[m];
            double[] cap = new double[m];
            int i = 0;
            for (long p : pairs) {
                tail[i] = (int) (p >>> 32);
                head[i] = (int) p;
                flow[i] = r.nextInt(4) == 0 ? 0 : r.nextInt(100) + r.nextDouble();
                cap[i] = flow[i] + (r.nextBoolean() ? 0 : r.nextInt(50));
                i++;
            }
            double[] own = new double[n];
            for (int v = 0; v < n; v++) {
                own[v] = r.nextInt(3) == 0 ? r.nextInt(200) + r.nextDouble() : 0;
            }
            g = CompactGraph.of(n, tail, head, flow, cap, own, null);
            supply = new double[n];
            for (int v = 0; v < n; v++) {
                supply[v] = g.ownSupply(v);
            }
            sink = r.nextInt(n);
            removed = new boolean[n];
            for (int v = 0; v < n; v++) {
                removed[v] = v != sink && r.nextInt(8) == 0;
            }
            capacity = r.nextBoolean() ? EdgeCapacity.FLOW : EdgeCapacity.CAPACITY;
            if (r.nextBoolean()) {
                limit = new double[n];
                for (int v = 0; v < n; v++) {
                    limit[v] = r.nextInt(150) + r.nextDouble();
                }
            } else {
                limit = null;
            }
        }

        double edgeCap(int e) {
            return capacity == EdgeCapacity.FLOW ? g.flow(e) : g.capacity(e);
        }

        /** The same problem as a JGraphT graph: vertex v (in), n + v (out, if split), 2n the super-source. */
        double jgraphtValue() {
            int n = g.vertexCount();
            Graph<Integer, DefaultWeightedEdge> jg = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
            int s = 2 * n;
            jg.addVertex(s);
            for (int v = 0; v < n; v++) {
                if (removed[v]) {
                    continue;
                }
                jg.addVertex(v);
                if (limit != null) {
                    jg.addVertex(n + v);
                    jg.setEdgeWeight(jg.addEdge(v, n + v), v == sink ? 1e12 : limit[v]);
                }
                if (supply[v] > 0) {
                    jg.setEdgeWeight(jg.addEdge(s, v), supply[v]);
                }
            }
            for (int e = 0; e < g.edgeCount(); e++) {
                int u = g.tail(e);
                int w = g.head(e);
                if (removed[u] || removed[w]) {
                    continue;
                }
                jg.setEdgeWeight(jg.addEdge(limit != null ? n + u : u, w), edgeCap(e));
            }
            return new PushRelabelMFImpl<>(jg).getMaximumFlowValue(s, sink);
        }
    }

    @Property(tries = 300)
    void value_equalsJGraphTPushRelabel(@ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int n,
            @ForAll @IntRange(min = 1, max = 6) int density) {
        Problem p = new Problem(seed, n, density);
        MaxFlow.Result r = MaxFlow.compute(p.g, p.supply, p.sink, p.removed, p.capacity, p.limit);
        assertEquals(p.jgraphtValue(), r.value(), 1e-6 * (1 + r.value()));
    }

    @Property(tries = 300)
    void minCutCapacity_equalsMaxFlowValue_andFlowIsFeasible(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 40) int n, @ForAll @IntRange(min = 1, max = 6) int density) {
        Problem p = new Problem(seed, n, density);
        MaxFlow.Result r = MaxFlow.compute(p.g, p.supply, p.sink, p.removed, p.capacity, p.limit);
        CompactGraph g = p.g;
        double tol = 1e-7 * (1 + r.value());
        double cut = 0;
        double[] net = new double[g.vertexCount()];
        for (int v = 0; v < g.vertexCount(); v++) {
            if (p.removed[v]) {
                assertEquals(0, r.supplied(v), 0);
                continue;
            }
            assertTrue(r.supplied(v) <= p.supply[v] + tol);
            net[v] += r.supplied(v);
            if (!r.inSourceSide(v)) {
                cut += p.supply[v];
            }
            if (p.limit != null && v != p.sink && r.inSourceSide(v) && !r.outSourceSide(v)) {
                cut += p.limit[v];
            }
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            int u = g.tail(e);
            int w = g.head(e);
            double f = r.edgeFlow(e);
            assertTrue(f <= p.edgeCap(e) + tol, "edge over capacity");
            if (p.removed[u] || p.removed[w]) {
                assertEquals(0, f, tol);
                continue;
            }
            net[u] -= f;
            net[w] += f;
            if (r.outSourceSide(u) && !r.inSourceSide(w)) {
                cut += p.edgeCap(e);
            }
        }
        for (int v = 0; v < g.vertexCount(); v++) {
            if (v != p.sink) {
                assertEquals(0, net[v], tol, "flow not conserved at " + v);
            }
            if (p.limit != null && v != p.sink) {
                assertTrue(net[v] >= -tol);
            }
        }
        assertEquals(r.value(), net[p.sink], tol);
        assertEquals(r.value(), cut, tol);
    }

    @Property(tries = 300)
    void warmStartWithoutVertex_equalsColdSolve(@ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int n,
            @ForAll @IntRange(min = 1, max = 6) int density) {
        Problem p = new Problem(seed, n, density);
        MaxFlow.Solver s = MaxFlow.solver(p.g, p.supply, p.sink, p.capacity, p.limit);
        double base = s.solve(p.removed).value();
        Random r = new Random(seed);
        for (int k = 0; k < 3; k++) {
            int v = r.nextInt(n);
            boolean[] rem = p.removed.clone();
            rem[v] = true;
            double cold = MaxFlow.compute(p.g, p.supply, p.sink, rem, p.capacity, p.limit).value();
            double warm = s.withoutVertex(v).value();
            assertEquals(cold, warm, 1e-7 * (1 + base), "without vertex " + v);
            assertTrue(warm <= base + 1e-7 * (1 + base), "removing a vertex raised the flow");
        }
    }
}
