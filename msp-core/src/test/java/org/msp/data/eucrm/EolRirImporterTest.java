package org.msp.data.eucrm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msp.data.RawFiles;
import org.msp.io.DataFileException;
import org.msp.model.RecyclingInputRate;

class EolRirImporterTest {
    private static final String FILE = "eu-crm-2023-eolrir/eol_rir_by_material.csv";

    /** Every row of the committed file is a rate equal to its percentage, or skipped with a reason. */
    @Test
    void read_realFile_everyRowImportedOrSkipped() throws IOException {
        EolRirImporter.Result r = EolRirImporter.read(RawFiles.raw(FILE));
        List<String> lines = Files.readAllLines(RawFiles.raw(FILE), StandardCharsets.UTF_8);
        assertEquals(lines.size() - 1, r.rates().size() + r.skipped().size());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).what().startsWith("cokingcoal"), r::toString);
        for (String line : lines.subList(1, lines.size())) {
            String label = line.substring(0, line.indexOf(','));
            String pct = line.split(",")[line.split(",").length - 2];
            String id = EolRirImporter.LABELS.getOrDefault(label, label);
            r.rates().stream().filter(x -> x.mineral().equals(id)).findFirst()
                    .ifPresent(x -> assertEquals(Double.parseDouble(pct) / 100, x.rate(), 1e-15, line));
        }
        RecyclingInputRate magnets = r.rates().stream().filter(x -> x.mineral().equals("magnet-rare-earths"))
                .findFirst().orElseThrow();
        assertEquals("EUU", magnets.region());
        assertTrue(magnets.provenance().note().contains("third-party transcription"), magnets::toString);
    }

    @Test
    void read_rateAbove100_errorNamesLineAndField() {
        String text = "label,title,eol_rir_pct,recycling_reported\ncobalt,Cobalt,120,True\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> EolRirImporter.read(RawFiles.stream(text, "UTF-8"), "e.csv"));
        assertEquals("line 2", e.problems().get(0).location());
        assertEquals("eol_rir_pct", e.problems().get(0).field());
    }

    @Test
    void read_unreportedOrDuplicate_skippedOrRefused() {
        String head = "label,title,eol_rir_pct,recycling_reported\n";
        EolRirImporter.Result r = EolRirImporter.read(RawFiles.stream(head + "cobalt,Cobalt,0,False\n", "UTF-8"),
                "e.csv");
        assertTrue(r.rates().isEmpty());
        assertEquals("the source reports no rate", r.skipped().get(0).reason());
        assertThrows(DataFileException.class, () -> EolRirImporter.read(RawFiles.stream(head
                + "cobalt,Cobalt,22,True\ncobalt,Cobalt,21,True\n", "UTF-8"), "e.csv"));
        assertThrows(DataFileException.class, () -> EolRirImporter.read(RawFiles.stream(head
                + "cobalt,Cobalt,22,yes\n", "UTF-8"), "e.csv"));
    }
}
