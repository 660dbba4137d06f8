package org.msp.graph;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * Which stages of a mineral carry cross-border trade, in a network or in a dataset: the stages at which an export
 * ban has something the data can show it stopping.
 *
 * <p><b>Definition.</b> An edge is <em>cross-border</em> when it leaves a node that is not an unknown source and
 * both its ends lie in known countries ({@link SupplyNetwork#country}) that differ: the edges an export ban acts
 * on. A stage of a mineral <em>carries cross-border trade</em> in a network when such an edge leaves one of the
 * mineral's nodes at that stage (reported trade or inferred unreported trade); in a dataset, when the dataset
 * records a trade flow of the mineral at that stage in the year. A country's export ban at a stage without
 * cross-border trade acts on nothing the data hold: its exports are invisible, not zero.
 *
 * <p>Static and stateless; each method runs in O(m) over the network's edges or O(flows) over the dataset.
 */
public final class CrossBorderTrade {
    private CrossBorderTrade() {
    }

    /**
     * Returns true if {@code edge} is cross-border in {@code network}: its source is not an unknown source and its
     * ends lie in two different known countries.
     */
    public static boolean isCrossBorder(SupplyNetwork network, SupplyEdge edge) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(edge, "edge");
        if (edge.source().isUnknownSource()) {
            return false;
        }
        Optional<String> from = network.country(edge.source());
        Optional<String> to = network.country(edge.target());
        return from.isPresent() && to.isPresent() && !from.get().equals(to.get());
    }

    /**
     * Returns the stages of {@code mineral} from whose nodes a cross-border edge leaves in {@code network}, in
     * stage order; empty when the network holds no trade of the mineral. O(m).
     */
    public static SortedSet<Stage> stages(SupplyNetwork network, String mineral) {
        Objects.requireNonNull(mineral, "mineral");
        TreeSet<Stage> out = new TreeSet<>();
        for (SupplyEdge e : network.edges()) {
            if (e.source().mineral().equals(mineral) && isCrossBorder(network, e)) {
                out.add(e.source().stage());
            }
        }
        return ImmutableSortedSet.copyOf(out);
    }

    /**
     * Returns, per stage of {@code mineral}, the trade tables (e.g. {@code "HS 250490 (graphite)"}) of the reported
     * (not inferred) cross-border edges between two nodes of that stage in {@code network}, in stage then table
     * order. O(m).
     */
    public static SortedMap<Stage, SortedSet<String>> reportedTables(SupplyNetwork network, String mineral) {
        Objects.requireNonNull(mineral, "mineral");
        TreeMap<Stage, TreeSet<String>> out = new TreeMap<>();
        for (SupplyEdge e : network.edges()) {
            if (e.source().mineral().equals(mineral) && !e.isInferred()
                    && e.source().stage() == e.target().stage() && isCrossBorder(network, e)) {
                out.computeIfAbsent(e.source().stage(), s -> new TreeSet<>()).add(e.provenance().table());
            }
        }
        ImmutableSortedMap.Builder<Stage, SortedSet<String>> b = ImmutableSortedMap.naturalOrder();
        out.forEach((s, t) -> b.put(s, ImmutableSortedSet.copyOf(t)));
        return b.build();
    }

    /**
     * Returns the stage at which an export ban of {@code mineral} has an effect the dataset can show: the highest
     * primary stage ({@link Stage#isPrimary()}) at which {@code dataset} records trade of the mineral in
     * {@code year}; empty if it records none that year. O(stages × flows of the mineral).
     *
     * <pre>{@code
     * CrossBorderTrade.banStage(Datasets.world(), "graphite", 2024); // Optional[MINING]: HS 250490 only
     * CrossBorderTrade.banStage(Datasets.world(), "gallium", 2024);  // Optional[REFINING]
     * }</pre>
     */
    public static Optional<Stage> banStage(Dataset dataset, String mineral, int year) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(mineral, "mineral");
        Stage[] stages = Stage.values();
        for (int i = stages.length - 1; i >= 0; i--) {
            if (stages[i].isPrimary() && !dataset.flows(mineral, stages[i], year).isEmpty()) {
                return Optional.of(stages[i]);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the stages of {@code mineral} at which {@code dataset} records trade in {@code year}, in stage order.
     */
    public static SortedSet<Stage> stages(Dataset dataset, String mineral, int year) {
        Objects.requireNonNull(dataset, "dataset");
        TreeSet<Stage> out = new TreeSet<>();
        for (Stage s : Stage.values()) {
            if (!dataset.flows(mineral, s, year).isEmpty()) {
                out.add(s);
            }
        }
        return ImmutableSortedSet.copyOf(out);
    }
}
