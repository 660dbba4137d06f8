package org.msp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msp.io.DataFileException;
import org.msp.io.DatasetJson;
import org.msp.model.BasisConversion.End;

class BasisConversionTest {
    private static final Provenance P = Provenance.user("test");

    private static BasisConversion range(double low, double central, double high) {
        return new BasisConversion("cobalt", Stage.REFINING, Basis.GROSS_WEIGHT, low, central, high,
                ConversionKind.TYPICAL_GRADE, "test grade", P);
    }

    @Test
    void constructor_refusesContentDisorderAndFactorsOutsideZeroOne() {
        assertThrows(IllegalArgumentException.class, () -> BasisConversion.exact("lithium", Stage.REFINING,
                Basis.CONTENT, 0.5, "x", P));
        assertThrows(IllegalArgumentException.class, () -> range(0.7, 0.6, 0.8));
        assertThrows(IllegalArgumentException.class, () -> range(0.6, 0.9, 0.8));
        assertThrows(IllegalArgumentException.class, () -> range(0, 0.5, 0.8));
        assertThrows(IllegalArgumentException.class, () -> range(0.5, 0.6, 1.2));
        assertThrows(IllegalArgumentException.class, () -> range(Double.NaN, 0.6, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new BasisConversion("gallium", Stage.REFINING,
                Basis.GROSS_WEIGHT, 0.5, 1, 1, ConversionKind.UPPER_BOUND, "x", P));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> range(0.7, 0.6, 0.8));
        assertTrue(e.getMessage().contains("cobalt") && e.getMessage().contains("low <= central <= high"),
                e::getMessage);
    }

    @Test
    void factor_picksTheEnd() {
        BasisConversion c = range(0.6, 0.7, 0.75);
        assertEquals(0.6, c.factor(End.LOW));
        assertEquals(0.7, c.factor(End.CENTRAL));
        assertEquals(0.75, c.factor(End.HIGH));
        assertTrue(c.isRange());
        assertFalse(BasisConversion.exact("lithium", Stage.REFINING, Basis.CARBONATE_EQUIVALENT, 0.2, "x", P)
                .isRange());
        assertEquals("cobalt:gross_weight=0.7", c.spec());
        assertEquals("cobalt/refining gross_weight x 0.7, range 0.6\u20130.75 (typical grade: test grade)",
                c.toString());
    }

    @Test
    void dataset_findsItsConversionAndRefusesDuplicatesAndUnknownMinerals() {
        BasisConversion c = range(0.6, 0.7, 0.75);
        Dataset d = Dataset.builder().minerals("cobalt").add(c).build();
        assertEquals(List.of(c), d.conversions());
        assertEquals(c, d.conversion("cobalt", Stage.REFINING, Basis.GROSS_WEIGHT).orElseThrow());
        assertTrue(d.conversion("cobalt", Stage.MINING, Basis.GROSS_WEIGHT).isEmpty());
        assertEquals(List.of(c), d.conversions("cobalt"));
        assertEquals(d, d.toBuilder().build());
        DatasetValidationException dup = assertThrows(DatasetValidationException.class,
                () -> Dataset.builder().minerals("cobalt").add(c).add(range(0.5, 0.6, 0.7)).build());
        assertTrue(dup.getMessage().contains("conversions[1]"), dup::getMessage);
        DatasetValidationException unknown = assertThrows(DatasetValidationException.class,
                () -> Dataset.builder().minerals("lithium").add(c).build());
        assertTrue(unknown.getMessage().contains("unknown mineral 'cobalt'"), unknown::getMessage);
    }

    @Test
    void json_roundTripsAndOlderDocumentsWithoutConversionsLoad() {
        Dataset d = Dataset.builder().name("t").minerals("cobalt").add(range(0.6, 0.7, 0.75)).build();
        String json = DatasetJson.toString(d);
        assertTrue(json.contains("\"conversions\""), json);
        assertEquals(d, DatasetJson.fromString(json, "t.json"));
        Dataset old = DatasetJson.fromString("{\"format\": \"msp-dataset\", \"version\": 1, \"name\": \"old\"}", "o");
        assertEquals(List.of(), old.conversions());
        String bad = json.replace("\"low\": 0.6", "\"low\": 0.9");
        DataFileException e = assertThrows(DataFileException.class, () -> DatasetJson.fromString(bad, "bad.json"));
        assertTrue(e.getMessage().contains("$.conversions[0]") && e.getMessage().contains("bad.json"), e::getMessage);
    }
}
