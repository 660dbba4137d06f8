package org.msp.graph.chokepoint;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msp.graph.Node;

/**
 * The dominator tree of a supply network's flow graph, rooted at a super-source that feeds every node with own
 * supply: for each node, its immediate dominator, the closest node that every supply path to it must cross.
 *
 * <p>A node missing from {@link #immediateDominator()} and from {@link #unreachable()} is dominated by the
 * super-source alone: it has own supply, or supply paths that share no node. Maps and sets iterate in the
 * network's node order (topological). This class is immutable and thread-safe.
 *
 * @param immediateDominator node to its immediate dominator, for nodes that have one other than the super-source
 * @param unreachable        nodes that no supply reaches (no own supply and no flowing path from a node with it)
 */
public record DominatorTree(Map<Node, Node> immediateDominator, Set<Node> unreachable) {
    public DominatorTree {
        immediateDominator = ImmutableMap.copyOf(Objects.requireNonNull(immediateDominator,
                "DominatorTree.immediateDominator is null"));
        unreachable = ImmutableSet.copyOf(Objects.requireNonNull(unreachable, "DominatorTree.unreachable is null"));
        for (Node n : immediateDominator.keySet()) {
            if (unreachable.contains(n)) {
                throw new IllegalArgumentException("DominatorTree: node " + n + " is both dominated and unreachable");
            }
        }
    }

    /** Returns the immediate dominator of {@code node}, or empty if only the super-source dominates it. */
    public Optional<Node> immediateDominator(Node node) {
        return Optional.ofNullable(immediateDominator.get(node));
    }

    /**
     * Returns the strict dominators of {@code node} (its single points of failure), ordered from the source side
     * towards the node; empty if none or if no supply reaches it.
     */
    public List<Node> dominators(Node node) {
        List<Node> chain = new ArrayList<>();
        Node d = immediateDominator.get(node);
        while (d != null) {
            chain.add(d);
            d = immediateDominator.get(d);
        }
        Collections.reverse(chain);
        return ImmutableList.copyOf(chain);
    }

    /** Returns true if {@code d} strictly dominates {@code node}. */
    public boolean dominates(Node d, Node node) {
        Node x = immediateDominator.get(node);
        while (x != null) {
            if (x.equals(d)) {
                return true;
            }
            x = immediateDominator.get(x);
        }
        return false;
    }

    /** Returns true if some supply reaches {@code node}. */
    public boolean isReachable(Node node) {
        return !unreachable.contains(node);
    }

    /** Returns a summary and at most ten "node <- immediate dominator" lines. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DominatorTree[").append(immediateDominator.size())
                .append(" nodes with a single point of failure, ").append(unreachable.size()).append(" unreachable]");
        int i = 0;
        for (Map.Entry<Node, Node> e : immediateDominator.entrySet()) {
            if (i++ == 10) {
                sb.append("\n  ... and ").append(immediateDominator.size() - 10).append(" more");
                break;
            }
            sb.append("\n  ").append(e.getKey()).append(" <- ").append(e.getValue());
        }
        return sb.toString();
    }
}
