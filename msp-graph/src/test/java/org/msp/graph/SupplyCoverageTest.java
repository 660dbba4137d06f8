package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msp.model.Dataset;
import org.msp.world.Datasets;

class SupplyCoverageTest {
    /**
     * Coverage is kept per network and mineral once computed: asking in another order, or of another network
     * of the same data, gives the same answers, and a mineral never gets another mineral's.
     */
    @Test
    void of_sameAnswersWhicheverIsAskedFirst() {
        Dataset world = Datasets.world();
        SupplyNetwork one = SupplyNetworks.builder(world, 2024).minerals("lithium", "cobalt").build();
        SupplyNetwork two = SupplyNetworks.builder(world, 2024).minerals("lithium", "cobalt").build();
        Node li = one.consumerNode("KOR", "lithium").orElseThrow();
        Node co = one.consumerNode("KOR", "cobalt").orElseThrow();
        SupplyCoverage li1 = SupplyCoverage.of(one, li);
        SupplyCoverage co1 = SupplyCoverage.of(one, co);
        SupplyCoverage co2 = SupplyCoverage.of(two, co);
        SupplyCoverage li2 = SupplyCoverage.of(two, li);
        assertEquals(li1, li2);
        assertEquals(co1, co2);
        assertNotEquals(li1.missing(), co1.missing());
        assertEquals(li1, SupplyCoverage.of(one, li), "asked again");
    }

    @Test
    void missing_returnsTheCallersOwnCopy() {
        SupplyNetwork net = SupplyNetworks.builder(Datasets.world(), 2024).minerals("cobalt").build();
        List<String> first = SupplyCoverage.missing(net, "cobalt");
        assertTrue(!first.isEmpty(), "cobalt's coverage names what is missing");
        List<String> expected = List.copyOf(first);
        first.clear();
        assertEquals(expected, SupplyCoverage.missing(net, "cobalt"));
    }
}
