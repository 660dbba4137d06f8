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
    }

    @Property(tries = 100)
    void build_unknownSourcesPassOnAllTheyProvideAndNothingElse(@ForAll("datasets") Dataset d) {
        // An unknown source stands for supply the data cannot place: it holds exactly what it feeds its actor
        // (nothing kept, nothing received), and it exists only where it feeds something.
        SupplyNetwork n = SupplyNetworks.of(d, 2024);
        for (Node v : n.nodes()) {
            if (!v.isUnknownSource()) {
                continue;
            }
            double out = n.graph().outgoingEdgesOf(v).stream().mapToDouble(SupplyEdge::tonnes).sum();
            assertEquals(0.0, n.inflow(v), 0.0, v::toString);
            assertEquals(n.ownSupply(v), out, 1e-9 * Math.max(1, out), v::toString);
            assertEquals(0.0, n.retained(v), 0.0, v::toString);
            assertTrue(out > 0, () -> v + " feeds nothing");
        }
    }

    /** Tonnes that unknown-source nodes feed into the network. */
    private static double unknownSupply(SupplyNetwork n) {
        return n.nodes().stream().filter(Node::isUnknownSource).mapToDouble(n::ownSupply).sum();
    }

    @Property(tries = 200)
    void unreportedTrade_replacesUnknownSupplyTonneForTonne(@ForAll("datasets") Dataset d) {
        SupplyNetwork with = SupplyNetworks.of(d, 2024);
        SupplyNetwork without = SupplyNetworks.builder(d, 2024).noUnreportedTrade().build();
        double traded = with.edges().stream()
                .filter(e -> e.provenance().table().startsWith("unreported trade")).mapToDouble(SupplyEdge::tonnes)
                .sum();
        double scale = Math.max(1, unknownSupply(without));
        assertTrue(unknownSupply(with) <= unknownSupply(without) + 1e-9 * scale);
        assertEquals(unknownSupply(without) - unknownSupply(with), traded, 1e-9 * scale);
    }

    @Property(tries = 200)
    void unreportedTrade_leavesNoSurplusWhereInputIsUnknown(@ForAll("datasets") Dataset d) {
        SupplyNetwork n = SupplyNetworks.of(d, 2024);
        for (SupplyEdge e : n.edges()) {
            if (!e.source().isUnknownSource() || e.source().stage() == e.target().stage()) {
                continue;
            }
            // An unknown input into a producer at stage T: no node at a stage feeding T has anything left.
            Stage t = e.target().stage();
            for (Node v : n.nodes()) {
                if (v.isUnknownSource() || !v.mineral().equals(e.target().mineral()) || v.stage() == t
                        || v.stage().next() != t) {
                    continue;
                }
                double out = n.graph().outgoingEdgesOf(v).stream().mapToDouble(SupplyEdge::tonnes).sum();
                assertEquals(n.throughput(v), out, 1e-9 * Math.max(1, n.throughput(v)),
                        () -> v + " keeps ore while " + e.target() + " has unknown input " + e);
            }
        }
    }
}
