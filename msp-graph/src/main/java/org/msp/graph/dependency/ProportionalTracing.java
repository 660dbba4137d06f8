package org.msp.graph.dependency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.CompactGraph;
import org.msp.graph.internal.NetworkMemo;
import org.msp.graph.internal.OriginTracing;
import org.msp.model.Stage;

/**
 * {@link LookThroughDependencyAlgorithm} by proportional tracing on the network's compact form.
 *
 * <p><b>Definition.</b> Every node mixes what it receives (own supply and inflows) and sends each tonne on
 * in the same proportions. A tonne <em>enters</em> stage {@code S} at an actor node of {@code S} when it is
 * that node's own supply or arrives there from another stage (refining of ore, material made from refined
 * metal); supply of an unknown-source node at stage {@code U} enters {@code S} at "unknown" for {@code S = U}
 * and every primary stage before {@code U}. A consumer's dependence on origin {@code o} at stage {@code S} is
 * the share of its throughput that last entered {@code S} at {@code o}; the share that never entered
 * {@code S} is reported as untraced. Trade within a stage does not change origins: refined lithium that China
 * exports to Korea is of Chinese refining origin in Korea. Source: Cheng et al., "Tracing the origins of
 * critical minerals", Nature Communications 2024 (proportional upstream tracing with unknown-source nodes).
 *
 * <p><b>Algorithm.</b> One consumer: for each stage, one backward pass over the compact graph in reverse
 * topological order (the adjoint of the tracing equations) credits every origin at once. All consumers:
 * one forward pass in topological order over the mineral's nodes carries a row of origin fractions per node
 * (up to 64 origins per pass, in contiguous arrays) and gives every origin's share at every node. Strongly connected
 * components (recycling loops, two-way trade) are solved by Gauss–Seidel iteration to convergence (see
 * {@link OriginTracing}). Running time O(s · (n + m)) for one consumer over s stages, O(k · (n + m)) for a
 * matrix with k origins over the mineral's n nodes and m edges; work space n · min(k, 64) doubles. This class is immutable and
 * thread-safe.
 */
public final class ProportionalTracing implements LookThroughDependencyAlgorithm {
    /** Origins traced together in one pass: bounds the work space to {@code BLOCK} doubles per vertex. */
    private static final int BLOCK = 64;
    private final SupplyNetwork network;
    private final CompactGraph g;
    private final OriginTracing tracer;
    private final int[] stage;

    /** Returns proportional tracing over {@code network}, in O(n). */
    public ProportionalTracing(SupplyNetwork network) {
        this.network = Objects.requireNonNull(network, "network");
        this.g = network.compact();
        int n = network.nodeCount();
        stage = new int[n];
        boolean[] unknown = new boolean[n];
        for (int v = 0; v < n; v++) {
            Node node = network.node(v);
            stage[v] = node.stage().ordinal();
            unknown[v] = node.isUnknownSource();
        }
        boolean[] primary = new boolean[Stage.values().length];
        for (Stage s : Stage.values()) {
            primary[s.ordinal()] = s.isPrimary();
        }
        this.tracer = new OriginTracing(g, stage, unknown, primary);
    }

    /** Returns the network traced. */
    public SupplyNetwork network() {
        return network;
    }

    /** Returns the label of a node's origin: the actor's text form, or {@link OriginShare#UNKNOWN}. */
    static String label(Node n) {
        return n.isUnknownSource() ? OriginShare.UNKNOWN : n.actor().toString();
    }

    @Override
    public Dependence dependence(Node consumer) {
        int c = network.index(consumer);
        // The same consumer's dependence on the same network is asked again by the report's views: computed once.
        return NetworkMemo.get(network, List.of("dependence", consumer), () -> trace(consumer, c));
    }

    @Override
    public Optional<StageOrigins> dependence(Node consumer, Stage stage) {
        Objects.requireNonNull(stage, "stage");
        int c = network.index(consumer);
        // One backward pass instead of one per stage, unless the whole dependence is known already.
        Dependence all = NetworkMemo.peek(network, List.of("dependence", consumer));
        if (all != null) {
            return all.at(stage);
        }
        return NetworkMemo.get(network, List.of("dependence", consumer, stage), () -> {
            int n = network.nodeCount();
            return stageOrigins(c, g.throughput(c), stage, new double[n], new double[n]);
        });
    }

    private Dependence trace(Node consumer, int c) {
        int n = network.nodeCount();
        double supply = g.throughput(c);
        double[] credit = new double[n];
        double[] work = new double[n];
        List<StageOrigins> stages = new ArrayList<>();
        // Every stage, whether or not the network has nodes at it: supply of ?X/refining enters mining at
        // "unknown" even when the network has no mining node, as in matrix(mineral, stage, MINING).
        for (Stage s : Stage.values()) {
            if (supply <= 0) {
                break;
            }
            stageOrigins(c, supply, s, credit, work).ifPresent(stages::add);
        }
        return new Dependence(consumer, supply, stages);
    }

    /** Returns where consumer {@code c}'s supply entered stage {@code s}, empty if none of it did; one backward pass. */
    private Optional<StageOrigins> stageOrigins(int c, double supply, Stage s, double[] credit, double[] work) {
        if (supply <= 0) {
            return Optional.empty();
        }
        int n = credit.length;
        tracer.backward(c, s.ordinal(), credit, work);
        Map<String, Double> byOrigin = new TreeMap<>();
        double traced = 0;
        for (int v = 0; v < n; v++) {
            if (credit[v] > 0) {
                byOrigin.merge(label(network.node(v)), credit[v], Double::sum);
                traced += credit[v];
            }
        }
        if (traced <= supply * 1e-12) {
            return Optional.empty();
        }
        List<OriginShare> origins = new ArrayList<>();
        for (Map.Entry<String, Double> e : byOrigin.entrySet()) {
            origins.add(new OriginShare(e.getKey(), e.getValue(), Math.min(1, e.getValue() / supply)));
        }
        return Optional.of(new StageOrigins(s, origins, 1 - traced / supply));
    }

    @Override
    public Dependence dependence(String iso3, String mineral) {
        return dependence(network.consumerNode(iso3, mineral).orElseThrow(() -> new IllegalArgumentException(
                iso3 + " has no " + mineral + " supply at any stage of " + network)));
    }

    @Override
    public DependenceMatrix matrix(String mineral, Stage consumerStage, Stage originStage) {
        int n = network.nodeCount();
        List<Integer> rows = new ArrayList<>();
        List<Integer> members = new ArrayList<>();
        TreeMap<String, List<Integer>> byLabel = new TreeMap<>();
        boolean anyUnknown = false;
        for (int v = 0; v < n; v++) {
            Node node = network.node(v);
            if (!node.mineral().equals(mineral)) {
                continue;
            }
            members.add(v);
            if (!node.isUnknownSource() && node.stage() == consumerStage && g.throughput(v) > 0) {
                rows.add(v);
            }
            if (node.isUnknownSource()) {
                anyUnknown = true;
            } else if (node.stage() == originStage) {
                byLabel.computeIfAbsent(label(node), k -> new ArrayList<>()).add(v);
            }
        }
        List<String> labels = new ArrayList<>(byLabel.keySet());
        if (anyUnknown) {
            labels.add(OriginShare.UNKNOWN);
        }
        int[] vertices = members.stream().mapToInt(Integer::intValue).toArray();
        int[] rowOf = new int[n];
        for (int i = 0; i < vertices.length; i++) {
            rowOf[vertices[i]] = i;
        }
        int[] labelOf = new int[n];
        java.util.Arrays.fill(labelOf, -1);
        int li = 0;
        for (List<Integer> vs : byLabel.values()) {
            for (int v : vs) {
                labelOf[v] = li;
            }
            li++;
        }
        double[][] shares = new double[rows.size()][labels.size()];
        int block = Math.max(1, Math.min(labels.size(), BLOCK));
        double[] out = new double[vertices.length * block];
        int[] column = new int[n];
        for (int from = 0; from < labels.size(); from += block) {
            int k = Math.min(block, labels.size() - from);
            for (int v : vertices) {
                int l = labelOf[v];
                column[v] = l >= from && l < from + k ? l - from : -1;
            }
            int unknownColumn = anyUnknown && labels.size() - 1 >= from && labels.size() - 1 < from + k
                    ? labels.size() - 1 - from : -1;
            tracer.forwardAll(originStage.ordinal(), vertices, column, unknownColumn, k, rowOf, out);
            for (int i = 0; i < rows.size(); i++) {
                int base = rowOf[rows.get(i)] * k;
                for (int q = 0; q < k; q++) {
                    shares[i][from + q] = out[base + q];
                }
            }
        }
        // Rows by decreasing supply, columns by decreasing tonnes over all rows; ties by node and label.
        Integer[] ro = new Integer[rows.size()];
        for (int i = 0; i < ro.length; i++) {
            ro[i] = i;
        }
        java.util.Arrays.sort(ro, java.util.Comparator.<Integer>comparingDouble(i -> -g.throughput(rows.get(i)))
                .thenComparing(i -> network.node(rows.get(i))));
        double[] weight = new double[labels.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int q = 0; q < labels.size(); q++) {
                weight[q] += g.throughput(rows.get(i)) * shares[i][q];
            }
        }
        Integer[] co = new Integer[labels.size()];
        for (int q = 0; q < co.length; q++) {
            co[q] = q;
        }
        java.util.Arrays.sort(co, java.util.Comparator.<Integer>comparingDouble(q -> -weight[q])
                .thenComparing(labels::get));
        double[][] sorted = new double[ro.length][co.length];
        List<Node> consumers = new ArrayList<>();
        for (int i = 0; i < ro.length; i++) {
            consumers.add(network.node(rows.get(ro[i])));
            for (int q = 0; q < co.length; q++) {
                sorted[i][q] = shares[ro[i]][co[q]];
            }
        }
        List<String> columns = new ArrayList<>();
        for (Integer q : co) {
            columns.add(labels.get(q));
        }
        return new DependenceMatrix(mineral, originStage, consumers, columns, sorted);
    }

    @Override
    public SortedMap<Node, Double> remainingSupply(Set<Node> removed) {
        int n = network.nodeCount();
        boolean[] cut = new boolean[n];
        for (Node r : removed) {
            cut[network.index(r)] = true;
        }
        double[] kept = new double[n];
        tracer.remaining(cut, kept);
        ImmutableSortedMap.Builder<Node, Double> b = ImmutableSortedMap.naturalOrder();
        for (int v = 0; v < n; v++) {
            if (!network.node(v).isUnknownSource()) {
                b.put(network.node(v), kept[v]);
            }
        }
        return b.build();
    }

    /**
     * Returns, for one consumer and stage, the tonnes credited to each vertex (origin actors at the stage and
     * unknown sources); for the bounds in {@link MaxFlowBlocBounds}.
     */
    double[] credits(int consumer, Stage s) {
        int n = network.nodeCount();
        double[] credit = new double[n];
        tracer.backward(consumer, s.ordinal(), credit, new double[n]);
        return credit;
    }

    @Override
    public String toString() {
        return "ProportionalTracing[" + network + "]";
    }
}
