package org.msp.graph.concentration;

import org.msp.model.Dataset;

/**
 * The EU supply risk of a mineral (JRC 2017 method), computed at extraction and processing with the
 * bottleneck stage counting. See {@link EuSupplyRisk} for the formula. Implementations are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * SupplyRiskAlgorithm.of(dataset).assess(SupplyRiskInputs.of("gallium", 2023, wgi, 0.0, 0.95)
 *     .withEuSourcing(Stage.REFINING, euSourcing).withImportReliance(Stage.REFINING, 0.98))
 * }</pre>
 */
public interface SupplyRiskAlgorithm {
    /**
     * Returns the supply risk at each stage whose inputs are present.
     *
     * @throws IllegalArgumentException if no stage has all its inputs, naming what is missing
     */
    SupplyRiskScore assess(SupplyRiskInputs inputs);

    /** Returns the EU method with global supply from {@code dataset}'s production tables. */
    static SupplyRiskAlgorithm of(Dataset dataset) {
        return new EuSupplyRisk(dataset);
    }
}
