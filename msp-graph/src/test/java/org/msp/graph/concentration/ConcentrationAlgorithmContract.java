package org.msp.graph.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * The invariants of every {@link ConcentrationAlgorithm} on generated trade-shaped datasets and the networks built from
 * them: shares (with the rest of the world) sum to one, the top-k share is monotone in k and reaches the
 * attributed total at k = n, and 1/n &le; HHI &le; 1 (a lower bound of (1 - u)²/n with a remainder u). Implement
 * {@link #concentration(Dataset, SupplyNetwork)} once per implementation.
 */
interface ConcentrationAlgorithmContract {

    /** Returns the implementation under test, for a dataset and the network built from it. */
    ConcentrationAlgorithm concentration(Dataset dataset, SupplyNetwork network);

    /** A generated dataset and its network. */
    record Input(Dataset dataset, SupplyNetwork network) {
        @Override
        public String toString() {
            return dataset.toString();
        }
    }

    @Provide
    default Arbitrary<Input> inputs() {
        return SupplyArbitraries.tradeDatasets()
                .map(d -> new Input(d, SupplyNetworks.of(d, SupplyArbitraries.NETWORK_YEAR)));
    }

    /** Returns the results at every stage with output; a stage without output must be refused, not invented. */
    private List<MarketConcentration> results(Input in) {
        ConcentrationAlgorithm c = concentration(in.dataset(), in.network());
        List<MarketConcentration> out = new ArrayList<>();
        for (Stage s : Stage.values()) {
            result(c, s).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<MarketConcentration> result(ConcentrationAlgorithm c, Stage s) {
        try {
            return Optional.of(c.concentration(SupplyArbitraries.NETWORK_MINERAL, s, SupplyArbitraries.NETWORK_YEAR));
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("no production"), e::getMessage);
            return Optional.empty();
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void shares_sumToOne(@ForAll("inputs") Input in) {
        for (MarketConcentration r : results(in)) {
            checkShares(r);
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void hhi_liesBetweenOneOverNAndOne(@ForAll("inputs") Input in) {
        for (MarketConcentration r : results(in)) {
            checkHhi(r);
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void topShare_isMonotoneInK(@ForAll("inputs") Input in) {
        for (MarketConcentration r : results(in)) {
            checkTopShares(r);
        }
    }

    /** Shares of the suppliers plus the rest of the world's share sum to one. */
    static void checkShares(MarketConcentration r) {
        double sum = r.shares().stream().mapToDouble(SupplierShare::share).sum();
        assertEquals(1.0, sum + r.restOfWorldShare(), 1e-9, r::toString);
    }

    /** 1/n &le; HHI &le; 1 without a remainder; (1 - u)²/n &le; HHI with one; 1/HHI &le; n in both cases. */
    static void checkHhi(MarketConcentration r) {
        int n = r.supplierCount();
        double attributed = 1 - r.restOfWorldShare();
        assertTrue(r.hhi() >= attributed * attributed / n - 1e-12 && r.hhi() <= 1 + 1e-12, r::toString);
        if (r.restOfWorld() == 0) {
            assertTrue(r.hhi() >= 1.0 / n - 1e-12, r::toString);
            assertTrue(r.effectiveSuppliers() <= n + 1e-9, r::toString);
        }
    }

    /** CR_k never falls as k grows, is at least k/n of the attributed share, and is the attributed share at n. */
    static void checkTopShares(MarketConcentration r) {
        int n = r.supplierCount();
        double attributed = 1 - r.restOfWorldShare();
        double prev = 0;
        for (int k = 1; k <= n + 1; k++) {
            double s = r.topShare(k);
            double p = prev;
            int kk = k;
            assertTrue(s >= p - 1e-12, () -> "CR_" + kk + " = " + s + " < CR_" + (kk - 1) + " = " + p);
            assertTrue(s >= attributed * Math.min(k, n) / n - 1e-9, () -> "CR_" + kk + " below k/n: " + r);
            prev = s;
        }
        assertEquals(attributed, r.topShare(n), 1e-9, r::toString);
    }
}
