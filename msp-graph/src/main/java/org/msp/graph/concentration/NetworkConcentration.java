package org.msp.graph.concentration;

import com.google.common.base.Preconditions;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * {@link ConcentrationAlgorithm} of the output of a network's nodes at a stage.
 *
 * <p>A node's output at its stage is what enters that stage there: its own supply plus what reaches it from
 * another stage (inferred deliveries and the unknown input behind them). Imports from other nodes of the same
 * stage and unknown supply of the same stage (re-exports) are not output. So for a network built from a
 * dataset, a node's output equals its production figure. Unknown-source nodes are not suppliers.
 *
 * <p>Running time O(n + m). This class is immutable and thread-safe.
 */
public final class NetworkConcentration implements ConcentrationAlgorithm {
    private final SupplyNetwork network;
    private final Dataset dataset;

    /**
     * Returns the concentration of {@code network}'s node outputs.
     *
     * @param dataset the dataset that places facilities in countries the network does not place
     *                ({@link SupplyNetwork#country}), or {@code null} to refuse such facility nodes
     */
    public NetworkConcentration(SupplyNetwork network, Dataset dataset) {
        this.network = Objects.requireNonNull(network, "network");
        this.dataset = dataset;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if {@code year} is not the network's year, or a facility node
     *     cannot be placed in a country
     */
    @Override
    public MarketConcentration concentration(String mineral, Stage stage, int year) {
        Preconditions.checkArgument(year == network.year(), "the network describes %s, not %s", network.year(), year);
        Map<String, Double> byCountry = new TreeMap<>();
        for (Node n : network.nodes()) {
            if (n.isUnknownSource() || n.stage() != stage || !n.mineral().equals(mineral)) {
                continue;
            }
            double out = network.ownSupply(n);
            for (SupplyEdge e : network.graph().incomingEdgesOf(n)) {
                if (e.source().stage() != stage) {
                    out += e.tonnes();
                }
            }
            if (out > 0) {
                byCountry.merge(country(n), out, Double::sum);
            }
        }
        return MarketConcentration.of(mineral, stage, year, byCountry, "network " + network.year());
    }

    private String country(Node n) {
        Optional<String> known = network.country(n);
        if (known.isPresent()) {
            return known.get();
        }
        Preconditions.checkArgument(dataset != null, "facility node %s: give the dataset that places it in a country",
                n);
        return dataset.countryOf(n.actor());
    }

    @Override
    public String toString() {
        return "NetworkConcentration[" + network + "]";
    }
}
