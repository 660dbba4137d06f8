package org.msp.graph;

import org.msp.model.Dataset;

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
     * is given), with the default {@link InferenceRule#proportional() proportional} inference rule.
     *
     * @throws IllegalArgumentException if the dataset lacks a mineral named
     */
    public static SupplyNetwork of(Dataset dataset, int year, String... minerals) {
        return builder(dataset, year).minerals(minerals).build();
    }

    /** Returns a builder, to replace the inference rule or supply deliveries directly. */
    public static NetworkBuilder builder(Dataset dataset, int year) {
        return new NetworkBuilder(dataset, year);
    }
}
