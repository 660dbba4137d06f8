package org.msp.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msp.model.Basis;
import org.msp.model.Dataset;

class WorldConversionsTest {
    @Test
    void worldConversions_areStoichiometricWhereExact() {
        List<BasisConversion> c = Datasets.worldConversions();
        assertEquals(List.of("arsenic", "gallium", "lithium"), c.stream().map(BasisConversion::mineral).toList());
        assertEquals(0.757396, c.get(0).contentPerTonne(), 1e-6, "As2O3");
        assertTrue(c.get(0).exact());
        assertEquals(1.0, c.get(1).contentPerTonne());
        assertFalse(c.get(1).exact(), "the HS 811292 basket gives an upper bound only");
        assertEquals(0.187852, c.get(2).contentPerTonne(), 1e-6, "Li2CO3");
        assertEquals("lithium:carbonate_equivalent=" + c.get(2).contentPerTonne(), c.get(2).spec());
        assertTrue(c.get(1).toString().startsWith("gallium gross_weight x 1 (upper bound: "), c.get(1)::toString);
        assertTrue(c.get(2).toString().startsWith("lithium carbonate_equivalent x 0.1879 (exact: "), c.get(2)::toString);
    }

    @Test
    void worldConversions_coverABasisTheWorldDatasetReallyMixes() {
        Dataset w = Datasets.world();
        for (BasisConversion c : Datasets.worldConversions()) {
            boolean other = w.productions().stream().anyMatch(p -> p.mineral().equals(c.mineral())
                    && p.quantity().basis() == c.basis())
                    || w.flows().stream().anyMatch(f -> f.mineral().equals(c.mineral()) && f.quantity().basis() == c.basis());
            boolean content = w.productions().stream().anyMatch(p -> p.mineral().equals(c.mineral())
                    && p.quantity().basis() == Basis.CONTENT)
                    || w.flows().stream().anyMatch(f -> f.mineral().equals(c.mineral())
                    && f.quantity().basis() == Basis.CONTENT);
            assertTrue(other && content, c + " converts a basis the dataset does not mix with content");
        }
    }

    @Test
    void constructor_refusesContentAndFactorsOutsideZeroOne() {
        assertThrows(IllegalArgumentException.class, () -> new BasisConversion("lithium", Basis.CONTENT, 1, true, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> new BasisConversion("lithium", Basis.GROSS_WEIGHT, 1.2, true, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> new BasisConversion("lithium", Basis.GROSS_WEIGHT, Double.NaN, true, "x"));
    }
}
