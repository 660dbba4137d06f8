package org.msp.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.graph.SupplyNetworks;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.Basis;
import org.msp.model.Dataset;
import org.msp.model.Stage;

class GalliumExportBanTest {
    @Test
    void run_printsEachPartnersLossAsTheLibraryComputesIt() {
        Dataset world = Datasets.world();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        GalliumExportBan.run(world, new PrintStream(b, true, StandardCharsets.UTF_8));
        String out = b.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("Refined gallium 2024: CHN produces"), out);
        ConsumerImpact kor = Scenarios.run(world, SupplyNetworks.builder(world, 2024).minerals("gallium")
                .conversion("gallium", Basis.GROSS_WEIGHT, 1.0).build(),
                Scenario.of(Shock.ExportBan.of("CHN", "gallium", Stage.REFINING))).impact("KOR", "gallium").orElseThrow();
        String line = String.format(Locale.ROOT, "%-8s %12.1f %19.1f%% %16.1f%%", "KOR", kor.baseline(),
                100 * kor.shortfallShare(), 100 * kor.shortfallShareRerouted());
        assertTrue(out.lines().anyMatch(line::equals), line + " in\n" + out);
    }
}
