package org.msp.examples.report;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.msp.graph.NetworkBuilder;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.model.Basis;
import org.msp.model.Dataset;

/**
 * Builds the supply networks of one dataset with the basis conversions a user supplies: a dataset that mixes
 * bases (production in contained tonnes, trade in gross weight or carbonate equivalent) needs a factor to content
 * for each other basis before a network can be built ({@link NetworkBuilder#conversion}).
 *
 * <p>Conversions are written {@code MINERAL:BASIS=FACTOR}, e.g. {@code lithium:carbonate_equivalent=0.1879}
 * (tonnes of lithium per tonne of lithium carbonate). This class is immutable and thread-safe.
 *
 * @param dataset         the dataset
 * @param conversions     per mineral, per basis, tonnes of content per tonne on that basis; sorted
 * @param unreportedTrade whether the networks infer unreported cross-border trade (the builder's default) or
 *                        leave every input the country's own pool does not cover to an unknown source
 *                        ({@link NetworkBuilder#noUnreportedTrade()})
 */
public record Networks(Dataset dataset, SortedMap<String, SortedMap<Basis, Double>> conversions,
        boolean unreportedTrade) {
    public Networks {
        Objects.requireNonNull(dataset, "dataset");
        TreeMap<String, SortedMap<Basis, Double>> copy = new TreeMap<>();
        conversions.forEach((m, f) -> copy.put(m, ImmutableSortedMap.copyOf(f)));
        conversions = ImmutableSortedMap.copyOf(copy);
    }

    /** Returns the networks of {@code dataset} without conversions, inferring unreported trade. */
    public static Networks of(Dataset dataset) {
        return new Networks(dataset, new TreeMap<>(), true);
    }

    /** Returns a copy that infers unreported cross-border trade or not. */
    public Networks withUnreportedTrade(boolean infer) {
        return new Networks(dataset, conversions, infer);
    }

    /** Returns a copy with one more conversion. */
    public Networks withConversion(String mineral, Basis basis, double contentPerTonne) {
        TreeMap<String, SortedMap<Basis, Double>> c = new TreeMap<>();
        conversions.forEach((m, f) -> c.put(m, new TreeMap<>(f)));
        c.computeIfAbsent(mineral, k -> new TreeMap<>()).put(basis, contentPerTonne);
        return new Networks(dataset, c, unreportedTrade);
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
        NetworkBuilder b = SupplyNetworks.builder(dataset, year).minerals(minerals);
        for (Map.Entry<String, SortedMap<Basis, Double>> e : conversions.entrySet()) {
            e.getValue().forEach((basis, f) -> b.conversion(e.getKey(), basis, f));
        }
        if (!unreportedTrade) {
            b.noUnreportedTrade();
        }
        return b.build();
    }

    /**
     * Returns e.g. {@code "Networks[msp-world, conversions {lithium={carbonate_equivalent=0.1879}}, unreported
     * trade inferred]"}.
     */
    @Override
    public String toString() {
        return "Networks[" + dataset.name() + ", conversions " + conversions + ", unreported trade "
                + (unreportedTrade ? "inferred" : "not inferred") + "]";
    }
}
