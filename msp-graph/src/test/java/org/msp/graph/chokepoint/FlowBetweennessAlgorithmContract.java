package org.msp.graph.chokepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.arbitraries.SupplyArbitraries;

/**
 * The invariants of every {@link FlowBetweennessAlgorithm} on generated networks (recycling loops, unknown
 * sources, facilities): the tonnes a node passes on between other nodes are at most what it receives from others
 * and at most what it sends to others, so a node without inflow or without outflow scores nothing; the
 * denominator is the network's total own supply. Implement {@link #algorithm(SupplyNetwork)} once per
 * implementation.
 */
interface FlowBetweennessAlgorithmContract {

    /** Returns the implementation under test, bound to {@code network}. */
    FlowBetweennessAlgorithm algorithm(SupplyNetwork network);

    @Provide
    default Arbitrary<SupplyNetwork> networks() {
        return SupplyArbitraries.networks().withCountries(1, 5).withFacilities(2).withRecyclingLoops()
                .withUnknownSources();
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void betweenness_isBoundedByInflowAndOutflow(@ForAll("networks") SupplyNetwork net) {
        FlowBetweenness b = algorithm(net).betweenness();
        double total = 0;
        for (Node u : net.nodes()) {
            total += net.ownSupply(u);
        }
        assertEquals(total, b.totalSupply(), 1e-9 * (1 + total), "total own supply");
        for (Node u : net.nodes()) {
            double in = net.inflow(u);
            double out = net.graph().outgoingEdgesOf(u).stream().mapToDouble(SupplyEdge::tonnes).sum();
            double t = b.tonnes(u);
            double tol = 1e-9 * (1 + net.throughput(u));
            assertTrue(t >= 0, () -> u + " scores " + t);
            assertTrue(t <= in + tol, () -> u + " passes on " + t + " t but receives " + in + " t from others");
            assertTrue(t <= out + tol, () -> u + " passes on " + t + " t but sends " + out + " t to others");
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void betweenness_ofAPureRelayIsItsWholeThroughput(@ForAll("networks") SupplyNetwork net) {
        // A node with no production that sends on all it receives relays every tonne between other nodes.
        FlowBetweenness b = algorithm(net).betweenness();
        for (Node u : net.nodes()) {
            double in = net.inflow(u);
            double out = net.graph().outgoingEdgesOf(u).stream().mapToDouble(SupplyEdge::tonnes).sum();
            if (net.ownSupply(u) == 0 && in > 0 && Math.abs(out - in) <= 1e-12 * in) {
                assertEquals(in, b.tonnes(u), 1e-9 * in, () -> "relay " + u);
            }
        }
    }
}
