package org.msp.graph.scenario;

import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;

/**
 * One-shot answers for disruption scenarios, for programs and JShell: each binds {@link DisruptionAlgorithm#of} to
 * the network and evaluates the scenario once.
 *
 * <pre>{@code
 * Disruption r = Scenarios.run(dataset, network, Scenario.of(Shock.ExportBan.of("CHN", "gallium", Stage.REFINING)));
 * r.impact("USA", "gallium").get().shortfallShare();
 * }</pre>
 */
public final class Scenarios {
    private Scenarios() {
    }

    /** Evaluates {@code scenario} on {@code network} with no stockpile data. */
    public static Disruption run(SupplyNetwork network, Scenario scenario) {
        return DisruptionAlgorithm.of(network).analyse(scenario);
    }

    /** Evaluates {@code scenario} on {@code network} with the given stockpiles. */
    public static Disruption run(SupplyNetwork network, Scenario scenario, Stockpiles stockpiles) {
        return DisruptionAlgorithm.of(network, stockpiles).analyse(scenario);
    }

    /**
     * Evaluates {@code scenario} on {@code network} with the stockpiles {@code dataset} records for the network's
     * year.
     */
    public static Disruption run(Dataset dataset, SupplyNetwork network, Scenario scenario) {
        return DisruptionAlgorithm.of(dataset, network).analyse(scenario);
    }

    /** Evaluates the scenario of {@code shocks} on {@code network} with no stockpile data. */
    public static Disruption run(SupplyNetwork network, Shock... shocks) {
        return run(network, Scenario.of(shocks));
    }
}
