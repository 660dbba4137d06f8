package org.msp.graph.dependency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msp.graph.HandWorked;
import org.msp.model.Basis;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.Stage;

class NetImportRelianceTest {
    private static final double EPS = 1e-9;
    private final NetImportRelianceAlgorithm nir = NetImportRelianceAlgorithm.of(HandWorked.dataset());

    /** USA mining: P 0, imports 5 from CHL, exports 0: AC 5, NIR 100%, main source CHL (100%). */
    @Test
    void reliance_pureImporter_isOne() {
        Reliance r = nir.reliance("USA", "lithium", Stage.MINING, 2024);
        assertEquals(5, r.apparentConsumption(), EPS);
        assertEquals(1.0, r.share().getAsDouble(), EPS);
        assertEquals(RelianceStatus.NET_IMPORTER, r.status());
        assertEquals("CHL", r.mainSource().orElseThrow());
        assertEquals(1.0, r.mainSourceShare(), EPS);
        assertFalse(r.stockChange().isPresent());
    }

    /** KOR refining: P 10, imports 40, stock 5 -> 9 (+4): AC = 10 + 40 − 4 = 46, NIR = 36 / 46. */
    @Test
    void reliance_stockBuild_lowersConsumption() {
        Reliance r = nir.reliance("KOR", "lithium", 2024);
        assertEquals(Stage.REFINING, r.stage());
        assertEquals(4, r.stockChange().getAsDouble(), EPS);
        assertEquals(46, r.apparentConsumption(), EPS);
        assertEquals(36.0 / 46, r.share().getAsDouble(), EPS);
        assertTrue(r.toString().contains("78.3%"), r.toString());
    }

    /** USA produces 10 t of gallium content and imports 40 t gross weight: refused unless a factor is given. */
    @Test
    void reliance_mixedBases_needAConversion() {
        org.msp.model.Provenance p = org.msp.model.Provenance.user("test");
        Dataset d = Dataset.builder().countries("CHN", "USA").minerals("gallium")
                .add(org.msp.model.Production.of("USA", "gallium", Stage.REFINING, 2024, 10, p))
                .add(new Flow(org.msp.model.Actor.country("CHN"), org.msp.model.Actor.country("USA"), "gallium",
                        Stage.REFINING, 2024, org.msp.model.Quantity.of(40, org.msp.model.MassUnit.TONNE,
                        Basis.GROSS_WEIGHT), java.util.OptionalDouble.empty(), FlowOrigin.REPORTED, p))
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NetImportRelianceAlgorithm.of(d).reliance("USA", "gallium", 2024));
        assertTrue(e.getMessage().contains("different bases"), e.getMessage());
        Reliance r = NetImportRelianceAlgorithm.of(d, java.util.Map.of("gallium", java.util.Map.of(Basis.GROSS_WEIGHT, 0.5)))
                .reliance("USA", "gallium", 2024);
        assertEquals(20, r.totalImports(), EPS);
        assertEquals(20.0 / 30, r.share().getAsDouble(), EPS);
        assertThrows(IllegalArgumentException.class,
                () -> NetImportRelianceAlgorithm.of(d, java.util.Map.of("gallium", java.util.Map.of(Basis.GROSS_WEIGHT, 1.5))));
    }

    /** A year with production but no trade table: imports are unknown, not zero, so the reliance is undefined. */
    @Test
    void reliance_noTradeTable_isAGapNotSelfSufficiency() {
        Reliance r = nir.reliance("CHN", "lithium", Stage.MINING, 2023); // produced 10 t, no flows in 2023
        assertEquals(RelianceStatus.NO_TRADE_DATA, r.status());
        assertTrue(r.share().isEmpty());
        assertFalse(r.tradeReported());
        assertTrue(r.toString().contains("undefined (no trade data)"), r.toString());
    }

    /** CHN refining: P 120, exports 140: AC = −20, reliance undefined, net exporter; AUS mining: NIR = −90/10. */
    @Test
    void reliance_netExporter_isExplicitNotADivisionByZero() {
        Reliance chn = nir.reliance("CHN", "lithium", Stage.REFINING, 2024);
        assertEquals(-20, chn.apparentConsumption(), EPS);
        assertTrue(chn.share().isEmpty());
        assertEquals(RelianceStatus.NET_EXPORTER, chn.status());
        assertTrue(chn.toString().contains("undefined (net exporter)"), chn.toString());
        Reliance aus = nir.reliance("AUS", "lithium", Stage.MINING, 2024);
        assertEquals(-9.0, aus.share().getAsDouble(), EPS);
        assertEquals(RelianceStatus.NET_EXPORTER, aus.status());
        Reliance none = nir.reliance("JPN", "lithium", Stage.MINING, 2024);
        assertEquals(RelianceStatus.NO_CONSUMPTION, none.status());
        assertTrue(none.share().isEmpty());
    }

    /** A group's internal trade does not count: CHN+KOR at refining imports nothing, exports 100 to JPN. */
    @Test
    void reliance_group_countsOnlyTradeWithOutsiders() {
        Reliance r = nir.reliance(Set.of("CHN", "KOR"), "lithium", Stage.REFINING, 2024);
        assertEquals(0, r.totalImports(), EPS);
        assertEquals(100, r.exports(), EPS);
        assertEquals(130, r.production(), EPS);
        assertEquals("CHN+KOR", r.importer());
    }

    /** KOR: lithium (refining) from CHN; cobalt CHN 7 / COD 3; nickel (mining only) IDN 5 / CHN 1. */
    @Test
    void mainSourceMinerals_countsTheMineralsWhereTheSourceLeads() {
        MainSourceMinerals m = nir.mainSourceMinerals("KOR", "CHN", 2024);
        assertEquals(List.of("cobalt", "lithium"), List.copyOf(m.mainFrom().keySet()));
        assertEquals(0.7, m.mainFrom().get("cobalt"), EPS);
        assertEquals(3, m.imported());
        assertEquals(2, m.count());
        assertTrue(m.toString().startsWith("CHN is the main import source of KOR for 2 of 3"), m.toString());
        assertEquals(List.of("nickel"), List.copyOf(nir.mainSourceMinerals("KOR", "IDN", 2024).mainFrom().keySet()));
    }

    @Test
    void reliance_mixedBases_isRefused() {
        Dataset d = HandWorked.dataset().toBuilder()
                .add(new Flow(org.msp.model.Actor.country("AUS"), org.msp.model.Actor.country("USA"), "lithium",
                        Stage.MINING, 2024, new org.msp.model.Quantity(3, Basis.GROSS_WEIGHT),
                        java.util.OptionalDouble.empty(), FlowOrigin.REPORTED, HandWorked.P))
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NetImportRelianceAlgorithm.of(d).reliance("USA", "lithium", Stage.MINING, 2024));
        assertTrue(e.getMessage().contains("different bases"), e.getMessage());
    }
}
