package org.msp.graph.chokepoint;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;

/** Independent brute-force versions of the chokepoint measures, on the JGraphT view, for property tests. */
final class BruteForce {
    private BruteForce() {
    }

    /** Returns true if supply reaches {@code target} from a node with own supply along flowing edges, avoiding {@code removed}. */
    static boolean reachable(SupplyNetwork net, Node target, Node removed) {
        return reachable(net, target, removed == null ? new boolean[net.nodeCount()] : mask(net, removed));
    }

    static boolean[] mask(SupplyNetwork net, Node... nodes) {
        boolean[] m = new boolean[net.nodeCount()];
        for (Node n : nodes) {
            m[net.index(n)] = true;
        }
        return m;
    }

    static boolean reachable(SupplyNetwork net, Node target, boolean[] removed) {
        return reachable(net, target, removed, true);
    }

    /**
     * As {@link #reachable(SupplyNetwork, Node, boolean[])}; when {@code targetOwnCounts} is false the target's own
     * supply is not a source (supply from other nodes only).
     */
    static boolean reachable(SupplyNetwork net, Node target, boolean[] removed, boolean targetOwnCounts) {
        boolean[] seen = new boolean[net.nodeCount()];
        Deque<Node> queue = new ArrayDeque<>();
        for (Node n : net.nodes()) {
            if (!removed[net.index(n)] && net.ownSupply(n) > 0 && (targetOwnCounts || !n.equals(target))) {
                seen[net.index(n)] = true;
                queue.add(n);
            }
        }
        while (!queue.isEmpty()) {
            Node u = queue.poll();
            if (u.equals(target)) {
                return true;
            }
            for (SupplyEdge e : net.graph().outgoingEdgesOf(u)) {
                Node w = net.graph().getEdgeTarget(e);
                int wi = net.index(w);
                if (e.tonnes() > 0 && !removed[wi] && !seen[wi]) {
                    seen[wi] = true;
                    queue.add(w);
                }
            }
        }
        return false;
    }

    /**
     * Throughputs after removing {@code removed} under proportional propagation, solving the whole linear system
     * {@code T'(v) = own(v) + sum P(x -> v) T'(x)} densely by Gaussian elimination.
     */
    static double[] throughputWithout(SupplyNetwork net, boolean[] removed) {
        int n = net.nodeCount();
        List<Node> nodes = net.nodes();
        double[][] a = new double[n][n + 1];
        for (int v = 0; v < n; v++) {
            a[v][v] = 1;
            if (!removed[v]) {
                a[v][n] = net.ownSupply(nodes.get(v));
            }
        }
        for (SupplyEdge e : net.edges()) {
            int x = net.index(e.source());
            int v = net.index(e.target());
            double t = net.throughput(e.source());
            if (!removed[x] && !removed[v] && t > 0) {
                a[v][x] -= e.tonnes() / t;
            }
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            double[] tmp = a[piv];
            a[piv] = a[col];
            a[col] = tmp;
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col] / a[col][col];
                    for (int j = col; j <= n; j++) {
                        a[r][j] -= f * a[col][j];
                    }
                }
            }
        }
        double[] t = new double[n];
        for (int v = 0; v < n; v++) {
            t[v] = a[v][n] / a[v][v];
        }
        return t;
    }
}
