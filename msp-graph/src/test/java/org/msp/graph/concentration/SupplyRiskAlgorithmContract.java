package org.msp.graph.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.msp.graph.HandWorked;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * What every {@link SupplyRiskAlgorithm} must keep, on the hand-worked dataset with any inputs (the EU method, JRC
 * 2017): SR never falls when a supplier's governance worsens, is proportional to 1 - EoL_RIR, and lies between its two
 * concentrations times the substitution index. Implement {@link #algorithm(Dataset)} once per implementation.
 */
interface SupplyRiskAlgorithmContract {

    /** Returns the implementation under test, bound to {@code dataset}. */
    SupplyRiskAlgorithm algorithm(Dataset dataset);

    /** Assesses lithium with the given governance scores, recycling, substitution and import reliance. */
    default SupplyRiskScore assess(double aus, double chl, double chn, double kor, double eol, double si,
            double ir, double chnFactor) {
        Map<String, Double> wgi = new TreeMap<>(Map.of("AUS", aus, "CHL", chl, "CHN", chn, "KOR", kor));
        SupplyRiskInputs in = SupplyRiskInputs.of("lithium", 2024, wgi, eol, si)
                .withTradeFactors(Map.of("CHN", chnFactor))
                .withEuSourcing(Stage.REFINING, Map.of("CHN", 80.0, "KOR", 20.0))
                .withImportReliance(Stage.REFINING, ir);
        return algorithm(HandWorked.dataset()).assess(in);
    }

    /** Raising a supplier's governance score (worse governance) raises HHI_WGI and never lowers SR. */
    @Property(tries = 300)
    default void supplyRisk_monotoneInHhiWgi(@ForAll @DoubleRange(min = 0, max = 10) double chn,
            @ForAll @DoubleRange(min = 0, max = 10) double kor, @ForAll @DoubleRange(min = 0, max = 10) double raise,
            @ForAll @DoubleRange(min = 0, max = 1) double ir, @ForAll @DoubleRange(min = 0, max = 1) double eol) {
        double higher = Math.min(10, chn + raise);
        SupplyRiskScore low = assess(3, 3, chn, kor, eol, 1, ir, 1);
        SupplyRiskScore high = assess(3, 3, higher, kor, eol, 1, ir, 1);
        StageRisk l = low.stages().get(0);
        StageRisk h = high.stages().get(0);
        assertTrue(h.hhiWgiGlobal() >= l.hhiWgiGlobal() && h.hhiWgiEu() >= l.hhiWgiEu());
        assertTrue(h.supplyRisk() >= l.supplyRisk() - 1e-12, () -> l + " vs " + h);
        SupplyRiskScore restricted = assess(3, 3, chn, kor, eol, 1, ir, 1.1);
        assertTrue(restricted.supplyRisk() >= low.supplyRisk() - 1e-12);
    }

    /** SR is proportional to 1 − EoL_RIR, so monotone in it; at EoL_RIR = 1 it is 0. */
    @Property(tries = 300)
    default void supplyRisk_proportionalToOneMinusEolRir(@ForAll @DoubleRange(min = 0, max = 10) double chn,
            @ForAll @DoubleRange(min = 0, max = 1) double a, @ForAll @DoubleRange(min = 0, max = 1) double b,
            @ForAll @DoubleRange(min = 0, max = 1) double ir) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        double srLo = assess(2, 3, chn, 1.5, lo, 1, ir, 1).stages().get(0).supplyRisk();
        double srHi = assess(2, 3, chn, 1.5, hi, 1, ir, 1).stages().get(0).supplyRisk();
        assertTrue(srLo >= srHi - 1e-12);
        double base = assess(2, 3, chn, 1.5, 0, 1, ir, 1).stages().get(0).supplyRisk();
        assertEquals(base * (1 - hi), srHi, 1e-9 * Math.max(1, base));
        assertEquals(0, assess(2, 3, chn, 1.5, 1, 1, ir, 1).stages().get(0).supplyRisk(), 1e-12);
    }

    /** SR lies between the smaller and the larger HHI_WGI,t, times the recycling and substitution terms. */
    @Property(tries = 300)
    default void supplyRisk_betweenItsTwoConcentrations(@ForAll @DoubleRange(min = 0, max = 10) double chn,
            @ForAll @DoubleRange(min = 0, max = 10) double kor, @ForAll @DoubleRange(min = 0, max = 1) double ir,
            @ForAll @DoubleRange(min = 0, max = 1) double si) {
        StageRisk s = assess(2, 3, chn, kor, 0, si, ir, 1).stages().get(0);
        double lo = Math.min(s.hhiWgiGlobal(), s.hhiWgiEu()) * si;
        double hi = Math.max(s.hhiWgiGlobal(), s.hhiWgiEu()) * si;
        assertTrue(s.supplyRisk() >= lo - 1e-9 && s.supplyRisk() <= hi + 1e-9, s::toString);
    }
}
