package org.msp.examples.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.dependency.DependenceMatrix;
import org.msp.graph.dependency.LookThroughDependencyAlgorithm;
import org.msp.graph.dependency.OriginShare;
import org.msp.model.Stage;

/**
 * The data of a flow (Sankey) diagram of one mineral from mine to consumer: one column per stage of the chain
 * with the countries where material <em>entered</em> that stage, and a last column with the countries that
 * keep it (their consumption, stocks and uses outside the data).
 *
 * <p><b>Definition.</b> Origins follow proportional tracing ({@link LookThroughDependencyAlgorithm}, Cheng et al. 2024):
 * material enters stage S at an actor node as its own supply or as input from another stage, and at
 * "unknown" when it comes from an unknown-source node of stage S. A link from column S to column S' carries
 * the tonnes of each inter-stage edge of the network, split by the origin at S of the node that sends it; a
 * link into the last column carries what each node keeps (throughput less outflow), split by its origin at its
 * own stage. Each column shows its {@code maxPerColumn} largest labels and gathers the rest as "other".
 *
 * <p>Running time O(s (n + m) k) for s stages and k origins per stage (one dependence matrix per stage). This
 * class is immutable and thread-safe.
 *
 * @param mineral the mineral
 * @param year    the year of the network
 * @param columns the column titles, left to right (stages, then "kept by")
 * @param nodes   the boxes, by column then decreasing tonnes ("other" and "unknown" last in a column)
 * @param links   the bands between boxes, by source then target
 */
public record FlowDiagram(String mineral, int year, List<String> columns, List<Box> nodes, List<Link> links) {
    /** The label that gathers the smaller countries of a column. */
    public static final String OTHER = "other";

    /**
     * One box of the diagram.
     *
     * @param column the column index
     * @param label  an ISO3 code, a facility label, "unknown" or "other"
     * @param tonnes what enters or leaves the box, whichever is larger
     */
    public record Box(int column, String label, double tonnes) {
        public Box {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * One band between two boxes.
     *
     * @param source index of the source box in {@link #nodes()}
     * @param target index of the target box
     * @param tonnes tonnes carried, positive
     */
    public record Link(int source, int target, double tonnes) {
    }

    public FlowDiagram {
        Objects.requireNonNull(mineral, "mineral");
        columns = ImmutableList.copyOf(columns);
        nodes = ImmutableList.copyOf(nodes);
        links = ImmutableList.copyOf(links);
    }

    /**
     * Builds the diagram of {@code mineral} from a network that holds it.
     *
     * @param maxPerColumn how many labels a column shows before "other" (at least 1)
     * @throws IllegalArgumentException if the network has no actor node of the mineral
     */
    public static FlowDiagram of(SupplyNetwork network, String mineral, int maxPerColumn) {
        if (maxPerColumn < 1) {
            throw new IllegalArgumentException("maxPerColumn must be at least 1: " + maxPerColumn);
        }
        TreeSet<Stage> stages = new TreeSet<>();
        for (Node n : network.nodes()) {
            if (n.mineral().equals(mineral) && !n.isUnknownSource() && n.stage().isPrimary()) {
                stages.add(n.stage());
            }
        }
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("the network of " + network.year() + " has no node of " + mineral);
        }
        List<Stage> stageList = new ArrayList<>(stages);
        int keptColumn = stageList.size();
        LookThroughDependencyAlgorithm tracing = LookThroughDependencyAlgorithm.of(network);
        Map<Stage, DependenceMatrix> matrices = new TreeMap<>();
        for (Stage s : stageList) {
            matrices.put(s, tracing.matrix(mineral, s, s));
        }
        // raw tonnes per (column, label) entering, and per (column,label)->(column,label) link
        List<Map<String, Double>> entered = new ArrayList<>();
        for (int i = 0; i <= keptColumn; i++) {
            entered.add(new TreeMap<>());
        }
        Map<String, Double> rawLinks = new TreeMap<>();
        for (Node v : network.nodes()) {
            if (!v.mineral().equals(mineral) || !stages.contains(v.stage())) {
                continue;
            }
            int col = stageList.indexOf(v.stage());
            if (v.isUnknownSource()) {
                entered.get(col).merge(OriginShare.UNKNOWN, network.ownSupply(v), Double::sum);
            } else {
                double in = network.ownSupply(v);
                for (SupplyEdge e : network.graph().incomingEdgesOf(v)) {
                    if (e.source().stage() != v.stage()) {
                        in += e.tonnes();
                    }
                }
                entered.get(col).merge(label(v), in, Double::sum);
            }
            // inter-stage edges out of v, by v's origin at its stage
            for (SupplyEdge e : network.graph().outgoingEdgesOf(v)) {
                Node t = e.target();
                if (t.stage() == v.stage() || !stages.contains(t.stage()) || !t.mineral().equals(mineral)) {
                    continue;
                }
                int tc = stageList.indexOf(t.stage());
                for (Map.Entry<String, Double> o : origins(matrices.get(v.stage()), v).entrySet()) {
                    rawLinks.merge(key(col, o.getKey(), tc, label(t)), e.tonnes() * o.getValue(), Double::sum);
                }
            }
            if (!v.isUnknownSource()) {
                double out = 0;
                for (SupplyEdge e : network.graph().outgoingEdgesOf(v)) {
                    out += e.tonnes();
                }
                double kept = network.throughput(v) - out;
                if (kept > 1e-9) {
                    entered.get(keptColumn).merge(label(v), kept, Double::sum);
                    for (Map.Entry<String, Double> o : origins(matrices.get(v.stage()), v).entrySet()) {
                        rawLinks.merge(key(col, o.getKey(), keptColumn, label(v)), kept * o.getValue(), Double::sum);
                    }
                }
            }
        }
        // choose the labels each column shows
        List<Map<String, String>> shown = new ArrayList<>();
        for (int c = 0; c <= keptColumn; c++) {
            Map<String, Double> m = entered.get(c);
            List<String> ranked = m.entrySet().stream()
                    .filter(x -> !x.getKey().equals(OriginShare.UNKNOWN))
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            Map<String, String> s = new LinkedHashMap<>();
            for (int i = 0; i < ranked.size(); i++) {
                s.put(ranked.get(i), i < maxPerColumn ? ranked.get(i) : OTHER);
            }
            s.put(OriginShare.UNKNOWN, OriginShare.UNKNOWN);
            shown.add(s);
        }
        // aggregate into boxes and links
        List<Map<String, double[]>> boxIo = new ArrayList<>();
        for (int c = 0; c <= keptColumn; c++) {
            Map<String, double[]> io = new LinkedHashMap<>();
            for (Map.Entry<String, Double> x : entered.get(c).entrySet()) {
                String l = shown.get(c).getOrDefault(x.getKey(), OTHER);
                io.computeIfAbsent(l, k -> new double[2])[0] += x.getValue();
            }
            boxIo.add(io);
        }
        Map<String, Double> agg = new TreeMap<>();
        for (Map.Entry<String, Double> x : rawLinks.entrySet()) {
            String[] k = x.getKey().split("\u0000");
            int sc = Integer.parseInt(k[0]);
            int tc = Integer.parseInt(k[2]);
            String sl = shown.get(sc).getOrDefault(k[1], OTHER);
            String tl = shown.get(tc).getOrDefault(k[3], OTHER);
            agg.merge(key(sc, sl, tc, tl), x.getValue(), Double::sum);
            boxIo.get(sc).computeIfAbsent(sl, q -> new double[2])[1] += x.getValue();
            boxIo.get(tc).computeIfAbsent(tl, q -> new double[2])[0] += 0; // ensure the box exists
        }
        List<Box> boxes = new ArrayList<>();
        Map<String, Integer> index = new TreeMap<>();
        for (int c = 0; c <= keptColumn; c++) {
            final int col = c;
            List<Map.Entry<String, double[]>> es = new ArrayList<>(boxIo.get(c).entrySet());
            es.removeIf(x -> Math.max(x.getValue()[0], x.getValue()[1]) <= 1e-9);
            es.sort(Comparator.<Map.Entry<String, double[]>>comparingInt(x -> rank(x.getKey()))
                    .thenComparing(x -> -Math.max(x.getValue()[0], x.getValue()[1]))
                    .thenComparing(Map.Entry::getKey));
            for (Map.Entry<String, double[]> x : es) {
                index.put(col + "\u0000" + x.getKey(), boxes.size());
                boxes.add(new Box(col, x.getKey(), Math.max(x.getValue()[0], x.getValue()[1])));
            }
        }
        List<Link> links = new ArrayList<>();
        for (Map.Entry<String, Double> x : agg.entrySet()) {
            String[] k = x.getKey().split("\u0000");
            Integer s = index.get(k[0] + "\u0000" + k[1]);
            Integer t = index.get(k[2] + "\u0000" + k[3]);
            if (s != null && t != null && x.getValue() > 1e-9) {
                links.add(new Link(s, t, x.getValue()));
            }
        }
        links.sort(Comparator.comparingInt(Link::source).thenComparingInt(Link::target));
        List<String> titles = new ArrayList<>();
        for (Stage s : stageList) {
            titles.add(s.id().replace('_', ' '));
        }
        titles.add("kept by");
        return new FlowDiagram(mineral, network.year(), titles, boxes, links);
    }

    private static int rank(String label) {
        return label.equals(OriginShare.UNKNOWN) ? 2 : label.equals(OTHER) ? 1 : 0;
    }

    private static Map<String, Double> origins(DependenceMatrix m, Node v) {
        Map<String, Double> r = new LinkedHashMap<>();
        if (v.isUnknownSource()) {
            r.put(OriginShare.UNKNOWN, 1.0);
            return r;
        }
        OptionalInt row = m.row(v);
        if (row.isEmpty()) {
            return r;
        }
        List<String> origins = m.origins();
        for (int j = 0; j < origins.size(); j++) {
            double s = m.share(row.getAsInt(), j);
            if (s > 0) {
                r.put(origins.get(j), s);
            }
        }
        return r;
    }

    private static String label(Node n) {
        return n.isUnknownSource() ? OriginShare.UNKNOWN : n.actor().toString();
    }

    private static String key(int sc, String sl, int tc, String tl) {
        return sc + "\u0000" + sl + "\u0000" + tc + "\u0000" + tl;
    }

    /** Returns the total tonnes of the boxes in {@code column}. */
    public double columnTonnes(int column) {
        return nodes.stream().filter(b -> b.column() == column).mapToDouble(Box::tonnes).sum();
    }

    /** Returns e.g. {@code "Flow diagram lithium 2024: mining -> refining -> kept by, 24 boxes, 60 links"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Flow diagram %s %d: %s, %d boxes, %d links", mineral, year,
                String.join(" -> ", columns), nodes.size(), links.size());
    }
}
