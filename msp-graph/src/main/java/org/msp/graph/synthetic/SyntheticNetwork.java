package org.msp.graph.synthetic;

import java.util.Locale;
import java.util.Objects;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;

/**
 * A generated network with the spec that made it and a dataset naming its countries, minerals and facilities
 * (which places each facility in its country, as the concentration analyses need). This class is immutable and
 * thread-safe.
 *
 * @param spec    the parameters and seed
 * @param network the network
 * @param dataset countries, minerals and facilities of the network (no figures: those are in the network)
 */
public record SyntheticNetwork(SyntheticSpec spec, SupplyNetwork network, Dataset dataset) {
    public SyntheticNetwork {
        Objects.requireNonNull(spec, "SyntheticNetwork.spec is null");
        Objects.requireNonNull(network, "SyntheticNetwork.network is null");
        Objects.requireNonNull(dataset, "SyntheticNetwork.dataset is null");
    }

    /** Returns e.g. {@code "SyntheticNetwork[seed 1: 35,210 nodes, 100,342 edges, 2 minerals, 4,120 facilities]"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SyntheticNetwork[seed %d: %,d nodes, %,d edges, %d minerals, %,d facilities]",
                spec.seed(), network.nodeCount(), network.edgeCount(), network.minerals().size(),
                dataset.facilities().size());
    }
}
