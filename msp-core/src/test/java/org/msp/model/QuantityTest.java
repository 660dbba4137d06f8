package org.msp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuantityTest {
    @Test
    void of_convertsDeclaredUnitsToTonnes() {
        assertEquals(1200.0, Quantity.of(1.2, MassUnit.KILOTONNE, Basis.CONTENT).tonnes(), 1e-9);
        assertEquals(0.5, Quantity.of(500, MassUnit.KILOGRAM, Basis.CONTENT).tonnes(), 1e-12);
        assertEquals(3_000_000.0, Quantity.of(3, MassUnit.MEGATONNE, Basis.GROSS_WEIGHT).tonnes(), 1e-6);
        assertEquals(MassUnit.KILOTONNE, MassUnit.parse(" thousand metric tons "));
    }

    @Test
    void plus_sameBasis_adds() {
        assertEquals(Quantity.tonnes(1500), Quantity.tonnes(1200).plus(Quantity.tonnes(300)));
    }

    @Test
    void plus_differentBasis_refusesToGuess() {
        Quantity content = Quantity.tonnes(10);
        Quantity gross = Quantity.of(10, MassUnit.TONNE, Basis.GROSS_WEIGHT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> content.plus(gross));
        assertTrue(e.getMessage().contains("different bases"), e.getMessage());
    }

    @Test
    void constructor_negativeOrNaN_namesTheField() {
        IllegalArgumentException neg = assertThrows(IllegalArgumentException.class, () -> Quantity.tonnes(-1));
        assertEquals("Quantity.tonnes is negative: -1.0", neg.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> Quantity.tonnes(Double.NaN));
        assertEquals("Quantity.tonnes is not a finite number: NaN", nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Quantity.tonnes(Double.POSITIVE_INFINITY));
        assertThrows(NullPointerException.class, () -> new Quantity(1, null));
    }

    @Test
    void toString_readable() {
        assertEquals("1,200 t", Quantity.tonnes(1200).toString());
        assertEquals("10 t gross_weight", Quantity.of(10, MassUnit.TONNE, Basis.GROSS_WEIGHT).toString());
    }
}
