package org.msp.examples;

import java.io.PrintStream;
import java.util.Locale;
import java.util.SortedSet;
import org.msp.world.Datasets;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.Concentrations;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Disruption;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * A runnable example: what a Chinese ban on refined gallium exports does to each MSP partner, on the embedded
 * world dataset, in the latest year with trade.
 *
 * <p>World trade (CEPII BACI, HS 811292) weighs unwrought metal gross; the network applies the dataset's factor
 * for it, 1, an upper bound: HS 811292 is a basket of gallium, germanium, hafnium, indium, niobium and rhenium that the dataset
 * records under gallium, so traded tonnes are an upper bound (the excess over production comes from unknown
 * sources). Run it with
 * {@code java -cp msp-examples/target/msp.jar org.msp.examples.GalliumExportBan}.
 */
public final class GalliumExportBan {
    private GalliumExportBan() {
    }

    /** Prints the example's answer to standard output. */
    public static void main(String[] args) {
        run(Datasets.world(), System.out);
    }

    /**
     * Prints China's share of refined gallium and each MSP partner's loss under the ban, with and without
     * re-routing, to {@code out}.
     *
     * @param world a dataset with gallium production and trade and an {@code msp-partners} group
     */
    public static void run(Dataset world, PrintStream out) {
        int year = world.latestTradeYear().orElseThrow();
        MarketConcentration refining = Concentrations.of(world, "gallium", Stage.REFINING, year);
        out.printf(Locale.ROOT, "Refined gallium %d: %s produces %.1f%% (HHI %.3f)%n", year,
                refining.top().country(), 100 * refining.top().share(), refining.hhi());
        SupplyNetwork gallium = SupplyNetworks.of(world, year, "gallium");
        Disruption ban = Scenarios.run(world, gallium,
                Scenario.of(Shock.ExportBan.of("CHN", "gallium", Stage.REFINING)));
        SortedSet<String> partners = world.members("msp-partners", year);
        out.printf(Locale.ROOT, "%-8s %12s %20s %17s%n", "partner", "supply t", "loss, no re-routing", "loss, re-routing");
        for (String p : partners) {
            ConsumerImpact i = ban.impact(p, "gallium").orElse(null);
            if (i != null) {
                out.printf(Locale.ROOT, "%-8s %12.1f %19.1f%% %16.1f%%%n", p, i.baseline(), 100 * i.shortfallShare(),
                        100 * i.shortfallShareRerouted());
            }
        }
    }
}
