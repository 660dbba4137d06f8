package org.msp.graph.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msp.graph.HandWorked;
import org.msp.model.Stage;

class SupplyRiskTest {
    private static final Map<String, Double> WGI = Map.of("AUS", 2.0, "CHL", 3.0, "CHN", 6.0, "KOR", 1.5);

    /**
     * Mining: HHI_WGI global 29,900/28,900 = 1.034602; EU sourcing AUS 60 / CHL 40: .36·2 + .16·3 = 1.2; IR 0.9;
     * SR = (1.034602·0.45 + 1.2·0.55)·0.9·0.9 = 0.911712.
     * Refining: global CHN 120, CHL 30, KOR 10 of 160: .5625·6 + .03515625·3 + .00390625·1.5 = 3.486328;
     * EU sourcing CHN 80 / KOR 20: .64·6 + .04·1.5 = 3.9; IR from KOR's trade: (40 − 0)/(10 + 40) = 0.8;
     * SR = (3.486328·0.4 + 3.9·0.6)·0.81 = 3.024970. Bottleneck: refining.
     */
    @Test
    void assess_handWorked_choosesTheBottleneckStage() {
        SupplyRiskInputs in = SupplyRiskInputs.of("lithium", 2024, WGI, 0.1, 0.9)
                .withEuSourcing(Stage.MINING, Map.of("AUS", 60.0, "CHL", 40.0))
                .withImportReliance(Stage.MINING, 0.9)
                .withEuSourcing(Stage.REFINING, Map.of("CHN", 80.0, "KOR", 20.0))
                .withEuMembers(Set.of("KOR"));
        SupplyRiskScore r = SupplyRiskAlgorithm.of(HandWorked.dataset()).assess(in);
        assertEquals(2, r.stages().size());
        StageRisk mining = r.stages().get(0);
        assertEquals(29_900.0 / 28_900, mining.hhiWgiGlobal(), 1e-9);
        assertEquals(1.2, mining.hhiWgiEu(), 1e-9);
        assertEquals((29_900.0 / 28_900 * 0.45 + 1.2 * 0.55) * 0.81, mining.supplyRisk(), 1e-9);
        StageRisk refining = r.stages().get(1);
        assertEquals(3.486328125, refining.hhiWgiGlobal(), 1e-9);
        assertEquals(0.8, refining.importReliance(), 1e-9);
        assertEquals((3.486328125 * 0.4 + 3.9 * 0.6) * 0.81, refining.supplyRisk(), 1e-9);
        assertEquals(Stage.REFINING, r.bottleneckStage());
        assertEquals(refining.supplyRisk(), r.supplyRisk(), 0);
        assertTrue(r.isAboveThreshold());
    }

    @Test
    void assess_missingInputs_areNamed() {
        SupplyRiskInputs in = SupplyRiskInputs.of("lithium", 2024, WGI, 0.1, 0.9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SupplyRiskAlgorithm.of(HandWorked.dataset()).assess(in));
        assertTrue(e.getMessage().contains("no EU sourcing"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SupplyRiskInputs.of("lithium", 2024, Map.of("AUS", 11.0), 0, 1));
    }
}
