package org.msp.data.usgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msp.data.ImportResult;
import org.msp.data.NameKind;
import org.msp.data.RawFiles;
import org.msp.data.ReportedTotal;
import org.msp.io.DataFileException;
import org.msp.model.Basis;
import org.msp.model.DataGap;
import org.msp.model.GapKind;
import org.msp.model.ImportReliance;
import org.msp.model.ImportSource;
import org.msp.model.Production;
import org.msp.model.Qualifier;
import org.msp.model.Reserve;
import org.msp.model.Stage;

class McsImporterTest {
    private static final String HEADER = "MCS chapter,Section,Commodity,Country,Statistics,Statistics_detail,Unit,Year,"
            + "Value,Notes,Is critical mineral 2025,Other notes\r\n";
    private static final String GA_HEAD = "GALLIUM,World Low-Purity Production and Production Capacity,Gallium,";
    private static final String GA_TAIL = ",Yes,\"(Data in kilograms, gallium content, unless otherwise specified)\"\r\n";
    // real lines 2550-2552 of usgs_mcs2026_commodities_data.csv
    private static final String GA_US = GA_HEAD + "United States,Production,Primary production,kilograms,2024,\u2014," + GA_TAIL;
    private static final String GA_CN = GA_HEAD + "China,Production,Primary production,kilograms,2024,\"839,000\",Source: Asian Metal Ltd." + GA_TAIL;
    private static final String GA_JP = GA_HEAD + "Japan,Production,Primary production,kilograms,2024,\"3,000\",Estimated." + GA_TAIL;
    // real line 4204 (en dash and em dash are Windows-1252 bytes 0x96 and 0x97 in the file)
    private static final String LI_NIR = "LITHIUM,Salient Statistics\u2014United States,Lithium,United States,Net import reliance,"
            + "Net import reliance as a percentage of apparent consumption,percent,2021,>25,Defined as imports \u2013 exports "
            + "\u00b1 adjustments for industry stock changes.,Yes,\"(Data in metric tons, lithium content, unless otherwise specified)\"\r\n";
    // real line 4851
    private static final String MO_NIR = "MOLYBDENUM,Salient Statistics\u2014United States,Molybdenum,United States,Net import reliance,"
            + "Net import reliance as a percentage of apparent consumption,percent,2021,E,Defined as imports \u2013 exports \u00b1 "
            + "adjustments for industry stock changes.,No,\"(Data in metric tons, molybdenum content, unless otherwise specified)\"\r\n";
    // real line 4236
    private static final String LI_US = "LITHIUM,World Mine Production and Reserves,Lithium,United States,Production,Mine production,"
            + "metric tons,2024,W,,Yes,\"(Data in metric tons, lithium content, unless otherwise specified)\"\r\n";
    // real line 2958
    private static final String GR_CN = "GRAPHITE (NATURAL),Import Sources,Graphite (Natural),China,Import sources 2021-2024,All,"
            + "percent,2021\u201324,46,Includes Hong Kong.,Yes,\r\n";

    private static ImportResult mcs2026(String lines) {
        return McsImporter.readMcs2026(RawFiles.stream(HEADER + lines, "windows-1252"), "test.csv");
    }

    @Test
    void readMcs2026_realFile_everyRowImportedOrSkippedWithReason() {
        ImportResult r = McsImporter.readMcs2026(RawFiles.raw("usgs-mcs2026/usgs_mcs2026_commodities_data.csv.gz"));
        assertTrue(r.skipped().stream().noneMatch(s -> s.reason().equals(ImportResult.UNACCOUNTED)),
                () -> r.skipped().stream().filter(s -> s.reason().equals(ImportResult.UNACCOUNTED)).limit(5).toList().toString());
        assertTrue(r.productions().size() > 900, r.toString());
        Production cn = r.productions().stream().filter(p -> p.mineral().equals("gallium") && p.year() == 2024
                && p.producer().id().equals("CHN")).findFirst().orElseThrow();
        assertEquals(839.0, cn.quantity().tonnes(), 1e-9);
        assertEquals(Stage.REFINING, cn.stage());
        assertEquals("Gallium: Primary production", cn.provenance().table());
        assertEquals("2026", cn.provenance().edition());
        Production au = r.productions().stream().filter(p -> p.mineral().equals("lithium") && p.year() == 2024
                && p.producer().id().equals("AUS")).findFirst().orElseThrow();
        assertEquals(Stage.MINING, au.stage());
        assertEquals(Basis.CONTENT, au.quantity().basis());
        assertTrue(r.productions().stream().filter(p -> p.mineral().equals("rare-earths"))
                .allMatch(p -> p.quantity().basis() == Basis.OXIDE_EQUIVALENT));
        assertTrue(r.productions().stream().filter(p -> p.mineral().equals("chromium"))
                .allMatch(p -> p.quantity().basis() == Basis.GROSS_WEIGHT));
        assertTrue(r.productions().stream().noneMatch(p -> !p.producer().isCountry()));
    }

    @Test
    void readMcs2026_windows1252AndLowerBound_readAsBound() {
        byte[] bytes = (HEADER + LI_NIR).getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals((byte) 0x97, bytes[HEADER.length() + "LITHIUM,Salient Statistics".length()]);
        ImportResult r = McsImporter.readMcs2026(RawFiles.stream(bytes), "test.csv");
        ImportReliance nir = r.importReliances().get(0);
        assertEquals("USA", nir.country());
        assertEquals("lithium", nir.mineral());
        assertEquals(2021, nir.year());
        assertEquals(0.25, nir.share(), 1e-12);
        assertEquals(Qualifier.LOWER_BOUND, nir.qualifier());
    }

    @Test
    void readMcs2026_netExporterCode_isNetExporter() {
        ImportReliance nir = mcs2026(MO_NIR).importReliances().get(0);
        assertEquals(Qualifier.NET_EXPORTER, nir.qualifier());
        assertEquals(0.0, nir.share());
    }

    @Test
    void readMcs2026_withheld_becomesGapNotZero() {
        ImportResult r = mcs2026(LI_US);
        assertTrue(r.productions().isEmpty());
        DataGap g = r.gaps().get(0);
        assertEquals(GapKind.WITHHELD, g.kind());
        assertEquals("USA", g.actor().id());
        assertEquals("production", g.statistic());
    }

    @Test
    void readMcs2026_dashIsZero_thousandsSeparator_estimateNote() {
        ImportResult r = mcs2026(GA_US + GA_CN + GA_JP);
        assertEquals(3, r.productions().size());
        assertEquals(0.0, r.productions().get(0).quantity().tonnes());
        assertEquals(839.0, r.productions().get(1).quantity().tonnes(), 1e-9);
        assertEquals(Qualifier.REPORTED, r.productions().get(1).qualifier());
        assertEquals(Qualifier.ESTIMATED, r.productions().get(2).qualifier());
    }

    @Test
    void readMcs2026_importSources_shareOfPeriod() {
        ImportSource s = mcs2026(GR_CN).importSources().get(0);
        assertEquals("CHN", s.exporter());
        assertEquals("graphite", s.mineral());
        assertEquals(2021, s.fromYear());
        assertEquals(2024, s.toYear());
        assertEquals(0.46, s.share(), 1e-12);
    }

    @Test
    void readMcs2026_truncatedFile_errorNamesLine() {
        String truncated = HEADER + GA_CN + GA_HEAD + "Japan,Production,Primary production,kilograms,2024,\"3,0";
        DataFileException e = assertThrows(DataFileException.class, () -> mcs2026(truncated.substring(HEADER.length())));
        assertEquals("test.csv", e.sourceName());
        assertEquals("line 3", e.problems().get(0).location());
    }

    @Test
    void readMcs2026_wrongEncoding_errorNamesLine() {
        byte[] good = (HEADER + GA_CN).getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 3);
        bad[good.length] = (byte) 0x81;
        bad[good.length + 1] = 'x';
        bad[good.length + 2] = '\n';
        DataFileException e = assertThrows(DataFileException.class,
                () -> McsImporter.readMcs2026(RawFiles.stream(bad), "bad.csv"));
        assertEquals("line 3", e.problems().get(0).location());
        assertTrue(e.getMessage().contains("bad.csv"), e.getMessage());
        byte[] utf16 = (HEADER + GA_CN).getBytes(StandardCharsets.UTF_16LE);
        assertThrows(DataFileException.class, () -> McsImporter.readMcs2026(RawFiles.stream(utf16), "utf16.csv"));
    }

    @Test
    void readMcs2026_unknownCountry_errorNamesLineAndField() {
        DataFileException e = assertThrows(DataFileException.class, () -> mcs2026(GA_CN.replace("China", "Atlantis")));
        assertEquals("line 2", e.problems().get(0).location());
        assertEquals("Country", e.problems().get(0).field());
        assertTrue(e.getMessage().contains("Atlantis"));
    }

    @Test
    void readMcs2026_unitMismatch_errorNamesLineAndField() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> mcs2026(GA_CN + GA_JP.replace("kilograms", "metric tons")));
        assertEquals("line 3", e.problems().get(0).location());
        assertEquals("Unit", e.problems().get(0).field());
    }

    @Test
    void readWorldCsv_galliumWithBomAndGluedMarkers_readsEstimatesAndTotals() {
        ImportResult r = McsImporter.readWorldCsv(RawFiles.raw("usgs-mcs2024/world/mcs2024-galli_world.csv"));
        Production jp = r.productions().stream().filter(p -> p.producer().id().equals("JPN") && p.year() == 2022)
                .findFirst().orElseThrow();
        assertEquals(3.0, jp.quantity().tonnes(), 1e-12);
        assertEquals(Qualifier.ESTIMATED, jp.qualifier());
        assertTrue(r.productions().stream().anyMatch(p -> p.producer().id().equals("KOR")));
        ReportedTotal world = r.totals().stream().filter(t -> t.kind() == NameKind.WORLD_TOTAL && t.year() == 2023)
                .findFirst().orElseThrow();
        assertEquals(610.0, world.quantity().tonnes(), 1e-9);
        assertEquals(Qualifier.ESTIMATED, world.qualifier());
    }

    @Test
    void readWorldCsv_nickelFootnoteAndBound_mapped() {
        ImportResult r = McsImporter.readWorldCsv(RawFiles.raw("usgs-mcs2024/world/mcs2024-nicke_world.csv"));
        Production ncl = r.productions().stream().filter(p -> p.producer().id().equals("NCL") && p.year() == 2022)
                .findFirst().orElseThrow();
        assertEquals(200_000.0, ncl.quantity().tonnes());
        assertEquals("footnote 9", ncl.provenance().note());
        Reserve idn = r.reserves().stream().filter(x -> x.holder().id().equals("IDN")).findFirst().orElseThrow();
        assertEquals(55_000_000.0, idn.quantity().tonnes());
        assertEquals(2023, idn.year());
        assertTrue(r.skipped().stream().anyMatch(s -> s.what().contains("Other countries") && s.reason().contains("reserves")));
    }

    @Test
    void readWorldCsv_quotedThousands_readAsNumber() {
        ImportResult r = McsImporter.readWorldCsv(RawFiles.raw("usgs-mcs2023/world/mcs2023-lithi_world.csv"));
        Production br = r.productions().stream().filter(p -> p.producer().id().equals("BRA") && p.year() == 2021)
                .findFirst().orElseThrow();
        assertEquals(1_700.0, br.quantity().tonnes());
        assertEquals(GapKind.WITHHELD, r.gaps().get(0).kind());
    }

    @Test
    void readWorldCsv_unknownUnitColumn_errorNamesField() {
        String text = "\ufeffSource,Country,Type,Prod_lb_2022,Prod_notes\r\nMCS2024,China,Primary production,1,\r\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> McsImporter.readWorldCsv(RawFiles.stream(text, "UTF-8"), "mcs2024-galli_world.csv"));
        assertEquals("line 1", e.problems().get(0).location());
        assertEquals("Prod_lb_2022", e.problems().get(0).field());
    }

    @Test
    void readWorldAndSalientCsv_everyCommittedFile_everyRowAccounted() throws IOException {
        int files = 0;
        for (String dir : List.of("usgs-mcs2023/world", "usgs-mcs2024/world", "usgs-mcs2023/salient", "usgs-mcs2024/salient")) {
            try (Stream<Path> s = Files.list(RawFiles.raw(dir))) {
                for (Path p : s.sorted().toList()) {
                    ImportResult r = dir.endsWith("world") ? McsImporter.readWorldCsv(p) : McsImporter.readSalientCsv(p);
                    assertTrue(r.skipped().stream().noneMatch(x -> x.reason().equals(ImportResult.UNACCOUNTED)),
                            () -> p + ": " + r.skipped());
                    assertTrue(r.recordCount() + r.totals().size() + r.skipped().size() > 0, p.toString());
                    files++;
                }
            }
        }
        assertEquals(170, files);
    }

    @Test
    void readSalientCsv_galliumNir_fullReliance() {
        ImportResult r = McsImporter.readSalientCsv(RawFiles.raw("usgs-mcs2023/salient/mcs2023-galli_salient.csv"));
        ImportReliance y2018 = r.importReliances().stream().filter(x -> x.year() == 2018).findFirst().orElseThrow();
        assertEquals(1.0, y2018.share());
        assertEquals("2023", y2018.provenance().edition());
    }

    @Test
    void readSalientCsv_feldsparRowOutOfLine_skippedWithReason() {
        ImportResult r = McsImporter.readSalientCsv(RawFiles.raw("usgs-mcs2024/salient/mcs2024-felds_salient.csv"));
        assertTrue(r.skipped().stream().anyMatch(s -> s.line() == 2 && s.reason().contains("does not line up")),
                r.skipped()::toString);
    }

    @Test
    void readSalientCsv_tungstenLowerBound_readAsBound() {
        ImportResult r = McsImporter.readSalientCsv(RawFiles.raw("usgs-mcs2024/salient/mcs2024-tungs_salient.csv"));
        ImportReliance y2019 = r.importReliances().stream().filter(x -> x.year() == 2019).findFirst().orElseThrow();
        assertEquals(0.5, y2019.share());
        assertEquals(Qualifier.LOWER_BOUND, y2019.qualifier());
        assertEquals("tungsten", y2019.mineral());
    }
}
