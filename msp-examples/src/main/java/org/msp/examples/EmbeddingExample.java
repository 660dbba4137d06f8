package org.msp.examples;

import org.msp.world.Datasets;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.Concentrations;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Disruption;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.Basis;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * The embedding example of the README, compiled here and run by {@code EmbeddingExampleTest}, which also checks
 * that the README shows exactly these lines: who refines gallium, and what a Chinese export ban would take from
 * Japan.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** Prints the concentration of refined gallium in 2024 and Japan's loss under a Chinese export ban. */
    public static void main(String[] args) {
        // tag::embed[]
        Dataset world = Datasets.world();                  // the embedded dataset: USGS, IEA, CEPII BACI
        System.out.println(Concentrations.of(world, "gallium", Stage.REFINING, 2024));

        SupplyNetwork gallium = SupplyNetworks.of(world, 2024, "gallium"); // trade in the dataset's gallium factor
        System.out.println(world.conversion("gallium", Stage.REFINING, Basis.GROSS_WEIGHT).orElseThrow());
        Disruption ban = Scenarios.run(world, gallium,
                Scenario.of(Shock.ExportBan.of("CHN", "gallium", Stage.REFINING)));
        System.out.println(ban.impact("JPN", "gallium").orElseThrow());
        // end::embed[]
    }
}
