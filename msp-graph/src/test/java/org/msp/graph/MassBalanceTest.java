package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.msp.graph.HandWorked.li;
import static org.msp.graph.HandWorked.unknownLi;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.Price;
import org.msp.model.PriceKind;
import org.msp.model.Production;
import org.msp.model.Stage;

/**
 * Mass balance, the value witness, unrecorded production and secondary supply of the network builder, worked out
 * by hand.
 */
class MassBalanceTest {
    private static final double EPS = 1e-9;

    private static double tonnes(SupplyNetwork n, Node s, Node t) {
        return n.edge(s, t).orElseThrow(() -> new AssertionError("no edge " + s + " -> " + t)).tonnes();
    }

    /**
     * The hand-worked dataset: CHN refines 120 t and reports exports of 140 t (KOR 40, JPN 100). Mass balance
     * scales both by 120 / 140: KOR 34.29, JPN 85.71, and the 20 t beyond are unexplained trade, not supply.
     */
    @Test
    void build_exportsBeyondProduction_areCappedInProportion() {
        SupplyNetwork n = SupplyNetworks.builder(HandWorked.dataset(), 2024).minerals("lithium").noUnreportedTrade()
                .build();
        assertEquals(40.0 * 120 / 140, tonnes(n, li("CHN", Stage.REFINING), li("KOR", Stage.REFINING)), EPS);
        assertEquals(100.0 * 120 / 140, tonnes(n, li("CHN", Stage.REFINING), li("JPN", Stage.REFINING)), EPS);
        assertFalse(n.contains(unknownLi("CHN", Stage.REFINING)), n.nodes()::toString);
        List<UnexplainedTrade> u = n.unexplainedTrade("lithium");
        assertEquals(2, u.size(), u::toString);
        assertEquals(20, u.stream().mapToDouble(UnexplainedTrade::tonnes).sum(), EPS);
        assertTrue(u.stream().allMatch(t -> t.reason() == UnexplainedTrade.Reason.EXCEEDS_SUPPLY), u::toString);
        assertEquals(40, u.stream().filter(t -> t.importer().equals(li("KOR", Stage.REFINING))).findFirst()
                .orElseThrow().reported(), EPS);
        assertTrue(n.toString().contains("20 t of reported trade unexplained"), n::toString);
        // The same data without mass balance: the 20 t come from CHN's unknown source, as before.
        SupplyNetwork raw = HandWorked.lithium2024();
        assertEquals(20, raw.ownSupply(unknownLi("CHN", Stage.REFINING)), EPS);
        assertTrue(raw.unexplainedTrade().isEmpty());
    }

    /**
     * A re-export hub: HUB imports 4 t from CHL and reports 10 t to IND. It makes none, so it sends on the 4 t it
     * has and is a transit hub; IND's supply traces to Chile.
     */
    @Test
    void build_hubThatNeitherProducesNorImportsEnough_isATransitHub() {
        Dataset d = Dataset.builder().name("hub").countries("CHL", "ARE", "IND").minerals("lithium")
                .add(Production.of("CHL", "lithium", Stage.MINING, 2024, 50, HandWorked.P))
                .add(Production.of("CHL", "lithium", Stage.REFINING, 2024, 30, HandWorked.P))
                .add(Flow.of("CHL", "ARE", "lithium", Stage.REFINING, 2024, 4, HandWorked.P))
                .add(Flow.of("ARE", "IND", "lithium", Stage.REFINING, 2024, 10, HandWorked.P))
                .build();
        SupplyNetwork n = SupplyNetworks.of(d, 2024, "lithium");
        assertEquals(4, tonnes(n, li("ARE", Stage.REFINING), li("IND", Stage.REFINING)), EPS);
        assertEquals(NodeRole.TRANSIT_HUB, n.role(li("ARE", Stage.REFINING)));
        assertEquals(NodeRole.PRODUCER, n.role(li("CHL", Stage.REFINING)));
        assertEquals(NodeRole.CONSUMER, n.role(li("IND", Stage.REFINING)));
        assertEquals(6, n.unexplainedTrade().get(0).tonnes(), EPS);
        assertTrue(n.unexplainedTrade().get(0).note().contains("ARE sends 10.0 t abroad but has 4.00 t"),
                n.unexplainedTrade()::toString);
    }

    /**
     * No refining figures at all, refining trade from Chile: Chile's carbonate is made from Chile's own brine
     * (unrecorded production, inferred); a hub with no mine of its own is fed by no one's ore.
     */
    @Test
    void build_exporterWithoutProductionRecord_isFedByItsOwnMines() {
        Dataset d = Dataset.builder().name("unrecorded").countries("CHL", "ARE", "KOR").minerals("lithium")
                .add(Production.of("CHL", "lithium", Stage.MINING, 2024, 50, HandWorked.P))
                .add(Flow.of("CHL", "KOR", "lithium", Stage.REFINING, 2024, 30, HandWorked.P))
                .add(Flow.of("ARE", "KOR", "lithium", Stage.REFINING, 2024, 10, HandWorked.P))
                .build();
        SupplyNetwork n = SupplyNetworks.of(d, 2024, "lithium");
        SupplyEdge made = n.edge(li("CHL", Stage.MINING), li("CHL", Stage.REFINING)).orElseThrow();
        assertEquals(30, made.tonnes(), EPS);
        assertTrue(made.isInferred());
        assertEquals("unrecorded production (proportional)", made.provenance().table());
        assertEquals(30, n.throughput(li("KOR", Stage.REFINING)), EPS);
        assertFalse(n.edge(li("ARE", Stage.REFINING), li("KOR", Stage.REFINING)).isPresent());
        assertEquals(10, n.unexplainedTrade().stream().mapToDouble(UnexplainedTrade::tonnes).sum(), EPS);
        SupplyCoverage c = SupplyCoverage.of(n, li("KOR", Stage.REFINING));
        assertEquals(1, c.inferredShare(), EPS);
        assertTrue(c.isWeak());
        assertTrue(c.toString().contains("lithium refining production of CHL is not in the dataset"), c::toString);
    }

    /**
     * A basket flow worth 6,100 USD for 100 t against a price of 439 USD/t: at half the price at least, it holds
     * at most 6,100 / 219.5 = 27.79 t of the mineral.
     */
    @Test
    void build_valueWitness_boundsAFlowByValueOverPrice() {
        Dataset d = Dataset.builder().name("basket").countries("CHN", "BRA", "USA").minerals("gallium")
                .add(Production.of("CHN", "gallium", Stage.REFINING, 2024, 500, HandWorked.P))
                .add(Production.of("BRA", "gallium", Stage.REFINING, 2024, 100, HandWorked.P))
                .add(Flow.of("BRA", "USA", "gallium", Stage.REFINING, 2024, 100, HandWorked.P).withValueUsd(6_100))
                .add(Flow.of("CHN", "USA", "gallium", Stage.REFINING, 2024, 50, HandWorked.P).withValueUsd(50_000))
                .add(Price.of("gallium", 2024, 439, PriceKind.UNIT_VALUE, "gallium metal", HandWorked.P))
                .build();
        SupplyNetwork n = SupplyNetworks.of(d, 2024, "gallium");
        assertEquals(6_100 / (0.5 * 439), tonnes(n, li2("BRA"), li2("USA")), EPS);
        assertEquals(50, tonnes(n, li2("CHN"), li2("USA")), EPS);
        UnexplainedTrade u = n.unexplainedTrade().get(0);
        assertEquals(UnexplainedTrade.Reason.VALUE_BELOW_PRICE, u.reason());
        assertEquals(100 - 6_100 / (0.5 * 439), u.tonnes(), EPS);
        assertEquals(100, u.reported(), EPS);
        // An explicit price replaces the dataset's; without the witness every tonne counts.
        assertEquals(100, tonnes(SupplyNetworks.builder(d, 2024).noValueWitness().build(), li2("BRA"), li2("USA")),
                EPS);
        assertEquals(6_100 / 61.0, tonnes(SupplyNetworks.builder(d, 2024).priceFloor(1).price(Price.of("gallium",
                2024, 61, PriceKind.PRICE, "other", HandWorked.P)).build(), li2("BRA"), li2("USA")), EPS);
    }

    private static Node li2(String iso3) {
        return Node.of(iso3, Stage.REFINING, "gallium");
    }

    /**
     * Refining 60 + 20 = 80 t from mines of 50 t (no unreported trade): the world's 30 t excess is scrap, shared
     * in proportion to the gaps (CHN short 40, KOR short 20 of 60): CHN 20, KOR 10; the rest of the gaps (20, 10)
     * stays of unknown origin.
     */
    @Test
    void build_refinedBeyondMined_isSecondarySupplyNotAnUnknownMine() {
        Dataset d = Dataset.builder().name("scrap").countries("AUS", "CHN", "KOR").minerals("copper")
                .add(Production.of("AUS", "copper", Stage.MINING, 2024, 30, HandWorked.P))
                .add(Production.of("CHN", "copper", Stage.MINING, 2024, 20, HandWorked.P))
                .add(Production.of("CHN", "copper", Stage.REFINING, 2024, 60, HandWorked.P))
                .add(Production.of("KOR", "copper", Stage.REFINING, 2024, 20, HandWorked.P))
                .build();
        SupplyNetwork n = SupplyNetworks.builder(d, 2024).noUnreportedTrade().build();
        Node chnScrap = Node.of("CHN", Stage.RECYCLING, "copper");
        assertEquals(20, tonnes(n, chnScrap, Node.of("CHN", Stage.REFINING, "copper")), EPS);
        assertEquals(10, tonnes(n, Node.of("KOR", Stage.RECYCLING, "copper"), Node.of("KOR", Stage.REFINING, "copper")),
                EPS);
        assertEquals(20, n.ownSupply(chnScrap), EPS);
        assertEquals(20, n.ownSupply(Node.unknownSourceOf(Node.of("CHN", Stage.MINING, "copper"))), EPS);
        // With unreported trade, AUS's 30 t fill the gaps first and the 30 t left are all scrap.
        SupplyNetwork traded = SupplyNetworks.of(d, 2024);
        assertTrue(traded.nodes().stream().noneMatch(Node::isUnknownSource), traded.nodes()::toString);
        double scrap = traded.edges().stream()
                .filter(e -> e.provenance().table().equals(NetworkBuilder.SECONDARY_TABLE))
                .mapToDouble(SupplyEdge::tonnes).sum();
        assertEquals(80 - 50, scrap, EPS);
    }
}
