package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.graph.chokepoint.Chokepoint;
import org.msp.graph.chokepoint.Chokepoints;
import org.msp.graph.dependency.Dependence;
import org.msp.graph.dependency.LookThroughDependencyAlgorithm;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.Production;
import org.msp.model.Stage;

/**
 * Mass balance, the value witness and the origin rule on the embedded world dataset (2024), as a user runs them
 * (the dataset's basis conversions applied). Every expectation is computed from the dataset's own figures.
 */
class WorldNetworkTest {
    private static final int YEAR = 2024;

    private static SupplyNetwork network(String... minerals) {
        return SupplyNetworks.of(Datasets.world(), YEAR, minerals);
    }

    private static double sum(java.util.List<? extends Object> records) {
        double t = 0;
        for (Object r : records) {
            t += r instanceof Production p ? p.quantity().tonnes() : ((Flow) r).quantity().tonnes();
        }
        return t;
    }

    private static double out(SupplyNetwork n, Node v) {
        return n.graph().outgoingEdgesOf(v).stream().mapToDouble(SupplyEdge::tonnes).sum();
    }

    @Test
    void everyNode_sendsOnAtMostWhatItHas() {
        SupplyNetwork n = network("gallium", "platinum", "lithium", "copper", "graphite", "rare-earths");
        for (Node v : n.nodes()) {
            assertTrue(out(n, v) <= n.throughput(v) * (1 + 1e-9) + 1e-9, v + " sends " + out(n, v) + " of "
                    + n.throughput(v));
        }
    }

    /**
     * Brazil reports 878 t of HS 811292 exports worth about 61 USD/kg, a seventh of gallium's unit value: the
     * value witness and mass balance leave none of it as gallium supply. Brazil is no gallium refiner and no
     * origin of the United States' gallium.
     */
    @Test
    void gallium_brazilIsNoRefiner() {
        SupplyNetwork n = network("gallium");
        Node bra = Node.of("BRA", Stage.REFINING, "gallium");
        double reported = sum(Datasets.world().flows("gallium", Stage.REFINING, YEAR).stream()
                .filter(f -> f.from().id().equals("BRA")).toList());
        assertTrue(reported > 100, "Brazil's reported exports " + reported);
        assertNotEquals(NodeRole.PRODUCER, n.role(bra));
        assertTrue(out(n, bra) < 0.01 * reported, "Brazil sends " + out(n, bra));
        double unexplained = n.unexplainedTrade("gallium").stream().filter(t -> t.exporter().equals(bra))
                .mapToDouble(UnexplainedTrade::tonnes).sum();
        assertEquals(reported - out(n, bra), unexplained, 1e-6 * reported);
        Node us = Node.of("USA", Stage.REFINING, "gallium");
        assertEquals(0, LookThroughDependencyAlgorithm.of(n).dependence(us).share(Stage.REFINING, "BRA"), 1e-12);
        assertTrue(Chokepoints.removalImpact(n, us).impacts().stream()
                .noneMatch(c -> c.node().equals(bra) && c.shareLost() > 0.01));
        SupplyCoverage c = SupplyCoverage.of(n, us);
        assertTrue(c.unexplainedShare() > 0.5, c::toString);
        assertTrue(c.toString().contains("basket"), c::toString);
    }

    /**
     * The United Arab Emirates mine and refine no platinum; their reported refined exports far exceed their
     * imports. They pass on at most what they import: a transit hub, never an origin of India's platinum.
     */
    @Test
    void platinum_unitedArabEmiratesAreATransitHubAtMost() {
        SupplyNetwork n = network("platinum");
        Node are = Node.of("ARE", Stage.REFINING, "platinum");
        Dataset w = Datasets.world();
        double exports = sum(w.flows("platinum", Stage.REFINING, YEAR).stream().filter(f -> f.from().id().equals("ARE"))
                .toList());
        double imports = sum(w.flows("platinum", Stage.REFINING, YEAR).stream().filter(f -> f.to().id().equals("ARE"))
                .toList());
        assertTrue(exports > 10 * imports, exports + " vs " + imports);
        assertEquals(NodeRole.TRANSIT_HUB, n.role(are));
        assertTrue(out(n, are) <= imports * (1 + 1e-9), "ARE sends " + out(n, are) + " of " + imports);
        Node ind = Node.of("IND", Stage.REFINING, "platinum");
        Dependence d = LookThroughDependencyAlgorithm.of(n).dependence(ind);
        assertEquals(0, d.share(Stage.REFINING, "ARE"), 1e-12, d::toString);
        assertTrue(d.share(Stage.MINING, "ZAF") > 0.5, d::toString);
    }

    /**
     * Korea's lithium carbonate comes from Chile and Argentina, whose refining output is not in the dataset: it
     * is traced to their own brine (unrecorded production, inferred), not left 100% unknown. Look-through
     * dependence and chokepoint removal agree on Chile, and the answer says what it rests on.
     */
    @Test
    void lithium_koreaIsTracedToChile() {
        SupplyNetwork n = network("lithium");
        Node kor = Node.of("KOR", Stage.REFINING, "lithium");
        Dependence d = LookThroughDependencyAlgorithm.of(n).dependence(kor);
        assertTrue(d.at(Stage.MINING).orElseThrow().unknown() < 0.01, d::toString);
        assertTrue(d.share(Stage.MINING, "CHL") > 0.5, d::toString);
        assertTrue(d.share(Stage.MINING, "ARG") > 0.1, d::toString);
        double removal = Chokepoints.removalImpact(n, kor).impacts().stream()
                .filter(c -> c.node().equals(Node.of("CHL", Stage.REFINING, "lithium"))).findFirst()
                .map(Chokepoint::shareLost).orElse(0.0);
        assertTrue(removal >= d.share(Stage.REFINING, "CHL") - 1e-9, removal + " vs " + d);
        SupplyCoverage c = SupplyCoverage.of(n, kor);
        assertTrue(c.isWeak(), c::toString);
        assertTrue(c.toString().contains("lithium hydroxide"), c::toString);
    }

    /**
     * Refined copper beyond mined copper is secondary supply from scrap, never an unknown mine: the refiners get
     * their recorded output from upstream nodes, no mining node is an unknown source, and the scrap edges carry at
     * least world refined output less world mine and recycling output (more where the reported ore trade leaves
     * some mines' ore unused by refiners), all computed from the production tables.
     */
    @Test
    void copper_refinedBeyondMinedIsSecondarySupply() {
        SupplyNetwork n = network("copper");
        Dataset w = Datasets.world();
        double mined = sum(w.productions("copper", Stage.MINING, YEAR));
        double refined = sum(w.productions("copper", Stage.REFINING, YEAR));
        double recycled = sum(w.productions("copper", Stage.RECYCLING, YEAR));
        assertTrue(refined > mined + recycled);
        double scrap = n.edges().stream().filter(e -> e.provenance().table().equals(NetworkBuilder.SECONDARY_TABLE))
                .mapToDouble(SupplyEdge::tonnes).sum();
        java.util.Set<Node> refiners = new java.util.HashSet<>();
        w.productions("copper", Stage.REFINING, YEAR).forEach(p -> refiners.add(Node.of(p.producer(), Stage.REFINING,
                "copper")));
        double intoRefining = n.edges().stream().filter(e -> refiners.contains(e.target())
                && e.source().stage() != Stage.REFINING).mapToDouble(SupplyEdge::tonnes).sum();
        assertEquals(refined, intoRefining, 1e-6 * refined);
        assertTrue(scrap >= refined - mined - recycled - 1e-6 * refined, scrap + " t of scrap");
        assertTrue(scrap < refined, scrap + " t of scrap");
        assertTrue(n.nodes().stream().noneMatch(v -> v.isUnknownSource() && v.stage() == Stage.MINING),
                n::toString);
    }
}
