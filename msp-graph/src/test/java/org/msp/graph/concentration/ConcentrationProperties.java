package org.msp.graph.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Stage;

class ConcentrationProperties {
    @Provide
    Arbitrary<Map<String, Double>> tables() {
        Arbitrary<String> iso = Arbitraries.strings().withCharRange('A', 'F').ofLength(3);
        return Arbitraries.maps(iso, Arbitraries.doubles().between(0, 1e6)).ofMinSize(1).ofMaxSize(40)
                .filter(m -> m.values().stream().mapToDouble(Double::doubleValue).sum() > 0);
    }

    @Property(tries = 300)
    void shares_sumToOne(@ForAll("tables") Map<String, Double> table) {
        ConcentrationResult r = ConcentrationResult.of("x", Stage.MINING, 2024, table, "test");
        assertEquals(1.0, r.shares().stream().mapToDouble(SupplierShare::share).sum(), 1e-9);
    }

    @Property(tries = 300)
    void hhi_liesBetweenOneOverNAndOne(@ForAll("tables") Map<String, Double> table) {
        ConcentrationResult r = ConcentrationResult.of("x", Stage.MINING, 2024, table, "test");
        int n = r.supplierCount();
        assertTrue(r.hhi() >= 1.0 / n - 1e-12 && r.hhi() <= 1 + 1e-12, r::toString);
        assertTrue(r.effectiveSuppliers() <= n + 1e-9);
    }

    @Property(tries = 300)
    void topShare_isMonotoneInK(@ForAll("tables") Map<String, Double> table) {
        ConcentrationResult r = ConcentrationResult.of("x", Stage.MINING, 2024, table, "test");
        double prev = 0;
        for (int k = 1; k <= r.supplierCount() + 1; k++) {
            double s = r.topShare(k);
            assertTrue(s >= prev - 1e-12, "CR_" + k + " = " + s + " < CR_" + (k - 1) + " = " + prev);
            assertTrue(s >= (double) Math.min(k, r.supplierCount()) / r.supplierCount() - 1e-9,
                    "CR_k is at least k/n");
            prev = s;
        }
        assertEquals(1.0, r.topShare(r.supplierCount()), 1e-9);
    }

    @Property(tries = 300)
    void sharesAreSortedWithIso3Ties(@ForAll("tables") Map<String, Double> table) {
        ConcentrationResult r = ConcentrationResult.of("x", Stage.MINING, 2024, new TreeMap<>(table), "test");
        List<SupplierShare> s = r.shares();
        for (int i = 1; i < s.size(); i++) {
            assertTrue(ConcentrationResult.ORDER.compare(s.get(i - 1), s.get(i)) < 0);
        }
    }

    @Provide
    Arbitrary<SupplyNetwork> networks() {
        return SupplyArbitraries.networks().withUnknownSources();
    }

    @Property(tries = 100)
    void networkShares_sumToOneAtEveryStageWithOutput(@ForAll("networks") SupplyNetwork n) {
        for (Stage s : SupplyArbitraries.NETWORK_STAGES) {
            boolean any = n.nodes().stream().anyMatch(v -> v.stage() == s && !v.isUnknownSource()
                    && (n.ownSupply(v) > 0 || n.graph().incomingEdgesOf(v).stream()
                            .anyMatch(e -> e.source().stage() != s && e.tonnes() > 0)));
            if (!any) {
                continue;
            }
            ConcentrationResult r = Concentration.of(n, SupplyArbitraries.NETWORK_MINERAL, s);
            assertEquals(1.0, r.shares().stream().mapToDouble(SupplierShare::share).sum(), 1e-9);
            assertTrue(r.hhi() >= 1.0 / r.supplierCount() - 1e-12 && r.hhi() <= 1 + 1e-12);
        }
    }
}
