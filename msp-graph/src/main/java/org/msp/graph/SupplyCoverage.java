package org.msp.graph;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.msp.graph.internal.NetworkMemo;

/**
 * How much of a node's supply rests on data the sources report, and what is missing: the coverage statement an
 * answer about that node carries.
 *
 * <p><b>Definition.</b> The inferred share {@code f_v} of node {@code v} is the share of its throughput that
 * came, somewhere upstream, from an unknown source or over an edge the network builder inferred beyond a
 * domestic delivery between recorded producers (unreported trade, unrecorded production, secondary supply,
 * unknown input): with proportional mixing,
 * {@code f_v T_v = [v unknown] c_v + Σ_{u→v} f_uv (inferred(uv) ? 1 : f_u)}, where {@code c_v} is own supply and
 * {@code T_v} throughput. An answer is {@linkplain #isWeak() weak} when {@code f_v} exceeds
 * {@value #WEAK_SHARE}. {@link #missing()} names what the data lack for the node's mineral: stages whose output
 * is inferred because no production is recorded, proxy or basket trade codes (as the trade importer describes
 * them: "lithium carbonate only; misses lithium hydroxide (282520) ..."), and a large share of reported trade
 * that mass balance or the value witness left unexplained.
 *
 * <p>Computed by {@link #of(SupplyNetwork, Node)} in O(n + m) per pass over the node's mineral (loops by repeated
 * sweeps). This class is immutable and thread-safe.
 *
 * @param node          the node the answer is about
 * @param throughput    its throughput, tonnes
 * @param inferredShare the share of its throughput resting on inferred edges or unknown sources, in [0, 1]
 * @param unexplainedShare the share of its mineral's reported trade that the network left out as
 *                      {@linkplain UnexplainedTrade unexplained}, in [0, 1]
 * @param missing       what the data lack for its mineral, in words, in a fixed order
 */
public record SupplyCoverage(Node node, double throughput, double inferredShare, double unexplainedShare,
        List<String> missing) {
    /** The inferred share above which an answer is said to rest mostly on inferred or missing data. */
    public static final double WEAK_SHARE = 0.2;

    private static final int MAX_SWEEPS = 10_000;

    /**
     * Checks the record.
     *
     * @throws IllegalArgumentException if the share is outside [0, 1] or the throughput negative
     */
    public SupplyCoverage {
        Objects.requireNonNull(node, "SupplyCoverage.node");
        Preconditions.checkArgument(inferredShare >= 0 && inferredShare <= 1,
                "SupplyCoverage.inferredShare outside [0, 1]: %s", inferredShare);
        Preconditions.checkArgument(unexplainedShare >= 0 && unexplainedShare <= 1,
                "SupplyCoverage.unexplainedShare outside [0, 1]: %s", unexplainedShare);
        Preconditions.checkArgument(throughput >= 0 && Double.isFinite(throughput),
                "SupplyCoverage.throughput negative or not finite: %s", throughput);
        missing = ImmutableList.copyOf(missing);
    }

    /**
     * Returns the coverage of {@code node}'s supply in {@code network}.
     *
     * @throws IllegalArgumentException if the network has no such node
     */
    public static SupplyCoverage of(SupplyNetwork network, Node node) {
        Objects.requireNonNull(network, "network");
        network.index(node);
        java.util.Map<Node, Double> f = NetworkMemo.get(network, List.of("inferredShares", node.mineral()),
                () -> inferredShares(network, node.mineral()));
        return new SupplyCoverage(node, network.throughput(node), f.getOrDefault(node, 0.0),
                unexplainedShare(network, node.mineral()), missing(network, node.mineral()));
    }

    /**
     * Returns the inferred share of every node of {@code mineral} (the fixed point of the equations above, by
     * sweeps in node order); the same for every node asked, so computed once per network and mineral.
     */
    private static java.util.Map<Node, Double> inferredShares(SupplyNetwork network, String mineral) {
        List<Node> nodes = network.nodes().stream().filter(v -> v.mineral().equals(mineral)).toList();
        java.util.Map<Node, Double> f = new java.util.HashMap<>();
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double change = 0;
            for (Node v : nodes) {
                double t = network.throughput(v);
                double x = 0;
                if (t > 0) {
                    x = v.isUnknownSource() ? network.ownSupply(v) : 0;
                    for (SupplyEdge e : network.graph().incomingEdgesOf(v)) {
                        x += e.tonnes() * (rests(e) ? 1 : f.getOrDefault(e.source(), 0.0));
                    }
                    x = Math.min(1, x / t);
                }
                Double old = f.put(v, x);
                change = Math.max(change, Math.abs(x - (old == null ? 0 : old)));
            }
            if (change <= 1e-12 && sweep > 0) {
                break;
            }
        }
        return java.util.Collections.unmodifiableMap(f);
    }

    /** What the data lack for {@code mineral}, read off the network's edges and unexplained trade. */
    /**
     * Returns true if an edge's tonnes rest on inference beyond the model's own reading of the data: every
     * inferred edge but a domestic delivery between recorded producers (ore a country mines and refines itself).
     */
    private static boolean rests(SupplyEdge e) {
        return e.isInferred() && !e.provenance().table().startsWith("domestic supply");
    }

    /**
     * Returns the share of {@code mineral}'s reported trade that the network left out as
     * {@linkplain UnexplainedTrade unexplained}: unexplained tonnes over reported tonnes, 0 without trade.
     */
    public static double unexplainedShare(SupplyNetwork network, String mineral) {
        return NetworkMemo.get(network, List.of("unexplainedShare", mineral),
                () -> computeUnexplainedShare(network, mineral));
    }

    private static double computeUnexplainedShare(SupplyNetwork network, String mineral) {
        double trade = 0;
        for (SupplyEdge e : network.edges()) {
            if (!e.isInferred() && e.source().stage() == e.target().stage() && !e.source().isUnknownSource()
                    && e.target().mineral().equals(mineral)) {
                trade += e.tonnes();
            }
        }
        double unexplained = network.unexplainedTrade(mineral).stream().mapToDouble(UnexplainedTrade::tonnes).sum();
        return unexplained > 0 ? Math.min(1, unexplained / (trade + unexplained)) : 0;
    }

    /**
     * Returns what the data lack for {@code mineral} in {@code network}, in words: stages whose production is
     * inferred for want of records, proxy and basket trade codes, and reported trade left unexplained when it
     * exceeds {@value #WEAK_SHARE} of the reported tonnes. Empty when nothing is missing.
     */
    public static List<String> missing(SupplyNetwork network, String mineral) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(mineral, "mineral");
        return new ArrayList<>(NetworkMemo.get(network, List.of("missing", mineral),
                () -> ImmutableList.copyOf(computeMissing(network, mineral))));
    }

    private static List<String> computeMissing(SupplyNetwork network, String mineral) {
        TreeSet<String> unrecorded = new TreeSet<>();
        java.util.TreeMap<String, TreeSet<String>> unrecordedBy = new java.util.TreeMap<>();
        java.util.TreeMap<String, String> codes = new java.util.TreeMap<>();
        java.util.TreeMap<String, Double> inferredTonnes = new java.util.TreeMap<>();
        for (SupplyEdge e : network.edges()) {
            if (!e.target().mineral().equals(mineral)) {
                continue;
            }
            if (e.isInferred() && e.provenance().table().startsWith("unrecorded production")) {
                unrecordedBy.computeIfAbsent(e.target().stage() + "|" + e.source().stage(), k -> new TreeSet<>())
                        .add(network.country(e.target()).orElse(e.target().actor().id()));
            }
            if (e.source().isUnknownSource() && e.source().stage() == e.target().stage()) {
                unrecorded.add(mineral + " " + e.target().stage() + " production is not in the dataset: what "
                        + "exporters send beyond their imports is of unknown origin (via the exporter)");
            }
            if (e.tonnes() > 0) {
                String table = e.provenance().table();
                if (e.source().isUnknownSource() && e.source().stage() != e.target().stage()) {
                    inferredTonnes.merge(mineral + " " + e.target().stage() + " output beyond the " + e.source().stage()
                            + " input the data hold, of unknown origin", e.tonnes(), Double::sum);
                } else if (e.isInferred() && table.startsWith("unreported trade")) {
                    inferredTonnes.merge(mineral + " " + e.source().stage() + " trade to " + e.target().stage()
                            + " that no trade figure reports, inferred as unreported trade", e.tonnes(), Double::sum);
                } else if (e.isInferred() && table.equals(NetworkBuilder.SECONDARY_TABLE)) {
                    inferredTonnes.merge(mineral + " secondary supply (scrap) inferred where world " + e.target().stage()
                            + " output exceeds mined supply", e.tonnes(), Double::sum);
                }
            }
            if (!e.isInferred() && e.source().stage() == e.target().stage()) {
                String note = e.provenance().note();
                if (note.startsWith("proxy:") || note.startsWith("basket:")) {
                    // One statement per code (its table), the shortest note: importers append record-level remarks.
                    String key = e.target().stage() + " " + e.provenance().table();
                    String text = mineral + " " + e.target().stage() + " trade "
                            + (e.provenance().table().isEmpty() ? "" : "(" + e.provenance().table() + ") ")
                            + "is a " + note.substring(0, note.indexOf(':')) + " code:"
                            + note.substring(note.indexOf(':') + 1);
                    codes.merge(key, text, (a, b) -> b.length() < a.length() ? b : a);
                }
            }
        }
        unrecordedBy.forEach((stages, countries) -> {
            String[] st = stages.split("\\|");
            List<String> named = new ArrayList<>(countries);
            String who = named.size() <= 6 ? String.join(", ", named)
                    : String.join(", ", named.subList(0, 6)) + " and " + (named.size() - 6) + " more";
            unrecorded.add(mineral + " " + st[0] + " production of " + who + " is not in the dataset (inferred from "
                    + "their exports and their own " + st[1] + " output)");
        });
        List<String> out = new ArrayList<>(unrecorded);
        inferredTonnes.forEach((k, t) -> out.add(k + ": " + tonnes(t) + " t"));
        out.addAll(codes.values());
        double share = unexplainedShare(network, mineral);
        if (share > WEAK_SHARE) {
            double unexplained = network.unexplainedTrade(mineral).stream().mapToDouble(UnexplainedTrade::tonnes)
                    .sum();
            out.add(String.format(Locale.ROOT, "%.0f%% of the reported %s trade (%s t) exceeds what exporters "
                    + "had or what its value pays for, and is not counted as supply", 100 * share, mineral,
                    tonnes(unexplained)));
        }
        return out;
    }

    /** Formats tonnes for a sentence: thousands separated from 100 t, three significant digits below. */
    static String tonnes(double t) {
        return Figures.tonnes(t);
    }

    /**
     * Returns true if the answer rests mostly on inferred or missing data: more than {@value #WEAK_SHARE} of the
     * node's supply is inferred, more than {@value #WEAK_SHARE} of its mineral's reported trade is unexplained, or
     * the mineral's trade is read through a proxy or basket code (one HS code standing for products it does not
     * hold, such as lithium carbonate for lithium hydroxide too), whose missing share no figure in the data bounds.
     */
    public boolean isWeak() {
        return inferredShare > WEAK_SHARE || unexplainedShare > WEAK_SHARE
                || missing.stream().anyMatch(m -> m.contains(" is a proxy code:") || m.contains(" is a basket code:"));
    }

    /**
     * Returns one line, e.g. {@code "coverage of KOR/refining/lithium: 100% of its supply rests on inferred
     * data; lithium refining production is not in the dataset ..."}, or a short line when the answer is well
     * covered.
     */
    @Override
    public String toString() {
        String head = String.format(Locale.ROOT, "coverage of %s: %.0f%% of its %s t rests on inferred data%s", node,
                100 * inferredShare, tonnes(throughput), isWeak() ? " (weak)" : "");
        return missing.isEmpty() ? head : head + "; " + String.join("; ", missing);
    }
}
