package org.msp.graph.concentration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.model.Stage;

class ConcentrationProperties {
    @Provide
    Arbitrary<Map<String, Double>> tables() {
        Arbitrary<String> iso = Arbitraries.strings().withCharRange('A', 'F').ofLength(3);
        return Arbitraries.maps(iso, Arbitraries.doubles().between(0, 1e6)).ofMinSize(1).ofMaxSize(40)
                .filter(m -> m.values().stream().mapToDouble(Double::doubleValue).sum() > 0);
    }

    /** The contract's invariants on tables wider than generated datasets reach: up to 40 suppliers, any doubles. */
    @Property(tries = 300)
    void ofTable_keepsTheConcentrationInvariants(@ForAll("tables") Map<String, Double> table) {
        MarketConcentration r = MarketConcentration.of("x", Stage.MINING, 2024, table, "test");
        ConcentrationAlgorithmContract.checkShares(r);
        ConcentrationAlgorithmContract.checkHhi(r);
        ConcentrationAlgorithmContract.checkTopShares(r);
    }

    @Property(tries = 300)
    void sharesAreSortedWithIso3Ties(@ForAll("tables") Map<String, Double> table) {
        MarketConcentration r = MarketConcentration.of("x", Stage.MINING, 2024, new TreeMap<>(table), "test");
        List<SupplierShare> s = r.shares();
        for (int i = 1; i < s.size(); i++) {
            assertTrue(MarketConcentration.ORDER.compare(s.get(i - 1), s.get(i)) < 0);
        }
    }
}
