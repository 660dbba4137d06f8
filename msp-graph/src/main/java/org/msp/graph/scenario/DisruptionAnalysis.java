package org.msp.graph.scenario;

import org.msp.graph.SupplyNetwork;

/**
 * Evaluates a {@link Scenario} on a supply network: per consumer and mineral, the supply before and after the
 * shocks, the shortfall and the days of stockpile cover. Implementations are stateless and thread-safe, and never
 * change the network.
 */
public interface DisruptionAnalysis {
    /**
     * Evaluates {@code scenario} on {@code network}.
     *
     * @param network  the network, left unchanged
     * @param scenario the shocks
     * @return one impact per consumer and mineral
     */
    ScenarioResult analyse(SupplyNetwork network, Scenario scenario);
}
