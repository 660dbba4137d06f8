package org.msp.data.baci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.msp.data.ImportResult;
import org.msp.data.RawFiles;
import org.msp.io.DataFileException;
import org.msp.model.DataGap;

class BaciValuesImporterTest {
    static final String FILE = "cepii-baci-2022-complete/baci_hs17_V202601_2022_critical30_value_usd.csv.gz";

    @Test
    void read_realFile_noTonnesInvented_everyValueKeptInAGap() throws IOException {
        ImportResult r = BaciValuesImporter.read(RawFiles.raw(FILE), 2022);
        assertTrue(r.flows().isEmpty(), "a file without tonnes gives no flow");
        assertTrue(r.skipped().stream().noneMatch(s -> s.reason().equals(ImportResult.UNACCOUNTED)));
        double raw = 0;
        double coal = 0;
        int rows = 0;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(RawFiles.raw(FILE)))) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] x = lines[i].strip().split(",");
                raw += Double.parseDouble(x[3]);
                coal += x[2].equals("270112") ? Double.parseDouble(x[3]) : 0;
                rows++;
            }
        }
        assertEquals(23_167, rows);
        assertEquals(388.5e9, raw, 0.05e9); // the total the extract's SOURCES.md prints
        double kept = 0;
        for (DataGap g : r.gaps()) {
            assertEquals(2022, g.year());
            assertEquals(BaciValuesImporter.EDITION, g.provenance().edition());
            assertTrue(g.provenance().note().startsWith(BaciValuesImporter.PARTIAL), g.provenance()::note);
            String note = g.provenance().note();
            kept += Double.parseDouble(note.substring(note.lastIndexOf("value USD ") + 10));
        }
        assertEquals(rows, r.gaps().size() + r.skipped().size());
        assertTrue(r.skipped().stream().allMatch(s -> s.what().startsWith("270112")), r.skipped()::toString);
        assertEquals(raw - coal, kept, 1.0 * r.gaps().size());
    }

    @Test
    void read_badInput_errorNamesLineAndField() {
        DataFileException e = assertThrows(DataFileException.class, () -> BaciValuesImporter.read(
                RawFiles.stream("i,j,cmd,value\nCHN,JPN,811292,NaN\n", "UTF-8"), "v.csv", 2022));
        assertEquals("line 2", e.problems().get(0).location());
        assertEquals("value", e.problems().get(0).field());
        assertThrows(IllegalArgumentException.class, () -> BaciValuesImporter.read(
                RawFiles.stream("i,j,cmd,value\n", "UTF-8"), "v.csv", 0));
    }
}
