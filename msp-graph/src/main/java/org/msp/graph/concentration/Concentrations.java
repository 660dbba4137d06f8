package org.msp.graph.concentration;

import java.util.Objects;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * One-shot answers of the concentration analyses, for code and JShell: each binds a {@link ConcentrationAlgorithm} to its
 * input and asks it once.
 * <pre>{@code
 * Concentrations.of(world, "gallium", Stage.REFINING, 2024);   // a dataset's production table
 * Concentrations.of(network, "gallium", Stage.REFINING);       // a network's node outputs in its year
 * }</pre>
 * This class is stateless and thread-safe.
 */
public final class Concentrations {
    private Concentrations() {
    }

    /**
     * Returns the concentration of {@code mineral} at {@code stage} in {@code year} in a dataset's preferred
     * production table, as shares of the world total its source reports ({@link ConcentrationAlgorithm#ofProduction}).
     *
     * @throws IllegalArgumentException if the dataset has no production of the mineral at the stage in the year
     */
    public static MarketConcentration of(Dataset dataset, String mineral, Stage stage, int year) {
        return ConcentrationAlgorithm.ofProduction(Objects.requireNonNull(dataset, "dataset")).concentration(mineral, stage,
                year);
    }

    /**
     * Returns the concentration of {@code mineral} at {@code stage} in the network's year, from its node outputs
     * ({@link ConcentrationAlgorithm#ofNetwork(SupplyNetwork)}).
     *
     * @throws IllegalArgumentException if the network has no output of the mineral at the stage
     */
    public static MarketConcentration of(SupplyNetwork network, String mineral, Stage stage) {
        return ConcentrationAlgorithm.ofNetwork(Objects.requireNonNull(network, "network")).concentration(mineral, stage,
                network.year());
    }
}
