package org.msp.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msp.examples.SmallDataset;
import org.msp.graph.SupplyNetwork;

class FlowDiagramTest {
    static final SupplyNetwork NET = Networks.of(SmallDataset.dataset()).of(SmallDataset.YEAR, "lithium");

    static int box(FlowDiagram f, int column, String label) {
        for (int i = 0; i < f.nodes().size(); i++) {
            if (f.nodes().get(i).column() == column && f.nodes().get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no box " + label + " in column " + column + ": " + f.nodes());
    }

    static double link(FlowDiagram f, int s, int t) {
        return f.links().stream().filter(l -> l.source() == s && l.target() == t)
                .mapToDouble(FlowDiagram.Link::tonnes).sum();
    }

    @Test
    void of_smallDataset_tracesOreThroughChineseRefining() {
        FlowDiagram f = FlowDiagram.of(NET, "lithium", 8);
        assertEquals(List.of("mining", "refining", "kept by"), f.columns());
        assertEquals(88_000, f.nodes().get(box(f, 0, "AUS")).tonnes(), 1e-6);
        assertEquals(165_000, f.columnTonnes(0), 1e-6);
        // China refines 70,000 t from a pool of 80,000 t Australian and 33,000 t Chinese ore, in proportion
        assertEquals(80_000.0 * 70_000 / 113_000, link(f, box(f, 0, "AUS"), box(f, 1, "CHN")), 1e-6);
        assertEquals(33_000.0 * 70_000 / 113_000, link(f, box(f, 0, "CHN"), box(f, 1, "CHN")), 1e-6);
        assertEquals(30_000, link(f, box(f, 0, "CHL"), box(f, 1, "CHL")), 1e-6);
        // Korea keeps 30,000 t refined in China and 5,000 t refined in Chile
        assertEquals(35_000, f.nodes().get(box(f, 2, "KOR")).tonnes(), 1e-6);
        assertEquals(30_000, link(f, box(f, 1, "CHN"), box(f, 2, "KOR")), 1e-6);
        assertEquals(5_000, link(f, box(f, 1, "CHL"), box(f, 2, "KOR")), 1e-6);
    }

    @Test
    void of_fewLabelsPerColumn_restGatheredAsOther() {
        FlowDiagram f = FlowDiagram.of(NET, "lithium", 1);
        assertEquals(165_000, f.columnTonnes(0), 1e-6);
        assertEquals(77_000, f.nodes().get(box(f, 0, FlowDiagram.OTHER)).tonnes(), 1e-6);
        assertTrue(f.toString().startsWith("Flow diagram lithium 2024: mining -> refining -> kept by"), f.toString());
    }

    @Test
    void of_unknownMineral_refused() {
        assertThrows(IllegalArgumentException.class, () -> FlowDiagram.of(NET, "cobalt", 8));
        assertThrows(IllegalArgumentException.class, () -> FlowDiagram.of(NET, "lithium", 0));
    }
}
