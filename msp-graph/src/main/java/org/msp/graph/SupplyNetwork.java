package org.msp.graph;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.msp.graph.internal.CompactGraph;
import org.msp.model.FlowOrigin;
import org.msp.model.Provenance;
import org.msp.model.Stage;

/**
 * A multi-stage supply network of one year: a JGraphT directed graph whose vertices are {@link Node}s
 * (an actor's product at a stage, or an unknown source) and whose edges are {@link SupplyEdge}s carrying
 * tonnes, plus each node's own production ("own supply") entering from outside the graph.
 *
 * <p>The network is the public face; the heavy algorithms run on its {@link #compact() compact form}. Node
 * indices ({@link #index(Node)}) are those of the compact form: a topological order of the condensation,
 * so that every edge goes from a lower to a higher index except inside a recycling loop. Iteration orders
 * are fixed: {@link #nodes()} by index; {@link #graph()} vertices in index order and edges in the order of
 * the compact form (by source index, then target index).
 *
 * <p>Made by {@link #builder(int)} (or from a dataset by the network builder). This class is immutable and
 * thread-safe: the graph is an unmodifiable view of a graph no one else holds.
 */
public final class SupplyNetwork {
    private final int year;
    private final SortedSet<String> minerals;
    private final List<Node> nodes;
    private final Map<Node, Integer> index;
    private final List<SupplyEdge> edges;
    private final Graph<Node, SupplyEdge> graph;
    private final CompactGraph compact;
    private final SortedMap<String, String> facilityCountries;
    private final List<UnexplainedTrade> unexplainedTrade;

    private SupplyNetwork(int year, List<Node> nodes, List<SupplyEdge> edges, CompactGraph compact,
            SortedMap<String, String> facilityCountries, List<UnexplainedTrade> unexplainedTrade) {
        this.year = year;
        this.unexplainedTrade = unexplainedTrade;
        this.facilityCountries = facilityCountries;
        this.nodes = nodes;
        this.edges = edges;
        this.compact = compact;
        Map<Node, Integer> idx = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            idx.put(nodes.get(i), i);
        }
        this.index = idx;
        TreeSet<String> ms = new TreeSet<>();
        nodes.forEach(n -> ms.add(n.mineral()));
        this.minerals = ImmutableSortedSet.copyOf(ms);
        DefaultDirectedGraph<Node, SupplyEdge> g = new DefaultDirectedGraph<>(null, null, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public double getEdgeWeight(SupplyEdge e) {
                return e.tonnes();
            }
        };
        nodes.forEach(g::addVertex);
        edges.forEach(e -> g.addEdge(e.source(), e.target(), e));
        this.graph = new AsUnmodifiableGraph<>(g);
    }

    /** Returns a builder for a network of {@code year}. */
    public static Builder builder(int year) {
        return new Builder(year);
    }

    /** Returns the year the network describes. */
    public int year() {
        return year;
    }

    /** Returns the ids of the minerals with nodes in the network, sorted. */
    public SortedSet<String> minerals() {
        return minerals;
    }

    /** Returns the unmodifiable JGraphT graph; an edge's weight is its tonnes. */
    public Graph<Node, SupplyEdge> graph() {
        return graph;
    }

    /** Returns the nodes in index order. */
    public List<Node> nodes() {
        return nodes;
    }

    /** Returns the edges in the order of the compact form (edge {@code i} of the list is compact edge {@code i}). */
    public List<SupplyEdge> edges() {
        return edges;
    }

    /** Returns the number of nodes. */
    public int nodeCount() {
        return nodes.size();
    }

    /** Returns the number of edges. */
    public int edgeCount() {
        return edges.size();
    }

    /** Returns true if the network has {@code node}. */
    public boolean contains(Node node) {
        return index.containsKey(node);
    }

    /**
     * Returns the index of {@code node}, which is its vertex number in the compact form.
     *
     * @throws IllegalArgumentException if the network has no such node
     */
    public int index(Node node) {
        Integer i = index.get(node);
        if (i == null) {
            throw new IllegalArgumentException("the network has no node " + node);
        }
        return i;
    }

    /** Returns the node with index {@code i}. */
    public Node node(int i) {
        return nodes.get(i);
    }

    /** Returns the node's own production (supply entering from outside the network). */
    public double ownSupply(Node node) {
        return compact.ownSupply(index(node));
    }

    /** Returns the node's production capacity; at least its own supply. */
    public double capacity(Node node) {
        return compact.nodeCapacity(index(node));
    }

    /** Returns the node's own supply plus its inflow: what passes through it. */
    public double throughput(Node node) {
        return compact.throughput(index(node));
    }

    /** Returns the node's inflow from other nodes. */
    public double inflow(Node node) {
        int v = index(node);
        return compact.throughput(v) - compact.ownSupply(v);
    }

    /**
     * Returns what the node keeps for its own use: its throughput less what it sends on (exports, deliveries to a
     * next stage). A remainder of at most a billionth of the throughput is the rounding of out-flows that pass
     * everything on, and counts as 0, so that a pure transit node never looks like a consumer. O(out-degree).
     *
     * @throws IllegalArgumentException if the network has no such node
     */
    public double retained(Node node) {
        return compact.retained(index(node));
    }

    /**
     * Returns the node at which country {@code iso3} consumes {@code mineral}: its actor node of the mineral at the
     * highest primary stage ({@link Stage#isPrimary()}) with positive throughput; empty if it has none. O(stages).
     */
    public Optional<Node> consumerNode(String iso3, String mineral) {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(mineral, "mineral");
        Stage[] stages = Stage.values();
        for (int i = stages.length - 1; i >= 0; i--) {
            Node node = Node.of(iso3, stages[i], mineral);
            if (stages[i].isPrimary() && contains(node) && throughput(node) > 0) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    /** Returns the edge from {@code source} to {@code target}, if there is one. */
    public Optional<SupplyEdge> edge(Node source, Node target) {
        return Optional.ofNullable(graph.containsVertex(source) && graph.containsVertex(target)
                ? graph.getEdge(source, target) : null);
    }

    /**
     * Returns the int-indexed compact form the kernels run on. Not part of the supported API: its type
     * lives in a package the module does not export.
     */
    public CompactGraph compact() {
        return compact;
    }

    /**
     * Returns the host country of each facility of the network whose country is known (the network builder
     * records it from the dataset), by facility id.
     */
    public SortedMap<String, String> facilityCountries() {
        return facilityCountries;
    }

    /**
     * Returns the ISO3 code of the country a node is in: the country itself, or a facility's host country when
     * the network knows it; for an unknown-source node, that of its actor.
     */
    public Optional<String> country(Node node) {
        Objects.requireNonNull(node, "node");
        return node.isCountry() ? Optional.of(node.actor().id())
                : Optional.ofNullable(facilityCountries.get(node.actor().id()));
    }

    /**
     * Returns the reported trade the network does not carry as supply ({@link UnexplainedTrade}: tonnes beyond
     * what the flow's value pays for at the mineral's price, or beyond what the exporter produces and imports),
     * ordered by exporter, importer, then reason. Empty for a network not made by the network builder.
     */
    public List<UnexplainedTrade> unexplainedTrade() {
        return unexplainedTrade;
    }

    /** Returns the {@linkplain #unexplainedTrade() unexplained trade} of one mineral, in the same order. */
    public List<UnexplainedTrade> unexplainedTrade(String mineral) {
        Objects.requireNonNull(mineral, "mineral");
        return unexplainedTrade.stream().filter(t -> t.exporter().mineral().equals(mineral)).toList();
    }

    /**
     * Returns what {@code node} does: {@link NodeRole#UNKNOWN_SOURCE} for an unknown source; for an actor node,
     * {@link NodeRole#PRODUCER} when it has own supply or input from another stage, else
     * {@link NodeRole#TRANSIT_HUB} when it sends on what it imports, {@link NodeRole#CONSUMER} when it only
     * receives, {@link NodeRole#IDLE} when nothing passes through it. Runs in time linear in its degree.
     *
     * @throws IllegalArgumentException if the network has no such node
     */
    public NodeRole role(Node node) {
        int v = index(node);
        if (node.isUnknownSource()) {
            return NodeRole.UNKNOWN_SOURCE;
        }
        if (compact.ownSupply(v) > 0) {
            return NodeRole.PRODUCER;
        }
        boolean in = false;
        for (SupplyEdge e : graph.incomingEdgesOf(node)) {
            if (e.tonnes() > 0) {
                if (e.source().stage() != node.stage()) {
                    return NodeRole.PRODUCER;
                }
                in = true;
            }
        }
        boolean out = graph.outgoingEdgesOf(node).stream().anyMatch(e -> e.tonnes() > 0);
        return in ? (out ? NodeRole.TRANSIT_HUB : NodeRole.CONSUMER) : NodeRole.IDLE;
    }

    /** Returns one line with the year, minerals and sizes. */
    @Override
    public String toString() {
        long inferred = edges.stream().filter(SupplyEdge::isInferred).count();
        long unknown = nodes.stream().filter(Node::isUnknownSource).count();
        double unexplained = unexplainedTrade.stream().mapToDouble(UnexplainedTrade::tonnes).sum();
        return String.format(Locale.ROOT, "SupplyNetwork[%d, %s: %,d nodes (%,d unknown sources), %,d edges (%,d inferred)%s%s]",
                year, minerals, nodes.size(), unknown, edges.size(), inferred,
                compact.isAcyclic() ? "" : ", " + compact.verticesInCycles() + " nodes in loops",
                unexplainedTrade.isEmpty() ? "" : String.format(Locale.ROOT, ", %,.0f t of reported trade unexplained",
                        unexplained));
    }

    /**
     * Collects the nodes and edges of a {@link SupplyNetwork}. Nodes used by an edge but never added get an
     * own supply of zero. A builder is not thread-safe.
     */
    public static final class Builder {
        private static final Provenance USER = Provenance.user("edge added to a network builder");
        private final int year;
        private final Map<Node, double[]> nodes = new TreeMap<>();
        private final List<SupplyEdge> edges = new ArrayList<>();
        private final TreeMap<String, String> facilityCountries = new TreeMap<>();
        private final List<UnexplainedTrade> unexplainedTrade = new ArrayList<>();

        private Builder(int year) {
            this.year = year;
        }

        /** Adds {@code node} with its own supply; its capacity equals its own supply. */
        public Builder node(Node node, double ownSupply) {
            return node(node, ownSupply, ownSupply);
        }

        /**
         * Adds {@code node} with its own supply and production capacity.
         *
         * @throws IllegalArgumentException if the node was added before, or the amounts are negative, not
         *     finite, or the capacity is below the own supply
         */
        public Builder node(Node node, double ownSupply, double capacity) {
            Objects.requireNonNull(node, "node");
            amount(ownSupply, "own supply of ", node, null);
            amount(capacity, "capacity of ", node, null);
            if (capacity < ownSupply) {
                throw new IllegalArgumentException("capacity of " + node + " is below its own supply: " + capacity
                        + " < " + ownSupply);
            }
            double[] prev = nodes.get(node);
            if (prev != null && prev.length == 2) {
                throw new IllegalArgumentException("node " + node + " added twice");
            }
            nodes.put(node, new double[] {ownSupply, capacity});
            return this;
        }

        /**
         * Records the host country of a facility, so that analyses by country (export bans, consumers) count
         * the facility's nodes with that country.
         *
         * @throws IllegalArgumentException if the code is not three upper-case letters, or the facility was given
         *     another country before
         */
        public Builder facilityCountry(String facilityId, String iso3) {
            Objects.requireNonNull(facilityId, "facilityId");
            Objects.requireNonNull(iso3, "iso3");
            if (!iso3.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("country of facility " + facilityId + " is not an ISO3 code: '"
                        + iso3 + "'");
            }
            String prev = facilityCountries.putIfAbsent(facilityId, iso3);
            if (prev != null && !prev.equals(iso3)) {
                throw new IllegalArgumentException("facility " + facilityId + " given two countries: " + prev + ", "
                        + iso3);
            }
            return this;
        }

        /** Records reported trade that the network does not carry as supply (see {@link UnexplainedTrade}). */
        public Builder unexplainedTrade(UnexplainedTrade trade) {
            unexplainedTrade.add(Objects.requireNonNull(trade, "trade"));
            return this;
        }

        /** Adds a reported edge whose capacity equals its tonnes. */
        public Builder edge(Node source, Node target, double tonnes) {
            return edge(source, target, tonnes, tonnes, FlowOrigin.REPORTED, USER);
        }

        /**
         * Adds an edge.
         *
         * @throws IllegalArgumentException if it is a self-loop, the amounts are negative or not finite, or
         *     the capacity is below the tonnes; parallel edges are reported by {@link #build()}
         */
        public Builder edge(Node source, Node target, double tonnes, double capacity, FlowOrigin origin,
                Provenance provenance) {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(provenance, "provenance");
            if (source.equals(target)) {
                throw new IllegalArgumentException("self-loop at " + source);
            }
            amount(tonnes, "tonnes of ", source, target);
            amount(capacity, "capacity of ", source, target);
            if (capacity < tonnes) {
                throw new IllegalArgumentException("capacity of " + source + " -> " + target + " is below its tonnes");
            }
            nodes.putIfAbsent(source, new double[] {0, 0, 0});
            nodes.putIfAbsent(target, new double[] {0, 0, 0});
            edges.add(new SupplyEdge(source, target, tonnes == 0.0 ? 0.0 : tonnes, capacity, origin, provenance));
            return this;
        }

        /**
         * Returns the items {@code 0..m-1} (in the order of {@code input}, or natural order if null) stably sorted
         * by {@code key}, which lies in {@code 0..n-1}.
         */
        private static int[] countingOrder(int m, int n, java.util.function.IntUnaryOperator key, int[] input) {
            int[] start = new int[n + 1];
            for (int e = 0; e < m; e++) {
                start[key.applyAsInt(e) + 1]++;
            }
            for (int v = 0; v < n; v++) {
                start[v + 1] += start[v];
            }
            int[] out = new int[m];
            for (int i = 0; i < m; i++) {
                int e = input == null ? i : input[i];
                out[start[key.applyAsInt(e)]++] = e;
            }
            return out;
        }

        /** Checks an amount; the message is only assembled on failure (building it per edge cost seconds). */
        private static void amount(double x, String what, Node node, Node target) {
            if (!(x >= 0) || Double.isInfinite(x)) {
                throw new IllegalArgumentException(what + node + (target == null ? "" : " -> " + target)
                        + " is negative or not finite: " + x);
            }
        }

        /**
         * Builds the network and its compact form.
         *
         * @throws IllegalArgumentException if two edges join the same pair of nodes in the same direction
         */
        public SupplyNetwork build() {
            List<Node> sorted = new ArrayList<>(nodes.keySet());
            Map<Node, Integer> in = new HashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                in.put(sorted.get(i), i);
            }
            int n = sorted.size();
            int m = edges.size();
            double[] own = new double[n];
            double[] cap = new double[n];
            for (int i = 0; i < n; i++) {
                double[] a = nodes.get(sorted.get(i));
                own[i] = a[0];
                cap[i] = a[1];
            }
            int[] tail = new int[m];
            int[] head = new int[m];
            double[] flow = new double[m];
            double[] ecap = new double[m];
            for (int e = 0; e < m; e++) {
                SupplyEdge se = edges.get(e);
                tail[e] = in.get(se.source());
                head[e] = in.get(se.target());
                flow[e] = se.tonnes();
                ecap[e] = se.capacity();
            }
            CompactGraph compact = CompactGraph.of(n, tail, head, flow, ecap, own, cap);
            List<Node> ordered = new ArrayList<>(n);
            int[] newIndex = new int[n];
            for (int v = 0; v < n; v++) {
                ordered.add(sorted.get(compact.inputIndex(v)));
                newIndex[compact.inputIndex(v)] = v;
            }
            // Edges in compact order (by new tail, then new head): two stable counting passes, O(n + m). A hash
            // map keyed by the packed pair of ends was slower: Long.hashCode of (tail << 32 | head) is
            // tail ^ head, which collides heavily on large networks.
            int[] byHead = countingOrder(m, n, e -> newIndex[head[e]], null);
            int[] byTailThenHead = countingOrder(m, n, e -> newIndex[tail[e]], byHead);
            List<SupplyEdge> orderedEdges = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                int e = byTailThenHead[i];
                if (newIndex[tail[e]] != compact.tail(i) || newIndex[head[e]] != compact.head(i)) {
                    // Only parallel edges can break the one-to-one match; the compact form refuses them first.
                    throw new IllegalStateException("edge order disagrees with the compact form at edge " + i);
                }
                orderedEdges.add(edges.get(e));
            }
            return new SupplyNetwork(year, ImmutableList.copyOf(ordered), ImmutableList.copyOf(orderedEdges), compact,
                    ImmutableSortedMap.copyOfSorted(facilityCountries), ImmutableList.sortedCopyOf(
                            java.util.Comparator.comparing(UnexplainedTrade::exporter)
                                    .thenComparing(UnexplainedTrade::importer).thenComparing(UnexplainedTrade::reason),
                            unexplainedTrade));
        }
    }
}
