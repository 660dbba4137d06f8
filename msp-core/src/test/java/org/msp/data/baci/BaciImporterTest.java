package org.msp.data.baci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.msp.data.CountryNames;
import org.msp.data.ImportResult;
import org.msp.data.RawFiles;
import org.msp.io.DataFileException;
import org.msp.model.Basis;
import org.msp.model.Flow;
import org.msp.model.Stage;

class BaciImporterTest {
    private static final String HEADER = "year,exporter,exporter_name,importer,importer_name,hs6,material,value_kusd,qty_t\n";

    @Test
    void read_realFile_everyRowAccounted_firstRowValues() {
        ImportResult r = BaciImporter.read(RawFiles.raw("cepii-baci/baci_hs17_V202601_critical_2024_bilateral.csv.gz"));
        assertTrue(r.skipped().stream().noneMatch(s -> s.reason().equals(ImportResult.UNACCOUNTED)));
        assertEquals(741, r.skipped().size(), "coking coal rows have no mineral id");
        assertEquals(21_723 - 741, r.flows().size() + r.gaps().size());
        Flow tjkFra = r.flows().stream().filter(f -> f.from().id().equals("TJK") && f.to().id().equals("FRA")
                && f.mineral().equals("antimony")).findFirst().orElseThrow();
        assertEquals(6226.77, tjkFra.quantity().tonnes(), 1e-9);
        assertEquals(111_108_435.0, tjkFra.valueUsd().getAsDouble(), 1e-3);
        assertEquals(Stage.REFINING, tjkFra.stage());
        assertTrue(r.flows().stream().filter(f -> f.provenance().table().startsWith("HS 811292"))
                .allMatch(f -> f.mineral().equals("gallium") && f.provenance().note().contains("basket")));
        assertTrue(r.flows().stream().filter(f -> f.mineral().equals("lithium"))
                .allMatch(f -> f.quantity().basis() == Basis.CARBONATE_EQUIVALENT));
        assertTrue(r.flows().stream().anyMatch(f -> (f.from().id().equals("TWN") || f.to().id().equals("TWN"))
                && f.provenance().note().contains(CountryNames.S19_REMARK)));
    }

    @Test
    void read_missingTonnes_becomesGapWithValue() {
        String text = HEADER + "2024,FRA,France,DNK,Denmark,811010,antimony,27.689,\n";
        ImportResult r = BaciImporter.read(RawFiles.stream(text, "UTF-8"), "b.csv");
        assertTrue(r.flows().isEmpty());
        assertEquals("export_tonnes_to_DNK", r.gaps().get(0).statistic());
        assertTrue(r.gaps().get(0).provenance().note().contains("27689"));
    }

    @Test
    void read_unknownCode_errorNamesLineAndField() {
        String text = HEADER + "2024,QQQ,Nowhere,DNK,Denmark,811010,antimony,27.689,1\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> BaciImporter.read(RawFiles.stream(text, "UTF-8"), "b.csv"));
        assertEquals("line 2", e.problems().get(0).location());
        assertEquals("exporter", e.problems().get(0).field());
    }

    @Test
    void read_truncatedLine_errorNamesLine() {
        String text = HEADER + "2024,FRA,France,DNK,Denmark,811010\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> BaciImporter.read(RawFiles.stream(text, "UTF-8"), "b.csv"));
        assertEquals("line 2", e.problems().get(0).location());
    }
}
