package org.msp.graph.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msp.graph.HandWorked;
import org.msp.model.Dataset;
import org.msp.model.Facility;
import org.msp.model.Production;
import org.msp.model.Stage;

class ConcentrationTest {
    private static final double EPS = 1e-9;

    /** Mining 2024: AUS 100, CHL 50, CHN 20 of 170 t. */
    @Test
    void of_handWorkedMining_givesSharesTopKAndHhi() {
        MarketConcentration r = Concentrations.of(HandWorked.dataset(), "lithium", Stage.MINING, 2024);
        assertEquals(List.of("AUS", "CHL", "CHN"), r.shares().stream().map(SupplierShare::country).toList());
        assertEquals(100.0 / 170, r.share("AUS"), EPS);
        assertEquals(170, r.totalTonnes(), EPS);
        assertEquals(100.0 / 170, r.topShare(1), EPS);
        assertEquals(150.0 / 170, r.topShare(2), EPS);
        assertEquals(1.0, r.topShare(3), EPS);
        assertEquals(1.0, r.topShare(10), EPS);
        assertEquals(12_900.0 / 28_900, r.hhi(), EPS);
        assertEquals(12_900.0 / 28_900 * 10_000, r.hhiPoints(), 1e-6);
        assertEquals(28_900.0 / 12_900, r.effectiveSuppliers(), EPS);
        assertEquals("user n/a, no world total reported", r.source());
    }

    /** HHI_WGI = (100²·2 + 50²·3 + 20²·6) / 170² = 29,900 / 28,900; with t_CHN = 2: 32,300 / 28,900. */
    @Test
    void governanceWeightedHhi_weightsEachSquaredShare() {
        MarketConcentration r = Concentrations.of(HandWorked.dataset(), "lithium", Stage.MINING, 2024);
        Map<String, Double> wgi = Map.of("AUS", 2.0, "CHL", 3.0, "CHN", 6.0);
        assertEquals(29_900.0 / 28_900, r.governanceWeightedHhi(wgi), EPS);
        assertEquals(32_300.0 / 28_900, r.governanceWeightedHhi(wgi, Map.of("CHN", 2.0)), EPS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> r.governanceWeightedHhi(Map.of("AUS", 2.0)));
        assertTrue(e.getMessage().contains("CHL"), e.getMessage());
    }

    /**
     * 60 + 40 listed of a 200 t world: shares 0.3 and 0.2, CR_2 0.5 (the residual is not ranked), HHI 0.13 (the
     * residual fragmented) up to 0.13 + 0.25 = 0.38 (the residual one supplier).
     */
    @Test
    void ofWorldTotal_restOfWorldCountsInTheTotalOnly() {
        MarketConcentration r = MarketConcentration.ofWorldTotal("x", Stage.MINING, 2024,
                Map.of("AAA", 60.0, "BBB", 40.0), 200, "test");
        assertEquals(MarketConcentration.Denominator.WORLD_TOTAL, r.denominator());
        assertEquals(0.3, r.share("AAA"), EPS);
        assertEquals(0.5, r.topShare(5), EPS);
        assertEquals(0.13, r.hhi(), EPS);
        assertEquals(0.38, r.hhiUpperBound(), EPS);
        assertEquals(0.5, r.restOfWorldShare(), EPS);
        assertEquals(100, r.restOfWorld(), EPS);
        assertEquals(200, r.totalTonnes(), EPS);
        assertEquals(200, r.reportedWorldTotal().getAsDouble(), EPS);
        assertTrue(r.toString().contains("rest of world 50.0% (100 t)"), r.toString());
        assertTrue(r.toString().contains("200 t world total"), r.toString());
        MarketConcentration listed = r.listedOnly();
        assertEquals(MarketConcentration.Denominator.LISTED_COUNTRIES, listed.denominator());
        assertEquals(0.6, listed.share("AAA"), EPS);
    }

    /** 60 + 40 listed against a reported world of 90: shares of the 100 listed, excess 10, no negative residual. */
    @Test
    void ofWorldTotal_listedAboveTheTotal_reportsTheExcess() {
        MarketConcentration r = MarketConcentration.ofWorldTotal("x", Stage.MINING, 2024,
                Map.of("AAA", 60.0, "BBB", 40.0), 90, "test");
        assertEquals(MarketConcentration.Denominator.LISTED_ABOVE_WORLD_TOTAL, r.denominator());
        assertEquals(0, r.restOfWorld());
        assertEquals(10, r.excess(), EPS);
        assertEquals(0.6, r.share("AAA"), EPS);
        assertEquals(90, r.reportedWorldTotal().getAsDouble(), EPS);
        assertTrue(r.toString().contains("exceed the world total by 10 t"), r.toString());
    }

    /** A table with no world total: shares of the listed countries, said so. */
    @Test
    void of_noWorldTotal_isLabelledListedCountries() {
        MarketConcentration r = Concentrations.of(HandWorked.dataset(), "lithium", Stage.MINING, 2024);
        assertEquals(MarketConcentration.Denominator.LISTED_COUNTRIES, r.denominator());
        assertTrue(r.reportedWorldTotal().isEmpty());
        assertTrue(r.toString().contains("no world total in the denominator"), r.toString());
        assertTrue(r.source().endsWith("no world total reported"), r.source());
    }

    /** AUS 100, CHL 50, CHN 20 listed in a 250 t world: AUS 40%, rest of world 32%; listed-only AUS 100/170. */
    @Test
    void of_datasetWorldTotal_givesSharesOfWorldOutput() {
        Dataset d = HandWorked.dataset().toBuilder()
                .add(org.msp.model.WorldTotal.of("lithium", Stage.MINING, 2024, 250, HandWorked.P)).build();
        MarketConcentration r = Concentrations.of(d, "lithium", Stage.MINING, 2024);
        assertEquals(0.4, r.share("AUS"), EPS);
        assertEquals(0.32, r.restOfWorldShare(), EPS);
        assertEquals(0.68, r.topShare(3), EPS);
        assertEquals(100.0 / 170, ConcentrationAlgorithm.ofListedCountries(d).concentration("lithium", Stage.MINING, 2024)
                .share("AUS"), EPS);
        Dataset other = HandWorked.dataset().toBuilder().add(org.msp.model.WorldTotal.of("lithium", Stage.MINING, 2024,
                250, org.msp.model.Provenance.of("another", "1", "t", "x"))).build();
        assertEquals(MarketConcentration.Denominator.LISTED_COUNTRIES,
                Concentrations.of(other, "lithium", Stage.MINING, 2024).denominator(), "a total of another source");
    }

    @Test
    void shares_tiesAreOrderedByIso3() {
        MarketConcentration r = MarketConcentration.of("x", Stage.MINING, 2024,
                Map.of("ZAF", 10.0, "BRA", 10.0, "CAN", 30.0), "test");
        assertEquals(List.of("CAN", "BRA", "ZAF"), r.shares().stream().map(SupplierShare::country).toList());
        assertEquals(0.2, r.shares().get(1).share(), EPS);
    }

    @Test
    void of_noProduction_isRefusedNamingTheTable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Concentrations.of(HandWorked.dataset(), "lithium", Stage.MATERIAL, 2024));
        assertTrue(e.getMessage().contains("lithium") && e.getMessage().contains("material"), e.getMessage());
    }

    @Test
    void of_facilitiesCountInTheirCountry() {
        Dataset d = Dataset.builder().countries("AUS", "CHN").minerals("lithium")
                .add(Facility.of("greenbushes", "Greenbushes", "AUS", Stage.MINING, "lithium", HandWorked.P))
                .add(new Production(org.msp.model.Actor.facility("greenbushes"), "lithium", Stage.MINING, 2024,
                        org.msp.model.Quantity.tonnes(30), org.msp.model.Qualifier.REPORTED, HandWorked.P))
                .add(Production.of("AUS", "lithium", Stage.MINING, 2024, 10, HandWorked.P))
                .add(Production.of("CHN", "lithium", Stage.MINING, 2024, 10, HandWorked.P))
                .build();
        MarketConcentration r = Concentrations.of(d, "lithium", Stage.MINING, 2024);
        assertEquals(0.8, r.share("AUS"), EPS);
        assertEquals(2, r.supplierCount());
    }

    /** The network's refining outputs are CHN 120, CHL 30, KOR 10: the production table. */
    @Test
    void ofNetwork_equalsTheProductionTable() {
        MarketConcentration fromNetwork = Concentrations.of(HandWorked.lithium2024(), "lithium", Stage.REFINING);
        MarketConcentration fromTable = Concentrations.of(HandWorked.dataset(), "lithium", Stage.REFINING, 2024);
        assertEquals(fromTable.shares(), fromNetwork.shares());
        assertEquals(0.75, fromNetwork.share("CHN"), EPS);
    }

    /** 2023: AUS 80, CHL 60, CHN 10 of 150: HHI 10,100 / 22,500; top-1 from 53.3% to 58.8%. */
    @Test
    void trend_listsEachYearAndTheChange() {
        ConcentrationTrend t = ConcentrationAlgorithm.ofProduction(HandWorked.dataset()).trend("lithium", Stage.MINING, 1, 2024, 2023);
        assertEquals(2023, t.first().year());
        assertEquals(2024, t.last().year());
        assertEquals(100.0 / 170 - 80.0 / 150, t.topShareChange(), EPS);
        assertEquals(12_900.0 / 28_900 - 10_100.0 / 22_500, t.hhiChange(), EPS);
        assertTrue(t.toString().contains("2023") && t.toString().contains("+5.5 pts"), t.toString());
        assertTrue(t.toString().contains("rest of world  n/a"), t.toString());
    }

    /** Refining 2024 top-1 = 0.75 (CHN 120 of 160), mining 2024 top-1 = 100/170: mean over both tables. */
    @Test
    void averageTopShare_isTheMeanOfTheMinerals() {
        Dataset d = HandWorked.dataset().toBuilder()
                .add(Production.of("CHN", "cobalt", Stage.MINING, 2024, 30, HandWorked.P))
                .add(Production.of("COD", "cobalt", Stage.MINING, 2024, 70, HandWorked.P)).build();
        AverageTopShare a = ConcentrationAlgorithm.ofProduction(d).averageTopShare(Stage.MINING, 2024, 1, "lithium", "cobalt");
        assertEquals((100.0 / 170 + 0.7) / 2, a.average(), EPS);
        assertEquals(List.of("cobalt", "lithium"), List.copyOf(a.topShares().keySet()));
        assertThrows(IllegalArgumentException.class,
                () -> ConcentrationAlgorithm.ofProduction(d).averageTopShare(Stage.MINING, 2024, 3, "lithium", "nickel"));
    }

    @Test
    void toString_isBoundedAndReadable() {
        java.util.TreeMap<String, Double> many = new java.util.TreeMap<>();
        for (String c : List.of("AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH")) {
            many.put(c, 1.0);
        }
        String s = MarketConcentration.of("x", Stage.MINING, 2024, many, "test").toString();
        assertTrue(s.contains("... 3 more"), s);
        assertTrue(s.lines().count() <= 7, s);
        assertTrue(s.contains("HHI 0.125"), s);
    }
}
