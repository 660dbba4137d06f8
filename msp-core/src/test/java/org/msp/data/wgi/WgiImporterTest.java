package org.msp.data.wgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msp.data.RawFiles;
import org.msp.io.DataFileException;
import org.msp.model.GovernanceScore;

class WgiImporterTest {
    private static final String FILE = "worldbank-wgi/wgi_databank_extract_2009-2023_5dims.csv";

    private static WgiImporter.Result real() {
        return WgiImporter.read(RawFiles.raw(FILE));
    }

    /** China 2023: the mean of its five estimates, read from the raw file's own CHN lines. */
    @Test
    void read_realFile_china2023IsTheMeanOfItsFiveEstimates() throws IOException {
        WgiImporter.Result r = real();
        assertEquals(List.of("CC.EST", "GE.EST", "PV.EST", "RQ.EST", "VA.EST"), List.copyOf(r.series()));
        double sum = 0;
        int n = 0;
        for (String line : Files.readAllLines(RawFiles.raw(FILE), StandardCharsets.UTF_8)) {
            if (line.startsWith("China,CHN,")) {
                String[] f = line.split(",");
                sum += Double.parseDouble(f[f.length - 1]);
                n++;
            }
        }
        assertEquals(5, n);
        GovernanceScore chn = r.scores().stream().filter(s -> s.country().equals("CHN") && s.year() == 2023)
                .findFirst().orElseThrow();
        assertEquals(sum / 5, chn.estimate(), 1e-12);
        assertEquals(5, chn.dimensions());
        assertEquals(5 - 2 * sum / 5, chn.scaled(), 1e-12);
        assertTrue(chn.scaled() > 5 && chn.scaled() < 7, chn::toString);
    }

    /** Every estimate cell is imported or skipped: 15 years of five series per economy. */
    @Test
    void read_realFile_everyCellAccountedFor() throws IOException {
        WgiImporter.Result r = real();
        int dataLines = 0;
        int missing = 0;
        for (String line : Files.readAllLines(RawFiles.raw(FILE), StandardCharsets.UTF_8)) {
            if (line.matches(".*,[A-Z]{2}\\.EST,.*")) {
                dataLines++;
                missing += line.split("\\.\\.", -1).length - 1;
            }
        }
        long skippedEconomyRows = r.skipped().stream().filter(s -> s.reason().contains("not in the built-in"))
                .count();
        long skippedCells = r.skipped().stream().filter(s -> s.reason().startsWith("no estimate")).count();
        int dimensionYears = r.scores().stream().mapToInt(GovernanceScore::dimensions).sum();
        assertEquals((dataLines - skippedEconomyRows) * 15, dimensionYears + skippedCells);
        assertTrue(skippedCells <= missing, skippedCells + " > " + missing);
        assertTrue(r.skipped().stream().anyMatch(s -> s.what().startsWith("Netherlands Antilles")), r::toString);
        assertTrue(r.skipped().stream().anyMatch(s -> s.reason().equals("DataBank note, not data")), r::toString);
        assertTrue(r.scores().size() > 3_000, r::toString);
    }

    /**
     * The five-dimension mean against the six-dimension mean that the World Bank API gives for the latest year
     * (the committed {@code wgi_mean6_latest_by_iso2.json}): without Rule of Law and with possibly another year,
     * the two agree within 0.3 for at least 90% of the countries both have, and within 0.6 for all.
     */
    @Test
    void read_realFile_agreesWithTheMeanOfSix() throws IOException {
        Map<String, String> iso2to3 = new HashMap<>();
        try (InputStream in = GovernanceScore.class.getResourceAsStream("/org/msp/model/countries.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(",");
                iso2to3.put(f[1], f[0]);
            }
        }
        JsonNode six = new ObjectMapper().readTree(RawFiles.raw("worldbank-wgi/wgi_mean6_latest_by_iso2.json").toFile())
                .get("wgi");
        Map<String, Double> five = new HashMap<>();
        real().scores().stream().filter(s -> s.year() == 2023).forEach(s -> five.put(s.country(), s.estimate()));
        int both = 0;
        int close = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = six.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Double f = five.get(iso2to3.get(e.getKey()));
            if (f == null) {
                continue;
            }
            both++;
            double diff = Math.abs(f - e.getValue().asDouble());
            assertTrue(diff < 0.6, e.getKey() + ": " + f + " vs " + e.getValue());
            if (diff < 0.3) {
                close++;
            }
        }
        assertTrue(both > 150, "countries in both: " + both);
        assertTrue(close >= 0.9 * both, close + " of " + both);
    }

    @Test
    void read_badNumber_errorNamesLineAndYear() {
        String text = "Country Name,Country Code,Series Name,Series Code,2022 [YR2022],2023 [YR2023]\n"
                + "China,CHN,Control of Corruption: Estimate,CC.EST,-0.1,abc\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> WgiImporter.read(RawFiles.stream(text, "UTF-8"), "w.csv"));
        assertEquals("line 2", e.problems().get(0).location());
        assertEquals("2023 [YR2023]", e.problems().get(0).field());
    }

    @Test
    void read_estimateOutOfRangeOrDuplicateRow_isAnError() {
        String head = "Country Name,Country Code,Series Name,Series Code,2023 [YR2023]\n";
        assertThrows(DataFileException.class, () -> WgiImporter.read(RawFiles.stream(head
                + "China,CHN,Control of Corruption: Estimate,CC.EST,1e309\n", "UTF-8"), "w.csv"));
        DataFileException dup = assertThrows(DataFileException.class, () -> WgiImporter.read(RawFiles.stream(head
                + "China,CHN,Control of Corruption: Estimate,CC.EST,0.1\n"
                + "China,CHN,Control of Corruption: Estimate,CC.EST,0.2\n", "UTF-8"), "w.csv"));
        assertEquals("line 3", dup.problems().get(0).location());
        assertThrows(DataFileException.class, () -> WgiImporter.read(RawFiles.stream("a,b\n1,2\n", "UTF-8"), "w.csv"));
    }

    @Test
    void read_otherSeriesAndMissingCells_areSkippedWithTheReason() {
        String text = "Country Name,Country Code,Series Name,Series Code,2022 [YR2022],2023 [YR2023]\n"
                + "China,CHN,Control of Corruption: Standard Error,CC.STD.ERR,0.1,0.1\n"
                + "China,CHN,Control of Corruption: Estimate,CC.EST,..,-0.2\n"
                + "China,CHN,Voice and Accountability: Estimate,VA.EST,-1.5,-1.6\n";
        WgiImporter.Result r = WgiImporter.read(RawFiles.stream(text, "UTF-8"), "w.csv");
        assertEquals(2, r.scores().size());
        assertEquals(1, r.scores().get(0).dimensions());
        assertEquals(-1.5, r.scores().get(0).estimate());
        assertEquals(-0.9, r.scores().get(1).estimate(), 1e-12);
        assertEquals(2, r.skipped().size());
        assertTrue(r.skipped().get(0).reason().startsWith("not a WGI estimate series"));
        assertTrue(r.skipped().get(1).reason().startsWith("no estimate"));
    }
}
