package org.msp.graph.scenario;

import java.util.Objects;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;

/**
 * Evaluates a {@link Scenario} on the supply network it is bound to: per consumer and mineral, the supply before
 * and after the shocks, the shortfall and the days of stockpile cover. Implementations are immutable and
 * thread-safe, and never change the network.
 */
public interface DisruptionAlgorithm {
    /**
     * Returns the proportional propagation with max-flow re-routing ({@link ProportionalMaxFlowDisruption}) bound to
     * {@code network}, with no stockpile data.
     *
     * @throws NullPointerException if {@code network} is null
     */
    static DisruptionAlgorithm of(SupplyNetwork network) {
        return new ProportionalMaxFlowDisruption(network, Stockpiles.none());
    }

    /**
     * Returns the analysis of {@link #of(SupplyNetwork)} that reads stockpiles from {@code stockpiles}.
     *
     * @throws NullPointerException if an argument is null
     */
    static DisruptionAlgorithm of(SupplyNetwork network, Stockpiles stockpiles) {
        return new ProportionalMaxFlowDisruption(network, stockpiles);
    }

    /**
     * Returns the analysis of {@link #of(SupplyNetwork)} with the stockpiles {@code dataset} records for the
     * network's year.
     *
     * @throws NullPointerException if an argument is null
     */
    static DisruptionAlgorithm of(Dataset dataset, SupplyNetwork network) {
        Objects.requireNonNull(dataset, "dataset");
        return of(network, Stockpiles.from(dataset, network.year()));
    }

    /** Returns the network this analysis is bound to. */
    SupplyNetwork network();

    /**
     * Evaluates {@code scenario} on the network, which is left unchanged.
     *
     * @param scenario the shocks
     * @return one impact per consumer and mineral
     * @throws NullPointerException if {@code scenario} is null
     */
    Disruption analyse(Scenario scenario);
}
