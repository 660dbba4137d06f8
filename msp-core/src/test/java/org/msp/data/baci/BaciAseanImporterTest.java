package org.msp.data.baci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.msp.data.ImportResult;
import org.msp.data.RawFiles;
import org.msp.data.SkippedRow;
import org.msp.io.DataFileException;
import org.msp.model.Basis;
import org.msp.model.DataGap;
import org.msp.model.Flow;
import org.msp.model.Stage;

class BaciAseanImporterTest {
    static final String FILE = "cepii-baci-asean-minerals-2010-2024/baci-asean-minerals-bilateral-2010-2024.csv.gz";
    private static final String HEADER = "t,hs6,i,j,trade_usd_thousands,qty_tons,i_iso3,j_iso3,mineral\n";

    /** The committed raw file's rows, split on commas (it has no quoted fields), header dropped. */
    static List<String[]> rawRows() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(RawFiles.raw(FILE)))) {
            List<String[]> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    out.add(lines[i].strip().split(",", -1));
                }
            }
            return out;
        }
    }

    private static double value(String note, String label) {
        int at = note.lastIndexOf(label);
        return at < 0 ? Double.NaN : Double.parseDouble(note.substring(at + label.length()).split("[,;) ]")[0]);
    }

    @Test
    void read_realFile_everyRowAccountedAndEveryValueKept() throws IOException {
        ImportResult r = BaciAseanImporter.read(RawFiles.raw(FILE));
        List<String[]> raw = rawRows();
        assertEquals(8845, raw.size());
        assertTrue(r.skipped().stream().noneMatch(s -> s.reason().equals(ImportResult.UNACCOUNTED)));
        // skipped: exactly the rows of codes without a mapping (ferronickel with its own reason)
        long unmapped = raw.stream().filter(x -> BaciAseanImporter.code(x[1]).isEmpty()).count();
        assertEquals(unmapped, r.skipped().size());
        assertEquals(336, r.skipped().stream().filter(s -> s.what().startsWith("720260")
                && s.reason().contains("one refining flow per pair cannot add the two bases")).count());
        // every mapped row's value and tonnes are in a flow (summed per pair) or a gap
        double rawValue = 0;
        double rawTonnes = 0;
        int rawGaps = 0;
        for (String[] x : raw) {
            if (BaciAseanImporter.code(x[1]).isPresent()) {
                rawValue += Double.parseDouble(x[4]) * 1000;
                if (x[5].isEmpty()) {
                    rawGaps++;
                } else {
                    // nickel codes are converted to contained tonnes at import, each at its own grade
                    rawTonnes += Double.parseDouble(x[5]) * (BaciGrades.convertedAtImport(x[1])
                            ? BaciGrades.ofHs07(x[1]).orElseThrow().central() : 1.0);
                }
            }
        }
        double value = r.flows().stream().mapToDouble(f -> f.valueUsd().getAsDouble()).sum()
                + r.gaps().stream().mapToDouble(g -> value(g.provenance().note(), "value USD ")).sum();
        assertEquals(rawValue, value, rawValue * 1e-9);
        assertEquals(rawTonnes, r.flows().stream().mapToDouble(f -> f.quantity().tonnes()).sum(), rawTonnes * 1e-9);
        assertEquals(rawGaps, r.gaps().size());
        for (Flow f : r.flows()) {
            assertEquals(BaciAseanImporter.EDITION, f.provenance().edition());
            assertTrue(f.provenance().note().startsWith(BaciAseanImporter.PARTIAL), f::toString);
        }
    }

    @Test
    void read_realFile_indonesianAndPhilippineNickelToChina2024_asPublished() throws IOException {
        ImportResult r = BaciAseanImporter.read(RawFiles.raw(FILE));
        Flow idn = find(r, "IDN", "CHN", "nickel", Stage.MINING, 2024);
        Flow phl = find(r, "PHL", "CHN", "nickel", Stage.MINING, 2024);
        // the sums of the raw rows of the three codes, computed here from the committed file
        Map<String, double[]> byCode = new HashMap<>();
        for (String[] x : rawRows()) {
            if (x[0].equals("2024") && x[6].equals("IDN") && x[7].equals("CHN")) {
                byCode.put(x[1], new double[] {Double.parseDouble(x[4]) * 1000, Double.parseDouble(x[5])});
            }
        }
        // each code's gross tonnes at its own grade: wet ore about 0.9% Ni, matte about 74%, damp MHP about 30%
        double t = byCode.get("260400")[1] * 0.009 + byCode.get("750110")[1] * 0.74 + byCode.get("750120")[1] * 0.30;
        double low = byCode.get("260400")[1] * 0.006 + byCode.get("750110")[1] * 0.70 + byCode.get("750120")[1] * 0.20;
        double high = byCode.get("260400")[1] * 0.018 + byCode.get("750110")[1] * 0.78 + byCode.get("750120")[1] * 0.90;
        assertEquals(t, idn.quantity().tonnes(), 1e-6);
        assertEquals(Basis.CONTENT, idn.quantity().basis());
        assertTrue(idn.provenance().note().contains(String.format(java.util.Locale.ROOT,
                "; contained %.3f t, range %.3f-%.3f t", t, low, high)), idn.provenance()::note);
        assertTrue(idn.provenance().note().contains("x 0.74 (0.7\u20130.78)"), idn.provenance()::note);
        assertEquals("HS 260400+750110+750120 (Nickel ore, Nickel matte, Nickel oxide sinter)", idn.provenance().table());
        // figures CEPII's extract prints (SOURCES.md): sinters 3.98 bn, matte 2.11 bn, Philippine ore 1.55 bn USD
        assertEquals(3.98e9, byCode.get("750120")[0], 0.01e9);
        assertEquals(byCode.get("260400")[0] + byCode.get("750110")[0] + byCode.get("750120")[0],
                idn.valueUsd().getAsDouble(), 1e-3);
        assertTrue(idn.provenance().note().contains(String.format(java.util.Locale.ROOT, "HS 750110 %.3f t, USD %.0f",
                byCode.get("750110")[1], byCode.get("750110")[0])), idn.provenance()::note);
        assertEquals(2.11e9, byCode.get("750110")[0], 0.01e9);
        assertEquals(1.55e9, phl.valueUsd().getAsDouble(), 0.01e9);
        assertTrue(phl.provenance().table().startsWith("HS 260400"), phl::toString);
        assertTrue(idn.provenance().note().contains("intermediate: nickel mattes"), idn.provenance()::note);
    }

    @Test
    void rawFile_hs07AgreesWithHs17On65Of113Pairs2024() throws IOException {
        // CEPII reconciles each nomenclature on its own: the extract's SOURCES.md counts 113 pairs of 2024 that
        // are also in the HS17 file, 65 of which agree within 0.1%; computed here from both committed files
        ImportResult hs17 = BaciImporter.read(RawFiles.raw("cepii-baci/baci_hs17_V202601_critical_2024_bilateral.csv.gz"));
        Map<String, Double> v17 = new HashMap<>();
        hs17.flows().forEach(f -> v17.put(f.provenance().table().substring(3, 9) + f.from().id() + f.to().id(),
                f.valueUsd().getAsDouble()));
        hs17.gaps().forEach(g -> v17.put(g.provenance().table().substring(3, 9) + g.actor().id()
                + g.statistic().substring("export_tonnes_to_".length()), value(g.provenance().note(), "value USD ")));
        int both = 0;
        int agree = 0;
        for (String[] x : rawRows()) {
            Double w = x[0].equals("2024") ? v17.get(x[1] + x[6] + x[7]) : null;
            if (w != null) {
                both++;
                double v = Double.parseDouble(x[4]) * 1000;
                agree += Math.abs(w - v) <= 0.001 * Math.max(w, v) ? 1 : 0;
            }
        }
        assertEquals(113, both);
        assertEquals(65, agree);
    }

    @Test
    void read_rowsOfOnePair_summedIntoOneFlowWithEachCodeInTheNote() {
        String text = HEADER + "2023,750110,360,156,100.0,10.0,IDN,CHN,Nickel matte\n"
                + "2023,750120,360,156,300.0,40.0,IDN,CHN,Nickel oxide sinter\n"
                + "2023,260400,608,156,50.0,,PHL,CHN,Nickel ore\n";
        ImportResult r = BaciAseanImporter.read(RawFiles.stream(text, "UTF-8"), "a.csv");
        assertEquals(1, r.flows().size());
        Flow f = r.flows().get(0);
        // never one gross sum of 50 t: 10 t of matte at 74% Ni and 40 t of sinter or MHP at 30% Ni
        assertEquals(10 * 0.74 + 40 * 0.30, f.quantity().tonnes(), 1e-12);
        assertEquals(Basis.CONTENT, f.quantity().basis());
        assertEquals(400_000.0, f.valueUsd().getAsDouble(), 1e-6);
        assertEquals("HS 750110+750120 (Nickel matte, Nickel oxide sinter)", f.provenance().table());
        assertTrue(f.provenance().note().endsWith("HS 750110 10.000 t, USD 100000, x 0.74 (0.7\u20130.78), "
                + "HS 750120 40.000 t, USD 300000, x 0.3 (0.2\u20130.9); contained 19.400 t, range 15.000-43.800 t"),
                f.provenance()::note);
        DataGap g = r.gaps().get(0);
        assertEquals("export_tonnes_to_CHN_hs260400", g.statistic());
        assertTrue(g.provenance().note().endsWith("tonnes not given, value USD 50000"), g.provenance()::note);
    }

    @Test
    void read_copperAndCobaltOre_stayGrossForTheDatasetFactor() {
        String text = HEADER + "2023,260300,608,392,10.0,5.0,PHL,JPN,Copper ore\n"
                + "2023,260500,458,156,2.0,4.0,MYS,CHN,Cobalt ore\n";
        ImportResult r = BaciAseanImporter.read(RawFiles.stream(text, "UTF-8"), "a.csv");
        assertEquals(2, r.flows().size());
        for (Flow f : r.flows()) {
            assertEquals(Basis.GROSS_WEIGHT, f.quantity().basis(), f::toString);
            assertFalse(BaciGrades.convertedAtImport(f.provenance().table().substring(3, 9)), f::toString);
            assertFalse(f.provenance().note().contains("contained"), f.provenance()::note);
        }
        assertEquals(5.0, find(r, "PHL", "JPN", "copper", Stage.MINING, 2023).quantity().tonnes(), 1e-12);
    }

    @Test
    void read_badInput_errorNamesLineAndField() {
        DataFileException e = assertThrows(DataFileException.class, () -> BaciAseanImporter.read(RawFiles.stream(
                HEADER + "2023,260400,0,156,1.0,2.0,QQQ,CHN,Nickel ore\n", "UTF-8"), "a.csv"));
        assertEquals("line 2", e.problems().get(0).location());
        assertEquals("i_iso3", e.problems().get(0).field());
        e = assertThrows(DataFileException.class, () -> BaciAseanImporter.read(RawFiles.stream(
                HEADER + "2023,260400,0,156,-1.0,2.0,IDN,CHN,Nickel ore\n", "UTF-8"), "a.csv"));
        assertEquals("trade_usd_thousands", e.problems().get(0).field());
        e = assertThrows(DataFileException.class, () -> BaciAseanImporter.read(RawFiles.stream(
                HEADER + "2023,260400,0,156\n", "UTF-8"), "a.csv"));
        assertEquals("line 2", e.problems().get(0).location());
    }

    @Test
    void read_secondRowOfAPairAndCode_skippedWithTheFirstLine() {
        String row = "2023,260300,608,392,10.0,5.0,PHL,JPN,Copper ore\n";
        ImportResult r = BaciAseanImporter.read(RawFiles.stream(HEADER + row + row, "UTF-8"), "a.csv");
        assertEquals(1, r.flows().size());
        SkippedRow s = r.skipped().get(0);
        assertEquals(3, s.line());
        assertTrue(s.reason().contains("first at line 2"), s::toString);
    }

    static Flow find(ImportResult r, String from, String to, String mineral, Stage stage, int year) {
        return r.flows().stream().filter(f -> f.from().id().equals(from) && f.to().id().equals(to)
                && f.mineral().equals(mineral) && f.stage() == stage && f.year() == year).findFirst()
                .orElseThrow(() -> new AssertionError("no flow " + from + " -> " + to + " " + mineral + " " + year));
    }
}
