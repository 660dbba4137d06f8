package org.msp.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msp.data.iea.IeaJsonImporter;
import org.msp.model.Stage;

/** What the IEA May 2025 edition adds to the coverage report of the embedded dataset, and what it lacks. */
class WorldDemandCoverageTest {
    private static final Coverage COVERAGE = Datasets.worldCoverage();
    private static final String IEA_2025 = IeaJsonImporter.SOURCE + " " + IeaJsonImporter.EDITION;

    @Test
    void demandRows_sixMineralsWithWorldTotalsUnderThreeScenarios() {
        List<Coverage.DemandRow> totals = COVERAGE.demandRows().stream().filter(r -> r.world() && r.allUses())
                .toList();
        assertEquals(List.of("cobalt", "copper", "graphite", "lithium", "magnet-rare-earths", "nickel"),
                totals.stream().map(Coverage.DemandRow::mineral).toList());
        for (Coverage.DemandRow r : totals) {
            assertTrue(r.world() && r.countries() == 0, r::toString);
            assertEquals(IEA_2025, r.source());
            assertEquals(Set.of("steps", "aps", "nze"), r.scenarios());
            assertEquals(List.of(2024, 2030, 2035, 2040, 2045, 2050), List.copyOf(r.years()));
            assertTrue(r.sectors().containsAll(List.of("clean-technologies", "other-uses", "electric-vehicles")),
                    r::toString);
        }
    }

    @Test
    void demandRows_galliumHasOnlyCleanTechnologyDemand() {
        Coverage.DemandRow ga = COVERAGE.demandRows().stream().filter(r -> r.mineral().equals("gallium"))
                .findFirst().orElseThrow();
        assertFalse(ga.allUses());
        assertEquals(Set.of("clean-technologies", "solar-pv"), ga.sectors());
        assertTrue(COVERAGE.toMarkdown().contains("| gallium | world | " + IEA_2025
                + " | 2024, 2030, 2035, 2040, 2045, 2050 | aps, nze, steps | no | clean-technologies, solar-pv |"),
                COVERAGE::toMarkdown);
    }

    @Test
    void rows_refining2024FromTheMay2025Edition() {
        for (String m : List.of("cobalt", "lithium", "nickel", "graphite", "magnet-rare-earths")) {
            Coverage.Row r = COVERAGE.rows().stream().filter(x -> x.mineral().equals(m) && x.stage() == Stage.REFINING)
                    .findFirst().orElseThrow();
            assertTrue(r.years().contains(2024), r::toString);
            assertTrue(r.sources().contains(IEA_2025), r::toString);
        }
    }
}
