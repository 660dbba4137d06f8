package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FiguresProperties {
    /** Grouping by hand prints what String.format's "%,.0f" prints, at any magnitude and sign, halves included. */
    @Property(tries = 3000)
    void grouped_printsWhatStringFormatPrints(@ForAll("numbers") double x) {
        assertEquals(String.format(Locale.ROOT, "%,.0f", x), Figures.grouped(x), () -> Double.toString(x));
    }

    @Provide
    Arbitrary<Double> numbers() {
        Arbitrary<Double> any = Arbitraries.doubles().between(-1e16, 1e16);
        Arbitrary<Double> small = Arbitraries.doubles().between(-2000, 2000);
        Arbitrary<Double> halves = Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L).map(n -> n + 0.5);
        Arbitrary<Double> nearHalves = halves.map(Math::nextUp);
        Arbitrary<Double> edges = Arbitraries.of(0.0, -0.0, 0.5, -0.5, 0.49999999999999994, -0.4, 999.5, 1e15,
                Math.nextDown(1e15), 4503599627370495.5, Double.POSITIVE_INFINITY, Double.NaN, -1.5e300);
        return Arbitraries.oneOf(any, small, halves, nearHalves, edges);
    }
}
