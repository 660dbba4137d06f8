package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.model.Dataset;
import org.msp.model.Production;
import org.msp.model.Stage;

class NetworkBuilderProperties {
    @Provide
    Arbitrary<Dataset> datasets() {
        return SupplyArbitraries.tradeDatasets();
    }

    @Property(tries = 200)
    void build_conservesFlowAtEveryNode(@ForAll("datasets") Dataset d) {
        SupplyNetwork n = SupplyNetworks.of(d, 2024);
        for (Node v : n.nodes()) {
            double out = n.graph().outgoingEdgesOf(v).stream().mapToDouble(SupplyEdge::tonnes).sum();
            assertTrue(out <= n.throughput(v) * (1 + 1e-9) + 1e-9, v + " sends " + out + " of " + n.throughput(v));
        }
    }

    @Property(tries = 200)
    void build_everyProductionFigureIsTheNodesOutput(@ForAll("datasets") Dataset d) {
        SupplyNetwork n = SupplyNetworks.of(d, 2024);
        for (Production p : d.productions()) {
            Node v = Node.of(p.producer(), p.stage(), p.mineral());
            if (p.quantity().tonnes() == 0 && !n.contains(v)) {
                continue;
            }
            double output = n.ownSupply(v) + n.graph().incomingEdgesOf(v).stream()
                    .filter(e -> e.source().stage() != v.stage()).mapToDouble(SupplyEdge::tonnes).sum();
            assertEquals(p.quantity().tonnes(), output, 1e-9 * Math.max(1, output), v::toString);
        }
    }

    @Property(tries = 100)
    void build_unknownSourcesOnlyFeedTheirActor(@ForAll("datasets") Dataset d) {
        SupplyNetwork n = SupplyNetworks.of(d, 2024);
        for (SupplyEdge e : n.edges()) {
            if (e.source().isUnknownSource()) {
                assertEquals(e.source().actor(), e.target().actor());
                assertTrue(e.target().stage() == e.source().stage() || e.target().stage() == e.source().stage().next());
                assertTrue(e.isInferred());
            }
        }
        assertTrue(n.nodes().stream().allMatch(v -> v.stage() != Stage.RECYCLING || n.ownSupply(v) >= 0));
    }
}
