package org.msp.graph.scenario;

import java.util.Objects;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;

/**
 * Short static entry points for disruption scenarios, for programs and JShell.
 *
 * <pre>{@code
 * ScenarioResult r = Scenarios.run(dataset, network, Scenario.of(Shock.ExportBan.of("CHN", "gallium", Stage.REFINING)));
 * r.impact("USA", "gallium").get().shortfallShare();
 * }</pre>
 */
public final class Scenarios {
    private Scenarios() {
    }

    /** Evaluates {@code scenario} on {@code network} with no stockpile data. */
    public static ScenarioResult run(SupplyNetwork network, Scenario scenario) {
        return new ProportionalMaxFlowDisruption(Stockpiles.none()).analyse(network, scenario);
    }

    /** Evaluates {@code scenario} on {@code network} with the given stockpiles. */
    public static ScenarioResult run(SupplyNetwork network, Scenario scenario, Stockpiles stockpiles) {
        return new ProportionalMaxFlowDisruption(stockpiles).analyse(network, scenario);
    }

    /**
     * Evaluates {@code scenario} on {@code network} with the stockpiles {@code dataset} records for the network's
     * year.
     */
    public static ScenarioResult run(Dataset dataset, SupplyNetwork network, Scenario scenario) {
        Objects.requireNonNull(dataset, "dataset");
        return run(network, scenario, Stockpiles.from(dataset, network.year()));
    }

    /** Evaluates the scenario of {@code shocks} on {@code network} with no stockpile data. */
    public static ScenarioResult run(SupplyNetwork network, Shock... shocks) {
        return run(network, Scenario.of(shocks));
    }
}
