package org.msp.graph.dependency;

import java.util.Objects;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;

/**
 * One-shot answers of the dependency analyses, for code and JShell: each binds the package's analysis to its
 * input ({@link LookThroughDependencyAlgorithm#of}, {@link NetImportRelianceAlgorithm#of(Dataset)}) and asks it once.
 * <pre>{@code
 * Dependencies.of(network, "KOR", "copper");             // look-through dependence on each origin
 * Dependencies.reliance(world, "USA", "nickel", 2024);   // USGS net import reliance, computed
 * }</pre>
 * This class is stateless and thread-safe.
 */
public final class Dependencies {
    private Dependencies() {
    }

    /**
     * Returns the look-through dependence of country {@code iso3} on {@code mineral} in {@code network}
     * ({@link LookThroughDependencyAlgorithm#dependence(String, String)}).
     *
     * @throws IllegalArgumentException if the country has no node of the mineral with supply
     */
    public static Dependence of(SupplyNetwork network, String iso3, String mineral) {
        return LookThroughDependencyAlgorithm.of(Objects.requireNonNull(network, "network")).dependence(iso3, mineral);
    }

    /**
     * Returns the net import reliance of {@code iso3} on {@code mineral} in {@code year} at the mineral's default
     * stage, computed from {@code dataset} ({@link NetImportRelianceAlgorithm#reliance(String, String, int)}).
     *
     * @throws IllegalArgumentException if the dataset lacks the figures the reliance needs
     */
    public static Reliance reliance(Dataset dataset, String iso3, String mineral, int year) {
        return NetImportRelianceAlgorithm.of(Objects.requireNonNull(dataset, "dataset")).reliance(iso3, mineral, year);
    }
}
