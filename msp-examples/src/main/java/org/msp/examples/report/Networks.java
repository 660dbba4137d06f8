package org.msp.examples.report;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.MapMaker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.msp.graph.ConversionSensitivity;
import org.msp.graph.NetworkBuilder;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.model.Basis;
import org.msp.model.BasisConversion;
import org.msp.model.Dataset;

/**
 * Builds the supply networks of one dataset the way the command line and the report do: with the dataset's basis
 * conversion factors ({@link Dataset#conversions()}, applied by {@link NetworkBuilder} by default), the factors a
 * user supplies on top (they replace the dataset's for the same mineral and basis), and the choice of inferring
 * unreported trade.
 *
 * <p>User conversions are written {@code MINERAL:BASIS=FACTOR}, e.g. {@code cobalt:gross_weight=0.70} (tonnes of
 * cobalt per tonne of cobalt oxides). This class is immutable and thread-safe.
 *
 * @param dataset            the dataset
 * @param conversions        the user's factors: per mineral, per basis, tonnes of content per tonne; sorted
 * @param unreportedTrade    whether the networks infer unreported cross-border trade (the builder's default) or
 *                           leave every input the country's own pool does not cover to an unknown source
 *                           ({@link NetworkBuilder#noUnreportedTrade()})
 * @param datasetConversions whether the dataset's own factors apply (the default; off:
 *                           {@link NetworkBuilder#noDatasetConversions()})
 */
public record Networks(Dataset dataset, SortedMap<String, SortedMap<Basis, Double>> conversions,
        boolean unreportedTrade, boolean datasetConversions) {
    /** Networks built, per dataset (compared by identity and held weakly; a network does not refer to its dataset), most recent last. */
    private static final Map<Dataset, Map<List<Object>, SupplyNetwork>> BUILT = new MapMaker().weakKeys().makeMap();
    /** How many networks {@link #of} keeps per dataset: every traded mineral of the world, and a few more. */
    private static final int BUILT_KEPT = 48;

    public Networks {
        Objects.requireNonNull(dataset, "dataset");
        TreeMap<String, SortedMap<Basis, Double>> copy = new TreeMap<>();
        conversions.forEach((m, f) -> copy.put(m, ImmutableSortedMap.copyOf(f)));
        conversions = ImmutableSortedMap.copyOf(copy);
    }

    /**
     * Returns the networks of {@code dataset} with its own conversion factors, no user factor, inferring
     * unreported trade.
     */
    public static Networks of(Dataset dataset) {
        return new Networks(dataset, new TreeMap<>(), true, true);
    }

    /** Returns a copy that infers unreported cross-border trade or not. */
    public Networks withUnreportedTrade(boolean infer) {
        return new Networks(dataset, conversions, infer, datasetConversions);
    }

    /** Returns a copy that applies the dataset's own conversion factors or not. */
    public Networks withDatasetConversions(boolean apply) {
        return new Networks(dataset, conversions, unreportedTrade, apply);
    }

    /** Returns a copy with one more conversion. */
    public Networks withConversion(String mineral, Basis basis, double contentPerTonne) {
        TreeMap<String, SortedMap<Basis, Double>> c = new TreeMap<>();
        conversions.forEach((m, f) -> c.put(m, new TreeMap<>(f)));
        c.computeIfAbsent(mineral, k -> new TreeMap<>()).put(basis, contentPerTonne);
        return new Networks(dataset, c, unreportedTrade, datasetConversions);
    }

    /**
     * Returns a copy with the conversion written {@code MINERAL:BASIS=FACTOR}.
     *
     * @throws IllegalArgumentException if the text is malformed or the factor is not positive and finite
     */
    public Networks withConversion(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        int eq = t.lastIndexOf('=');
        if (colon <= 0 || eq < colon + 2 || eq == t.length() - 1) {
            throw new IllegalArgumentException("conversion '" + text
                    + "': expected MINERAL:BASIS=FACTOR, e.g. lithium:carbonate_equivalent=0.1879");
        }
        double f;
        try {
            f = Double.parseDouble(t.substring(eq + 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("conversion '" + text + "': factor '" + t.substring(eq + 1)
                    + "' is not a number");
        }
        if (!(f > 0) || Double.isInfinite(f)) {
            throw new IllegalArgumentException("conversion '" + text + "': factor " + f + " is not positive and finite");
        }
        return withConversion(t.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                Basis.parse(t.substring(colon + 1, eq)), f);
    }

    /**
     * Builds the network of {@code minerals} in {@code year} ({@link SupplyNetworks#builder}).
     *
     * @throws IllegalArgumentException if a mineral's figures mix bases without a conversion
     */
    public SupplyNetwork of(int year, String... minerals) {
        // A network is immutable and the build deterministic: the same networks asked again (the report builds a
        // mineral's network for several views) come from the memo of the last BUILT_KEPT builds on this dataset.
        List<Object> key = List.of(conversions, unreportedTrade, datasetConversions, year, List.of(minerals));
        Map<List<Object>, SupplyNetwork> built;
        synchronized (BUILT) {
            built = BUILT.computeIfAbsent(dataset, d -> new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, SupplyNetwork> eldest) {
                    return size() > BUILT_KEPT;
                }
            });
            SupplyNetwork net = built.get(key);
            if (net != null) {
                return net;
            }
        }
        SupplyNetwork net = configure(SupplyNetworks.builder(dataset, year).minerals(minerals)).build();
        synchronized (BUILT) {
            built.put(key, net);
        }
        return net;
    }

    /** Sets up {@code b} as these networks are built: user factors, dataset factors, unreported trade. */
    public NetworkBuilder configure(NetworkBuilder b) {
        for (Map.Entry<String, SortedMap<Basis, Double>> e : conversions.entrySet()) {
            e.getValue().forEach((basis, f) -> b.conversion(e.getKey(), basis, f));
        }
        if (!unreportedTrade) {
            b.noUnreportedTrade();
        }
        if (!datasetConversions) {
            b.noDatasetConversions();
        }
        return b;
    }

    /**
     * Returns the dataset factors that the network of {@code mineral} in {@code year} applies
     * ({@link SupplyNetworks#conversions}), less those a user factor replaces; empty when dataset factors are off.
     */
    public List<BasisConversion> appliedConversions(int year, String mineral) {
        if (!datasetConversions) {
            return List.of();
        }
        SortedMap<Basis, Double> user = conversions.getOrDefault(mineral, new TreeMap<>());
        return SupplyNetworks.conversions(dataset, year, mineral).stream()
                .filter(c -> !user.containsKey(c.basis())).toList();
    }

    /**
     * Returns how much answers on the network of {@code mineral} in {@code year} move across the range of its
     * dataset factors (a user factor does not move).
     */
    public ConversionSensitivity sensitivity(int year, String mineral) {
        // The central network is the one of(year, mineral) builds: taken from there (and its memo), not built again.
        return ConversionSensitivity.of(dataset, year, mineral, this::configure, of(year, mineral));
    }

    /**
     * Returns the factors to content per mineral and basis as analyses without stages take them
     * ({@link org.msp.graph.dependency.NetImportRelianceAlgorithm#from(Dataset, Map)}): the dataset's central factors
     * (unless off), replaced by the user's for the same mineral and basis. Where the dataset gives one mineral and
     * basis two factors at two stages, the first stage's is kept ({@link SupplyNetworks#contentFactors}).
     */
    public SortedMap<String, SortedMap<Basis, Double>> contentFactors() {
        TreeMap<String, SortedMap<Basis, Double>> m = new TreeMap<>();
        if (datasetConversions) {
            SupplyNetworks.contentFactors(dataset).forEach((mineral, f) -> m.put(mineral, new TreeMap<>(f)));
        }
        conversions.forEach((mineral, f) -> m.computeIfAbsent(mineral, k -> new TreeMap<>()).putAll(f));
        return m;
    }

    /**
     * Returns e.g. {@code "Networks[msp-world, dataset conversions, user conversions {cobalt={gross_weight=0.7}},
     * unreported trade inferred]"}.
     */
    @Override
    public String toString() {
        return "Networks[" + dataset.name() + ", " + (datasetConversions ? "dataset conversions" : "no dataset conversions")
                + ", user conversions " + conversions + ", unreported trade "
                + (unreportedTrade ? "inferred" : "not inferred") + "]";
    }
}
