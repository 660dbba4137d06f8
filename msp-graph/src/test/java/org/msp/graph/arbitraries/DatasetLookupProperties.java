package org.msp.graph.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import org.msp.model.DataGap;
import org.msp.model.Dataset;
import org.msp.model.Stage;
import org.msp.world.Datasets;

/** The dataset's indexed lookups answer what a scan of its lists answers. */
class DatasetLookupProperties {
    @Property(tries = 200)
    void gapsOfATable_areTheGapsThatNameIt(@ForAll("datasets") Dataset d) {
        for (DataGap g : d.gaps()) {
            assertEquals(scan(d, g.mineral(), g.stage(), g.year()), d.gaps(g.mineral(), g.stage(), g.year()));
        }
        assertEquals(List.of(), d.gaps("no such mineral", Stage.MINING, 2024));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Dataset> datasets() {
        return SupplyArbitraries.datasets();
    }

    @Example
    void gapsOfATable_onTheWorldDataset() {
        Dataset d = Datasets.world();
        int tables = 0;
        for (int year = 2019; year <= 2025; year++) {
            for (String m : d.mineralsWithData(year)) {
                for (Stage s : Stage.values()) {
                    assertEquals(scan(d, m, s, year), d.gaps(m, s, year), m + "/" + s + " " + year);
                    tables += d.gaps(m, s, year).isEmpty() ? 0 : 1;
                }
            }
        }
        assertEquals(true, tables > 50, "tables with gaps: " + tables);
    }

    private static List<DataGap> scan(Dataset d, String mineral, Stage stage, int year) {
        return d.gaps().stream().filter(x -> x.mineral().equals(mineral) && x.stage() == stage && x.year() == year)
                .toList();
    }
}
