package org.msp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class QuantityProperties {
    @Property
    void plus_isCommutativeAndNeverBelowEitherTerm(@ForAll @DoubleRange(min = 0, max = 1e12) double a,
            @ForAll @DoubleRange(min = 0, max = 1e12) double b) {
        Quantity sum = Quantity.tonnes(a).plus(Quantity.tonnes(b));
        assertEquals(sum, Quantity.tonnes(b).plus(Quantity.tonnes(a)));
        org.junit.jupiter.api.Assertions.assertTrue(sum.tonnes() >= Math.max(a, b), sum::toString);
    }

    @Property
    void unitConversion_roundTripsThroughTonnes(@ForAll @DoubleRange(min = 0, max = 1e9) double value,
            @ForAll MassUnit unit) {
        double t = Quantity.of(value, unit, Basis.CONTENT).tonnes();
        assertEquals(value, t / unit.toTonnes(1.0), Math.max(1e-9, value * 1e-12));
    }
}
