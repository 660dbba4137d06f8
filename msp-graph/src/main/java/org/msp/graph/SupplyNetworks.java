package org.msp.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.msp.model.Basis;
import org.msp.model.BasisConversion;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * Static entry points that build {@link SupplyNetwork}s from datasets.
 *
 * <pre>{@code
 * SupplyNetwork n = SupplyNetworks.of(dataset, 2024, "lithium", "cobalt");
 * }</pre>
 *
 * <p>The network rule (trade as reported, inferred domestic deliveries between stages, unknown sources for
 * what the data leave unexplained) is described in {@link NetworkBuilder}.
 */
public final class SupplyNetworks {
    private SupplyNetworks() {
    }

    /**
     * Builds the network of {@code year} for the given minerals (all minerals with data in that year when none
     * is given), with the default {@link InferenceRule#proportional() proportional} inference rule and the
     * dataset's basis conversion factors at their central values ({@link Dataset#conversions()}).
     *
     * @throws IllegalArgumentException if the dataset lacks a mineral named, or a mineral's figures mix bases
     *     where the dataset has no factor ({@link MixedBasesException})
     */
    public static SupplyNetwork of(Dataset dataset, int year, String... minerals) {
        return builder(dataset, year).minerals(minerals).build();
    }

    /** Returns a builder, to replace the inference rule or supply deliveries directly. */
    public static NetworkBuilder builder(Dataset dataset, int year) {
        return new NetworkBuilder(dataset, year);
    }

    /**
     * Returns the dataset's central conversion factors per mineral and basis, for analyses that do not work by
     * stage ({@link org.msp.graph.dependency.NetImportRelianceAlgorithm#from(Dataset, Map)}): sorted by mineral then basis;
     * where one mineral and basis have factors at two stages, the first stage's (in stage order) is kept.
     */
    public static SortedMap<String, SortedMap<Basis, Double>> contentFactors(Dataset dataset) {
        SortedMap<String, SortedMap<Basis, Double>> m = new TreeMap<>();
        for (BasisConversion c : dataset.conversions()) {
            m.computeIfAbsent(c.mineral(), k -> new TreeMap<>()).putIfAbsent(c.basis(), c.central());
        }
        return m;
    }

    /**
     * Returns the dataset's conversion factors that the network of {@code mineral} in {@code year} applies by
     * default: where the mineral's figures of that year (the preferred table of each stage) mix contained tonnes
     * with another basis, the factor of each stage and basis that is not content, ordered by stage then basis.
     * Empty when the figures share one basis. Running time O(P + F) for the mineral's figures of the year.
     */
    public static List<BasisConversion> conversions(Dataset dataset, int year, String mineral) {
        Set<Basis> bases = EnumSet.noneOf(Basis.class);
        Map<Stage, Set<Basis>> byStage = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            Set<Basis> at = EnumSet.noneOf(Basis.class);
            dataset.productions(mineral, s, year).forEach(p -> at.add(p.quantity().basis()));
            dataset.flows(mineral, s, year).forEach(f -> at.add(f.quantity().basis()));
            bases.addAll(at);
            byStage.put(s, at);
        }
        List<BasisConversion> out = new ArrayList<>();
        if (bases.size() > 1) {
            byStage.forEach((s, at) -> at.stream().filter(b -> b != Basis.CONTENT)
                    .forEach(b -> dataset.conversion(mineral, s, b).ifPresent(out::add)));
        }
        return List.copyOf(out);
    }
}
