package org.msp.graph.internal;

import java.util.Arrays;

/**
 * The int-indexed, immutable form of a supply network on which the heavy kernels run.
 *
 * <p>Vertices are numbered {@code 0..n-1} in a topological order of the condensation: every edge
 * {@code u -> v} has {@code component(u) <= component(v)}, with equality exactly inside a strongly connected
 * component (a recycling loop). Edges are numbered {@code 0..m-1} sorted by tail then head, so the
 * out-edges of {@code v} are the contiguous range {@code outStart(v) .. outStart(v+1)-1}; the in-edges are
 * listed through {@link #inEdge(int)} in the range {@code inStart(v) .. inStart(v+1)-1}.
 *
 * <p>Memory: 4 (head) + 4 (tail) + 8 (flow) + 4 (in-edge index) bytes per edge, plus 8 per edge for
 * capacities when any capacity differs from its flow (otherwise the flow array is shared), plus a few int and
 * double arrays per vertex.
 *
 * <p>Built in O(n + m log m) (sorting the edges); the strongly connected components are found with an
 * iterative Tarjan (1972) pass in O(n + m). This class is immutable and thread-safe; its arrays are never
 * exposed for writing outside this package.
 */
public final class CompactGraph {
    final int n;
    final int m;
    final int[] outStart;
    final int[] head;
    final int[] tail;
    final double[] flow;
    final double[] capacity;
    final int[] inStart;
    final int[] inEdge;
    final double[] ownSupply;
    final double[] nodeCapacity;
    final double[] throughput;
    final int[] component;
    final int componentCount;
    final int[] permutation;

    private CompactGraph(int n, int m, int[] outStart, int[] head, int[] tail, double[] flow, double[] capacity,
            int[] inStart, int[] inEdge, double[] ownSupply, double[] nodeCapacity, int[] component,
            int componentCount, int[] permutation) {
        this.n = n;
        this.m = m;
        this.outStart = outStart;
        this.head = head;
        this.tail = tail;
        this.flow = flow;
        this.capacity = capacity;
        this.inStart = inStart;
        this.inEdge = inEdge;
        this.ownSupply = ownSupply;
        this.nodeCapacity = nodeCapacity;
        this.component = component;
        this.componentCount = componentCount;
        this.permutation = permutation;
        this.throughput = new double[n];
        for (int v = 0; v < n; v++) {
            double t = ownSupply[v];
            for (int i = inStart[v]; i < inStart[v + 1]; i++) {
                t += flow[inEdge[i]];
            }
            throughput[v] = t;
        }
    }

    /**
     * Builds the compact form of a graph given by edge lists, renumbering the vertices in topological
     * order of the condensation ({@link #permutation()} maps a new vertex number back to the input one).
     * Input arrays are not kept.
     *
     * @param n            number of vertices
     * @param tail         source vertex of each edge, {@code 0..n-1}
     * @param head         target vertex of each edge, {@code 0..n-1}, not equal to the tail
     * @param flow         tonnes on each edge, finite and not negative
     * @param capacity     capacity of each edge, at least its flow; or {@code null} for capacity = flow
     * @param ownSupply    each vertex's own production (supply entering from outside the network)
     * @param nodeCapacity each vertex's production capacity, at least its own supply; or {@code null} for
     *                     capacity = own supply
     * @throws IllegalArgumentException if the arrays disagree in length or hold invalid values
     */
    public static CompactGraph of(int n, int[] tail, int[] head, double[] flow, double[] capacity, double[] ownSupply,
            double[] nodeCapacity) {
        int m = tail.length;
        if (head.length != m || flow.length != m || (capacity != null && capacity.length != m)) {
            throw new IllegalArgumentException("edge arrays differ in length");
        }
        if (ownSupply.length != n || (nodeCapacity != null && nodeCapacity.length != n)) {
            throw new IllegalArgumentException("vertex arrays differ in length from n = " + n);
        }
        for (int e = 0; e < m; e++) {
            if (tail[e] < 0 || tail[e] >= n || head[e] < 0 || head[e] >= n) {
                throw new IllegalArgumentException("edge " + e + " has an endpoint outside 0.." + (n - 1));
            }
            if (tail[e] == head[e]) {
                throw new IllegalArgumentException("edge " + e + " is a self-loop at vertex " + tail[e]);
            }
            checkAmount(flow[e], "flow of edge " + e);
            if (capacity != null && !(capacity[e] >= flow[e]) || capacity != null && Double.isInfinite(capacity[e])) {
                throw new IllegalArgumentException("capacity of edge " + e + " is below its flow or not finite: "
                        + capacity[e]);
            }
        }
        for (int v = 0; v < n; v++) {
            checkAmount(ownSupply[v], "own supply of vertex " + v);
            if (nodeCapacity != null && (!(nodeCapacity[v] >= ownSupply[v]) || Double.isInfinite(nodeCapacity[v]))) {
                throw new IllegalArgumentException("capacity of vertex " + v + " is below its own supply: "
                        + nodeCapacity[v]);
            }
        }

        // Strongly connected components on the input numbering.
        int[] inOutStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            inOutStart[tail[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            inOutStart[v + 1] += inOutStart[v];
        }
        int[] inOut = new int[m];
        int[] fill = Arrays.copyOf(inOutStart, n);
        for (int e = 0; e < m; e++) {
            inOut[fill[tail[e]]++] = head[e];
        }
        int[] comp = new int[n];
        int count = tarjan(n, inOutStart, inOut, comp);
        // Tarjan numbers components in reverse topological order; flip to topological order.
        for (int v = 0; v < n; v++) {
            comp[v] = count - 1 - comp[v];
        }

        // New numbering: by component, then by input number (stable, deterministic).
        int[] compStart = new int[count + 1];
        for (int v = 0; v < n; v++) {
            compStart[comp[v] + 1]++;
        }
        for (int c = 0; c < count; c++) {
            compStart[c + 1] += compStart[c];
        }
        int[] permutation = new int[n];
        int[] newIndex = new int[n];
        int[] cfill = Arrays.copyOf(compStart, count);
        for (int v = 0; v < n; v++) {
            int nv = cfill[comp[v]]++;
            permutation[nv] = v;
            newIndex[v] = nv;
        }
        int[] component = new int[n];
        double[] own = new double[n];
        double[] ncap = new double[n];
        for (int nv = 0; nv < n; nv++) {
            int v = permutation[nv];
            component[nv] = comp[v];
            own[nv] = ownSupply[v];
            ncap[nv] = nodeCapacity == null ? ownSupply[v] : nodeCapacity[v];
        }

        // Edges sorted by (new tail, new head): counting sort by head, then stable counting sort by tail.
        int[] byHead = countingOrder(m, n, e -> newIndex[head[e]], null);
        int[] order = countingOrder(m, n, e -> newIndex[tail[e]], byHead);
        int[] outStart = new int[n + 1];
        int[] nhead = new int[m];
        int[] ntail = new int[m];
        double[] nflow = new double[m];
        boolean sameCapacity = true;
        if (capacity != null) {
            for (int e = 0; e < m; e++) {
                if (capacity[e] != flow[e]) {
                    sameCapacity = false;
                    break;
                }
            }
        }
        double[] ncap2 = sameCapacity ? nflow : new double[m];
        for (int i = 0; i < m; i++) {
            int e = order[i];
            ntail[i] = newIndex[tail[e]];
            nhead[i] = newIndex[head[e]];
            nflow[i] = flow[e] == 0.0 ? 0.0 : flow[e];
            if (!sameCapacity) {
                ncap2[i] = capacity[e];
            }
            outStart[ntail[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            outStart[v + 1] += outStart[v];
        }
        for (int i = 1; i < m; i++) {
            if (ntail[i] == ntail[i - 1] && nhead[i] == nhead[i - 1]) {
                throw new IllegalArgumentException("parallel edges between input vertices " + permutation[ntail[i]]
                        + " and " + permutation[nhead[i]]);
            }
        }
        int[] inStart = new int[n + 1];
        for (int i = 0; i < m; i++) {
            inStart[nhead[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            inStart[v + 1] += inStart[v];
        }
        int[] inEdge = new int[m];
        int[] ifill = Arrays.copyOf(inStart, n);
        for (int i = 0; i < m; i++) {
            inEdge[ifill[nhead[i]]++] = i; // edges visited in (tail, head) order: in-lists sorted by tail
        }
        return new CompactGraph(n, m, outStart, nhead, ntail, nflow, ncap2, inStart, inEdge, own, ncap, component,
                count, permutation);
    }

    private static void checkAmount(double x, String what) {
        if (!(x >= 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException(what + " is negative or not finite: " + x);
        }
    }

    private interface IntKey {
        int key(int e);
    }

    /** Stable counting sort of 0..m-1 (or of {@code input}) by a key in 0..k-1. */
    private static int[] countingOrder(int m, int k, IntKey key, int[] input) {
        int[] count = new int[k + 1];
        for (int e = 0; e < m; e++) {
            count[key.key(e) + 1]++;
        }
        for (int i = 0; i < k; i++) {
            count[i + 1] += count[i];
        }
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            int e = input == null ? i : input[i];
            out[count[key.key(e)]++] = e;
        }
        return out;
    }

    /** Iterative Tarjan; returns the number of components and fills comp (reverse topological numbering). */
    private static int tarjan(int n, int[] start, int[] adj, int[] comp) {
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        int[] callV = new int[n];
        int[] callI = new int[n];
        int next = 0;
        int count = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callV[0] = root;
            callI[0] = start[root];
            index[root] = low[root] = next++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callV[depth];
                if (callI[depth] < start[v + 1]) {
                    int w = adj[callI[depth]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = next++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callV[depth] = w;
                        callI[depth] = start[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    if (low[v] == index[v]) {
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            comp[w] = count;
                        } while (w != v);
                        count++;
                    }
                    depth--;
                    if (depth >= 0) {
                        int parent = callV[depth];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
        return count;
    }

    /** Returns the number of vertices. */
    public int vertexCount() {
        return n;
    }

    /** Returns the number of edges. */
    public int edgeCount() {
        return m;
    }

    /** Returns the first out-edge of {@code v}; its out-edges are {@code outStart(v) .. outStart(v + 1) - 1}. */
    public int outStart(int v) {
        return outStart[v];
    }

    /** Returns the first position of {@code v}'s in-edges in {@link #inEdge(int)}. */
    public int inStart(int v) {
        return inStart[v];
    }

    /** Returns the edge at position {@code i} of the in-edge lists. */
    public int inEdge(int i) {
        return inEdge[i];
    }

    /** Returns the target vertex of edge {@code e}. */
    public int head(int e) {
        return head[e];
    }

    /** Returns the source vertex of edge {@code e}. */
    public int tail(int e) {
        return tail[e];
    }

    /** Returns the tonnes on edge {@code e}. */
    public double flow(int e) {
        return flow[e];
    }

    /** Returns the capacity of edge {@code e}. */
    public double capacity(int e) {
        return capacity[e];
    }

    /** Returns the own production of vertex {@code v}. */
    public double ownSupply(int v) {
        return ownSupply[v];
    }

    /** Returns the production capacity of vertex {@code v}. */
    public double nodeCapacity(int v) {
        return nodeCapacity[v];
    }

    /** Returns own supply plus inflow of vertex {@code v}: what passes through it. */
    public double throughput(int v) {
        return throughput[v];
    }

    /** Retained amounts up to this share of throughput are rounding of the out-flows, not supply kept. */
    public static final double RETAINED_RESIDUE = 1e-9;

    /**
     * Returns what vertex {@code v} keeps: its throughput less its out-flows, or 0 when that is at most
     * {@link #RETAINED_RESIDUE} of the throughput (the rounding of out-flows that pass everything on). O(out-degree).
     */
    public double retained(int v) {
        double out = 0;
        for (int e = outStart(v); e < outStart(v + 1); e++) {
            out += flow(e);
        }
        double kept = throughput(v) - out;
        return kept > RETAINED_RESIDUE * throughput(v) ? kept : 0.0;
    }

    /** Returns the component of {@code v}, numbered in topological order. */
    public int component(int v) {
        return component[v];
    }

    /** Returns the number of strongly connected components. */
    public int componentCount() {
        return componentCount;
    }

    /** Returns true if the graph has no cycle (every component is one vertex). */
    public boolean isAcyclic() {
        return componentCount == n;
    }

    /** Returns the number of vertices that lie on a cycle (in a component of two or more vertices). */
    public int verticesInCycles() {
        int count = 0;
        for (int v = 0; v < n; v++) {
            boolean alone = (v == 0 || component[v - 1] != component[v])
                    && (v == n - 1 || component[v + 1] != component[v]);
            if (!alone) {
                count++;
            }
        }
        return count;
    }

    /** Returns the input vertex number of compact vertex {@code v}. */
    public int inputIndex(int v) {
        return permutation[v];
    }

    /** Returns the approximate heap size of the arrays, in bytes. */
    public long memoryBytes() {
        long perEdge = 3L * 4 + 8L + (capacity == flow ? 0 : 8L);
        long perVertex = 4L * 4 + 8L * 3;
        return perEdge * m + perVertex * n;
    }

    @Override
    public String toString() {
        return "CompactGraph[" + n + " vertices, " + m + " edges, " + componentCount + " components"
                + (isAcyclic() ? ", acyclic" : "") + "]";
    }
}
