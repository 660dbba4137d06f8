package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SupplyCoverageProperties {
    /** The sentence form of tonnes prints what String.format's "%,.0f" and "%.3g" print, halves included. */
    @Property(tries = 3000)
    void tonnes_printsWhatStringFormatPrints(@ForAll("tonnes") double t) {
        String expected = Math.abs(t) >= 100 ? String.format(Locale.ROOT, "%,.0f", t)
                : String.format(Locale.ROOT, "%.3g", t);
        assertEquals(expected, SupplyCoverage.tonnes(t), () -> Double.toString(t));
    }

    @Provide
    Arbitrary<Double> tonnes() {
        Arbitrary<Double> any = Arbitraries.doubles().between(-1e15, 1e15);
        Arbitrary<Double> halves = Arbitraries.longs().between(0, 10_000_000_000L).map(n -> n + 0.5);
        Arbitrary<Double> fractions = Arbitraries.doubles().between(99, 1e7).ofScale(3);
        Arbitrary<Double> edges = Arbitraries.of(100.0, -100.0, 99.99999, 999.5, 999_999.5, 1e21, 1.5e300, -2.5e6,
                0.0, 1234567.4999999999, 4503599627370495.5, 9007199254740993.0);
        return Arbitraries.oneOf(any, halves, halves.map(x -> -x), fractions, edges);
    }
}
