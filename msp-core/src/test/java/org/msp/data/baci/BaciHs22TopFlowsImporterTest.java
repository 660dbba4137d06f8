package org.msp.data.baci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.msp.data.ImportResult;
import org.msp.data.RawFiles;
import org.msp.io.DataFileException;
import org.msp.model.Basis;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.Stage;

class BaciHs22TopFlowsImporterTest {
    static final String FILE = "cepii-baci-hs22-metals-topflows/flows.json.gz";

    static JsonNode raw() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(RawFiles.raw(FILE)))) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void read_realFile_everyPairAccountedAndUnmappedHeadingsSkippedWithReason() throws IOException {
        ImportResult r = BaciHs22TopFlowsImporter.read(RawFiles.raw(FILE));
        JsonNode raw = raw();
        int pairs = 0;
        int unmapped = 0;
        for (JsonNode c : raw.get("meta").get("commodities")) {
            JsonNode years = raw.get("flows").get(c.get("id").asText());
            for (JsonNode list : (Iterable<JsonNode>) years::elements) {
                pairs += list.size();
                unmapped += BaciHs22TopFlowsImporter.code(c.get("hs4").asText()).isEmpty() ? list.size() : 0;
            }
        }
        assertEquals(16 * 3 * 200, pairs);
        assertTrue(r.skipped().stream().noneMatch(s -> s.reason().equals(ImportResult.UNACCOUNTED)));
        assertEquals(pairs, r.flows().size() + r.gaps().size() + r.skipped().size());
        assertEquals(unmapped, r.skipped().size());
        assertTrue(r.skipped().stream().filter(s -> s.what().startsWith("HS4 7202"))
                .allMatch(s -> s.reason().contains("no single mineral")));
        for (Flow f : r.flows()) {
            assertEquals(BaciHs22TopFlowsImporter.EDITION, f.provenance().edition());
            assertTrue(f.provenance().note().startsWith("partial: the 200 largest pairs by value"), f::toString);
            assertEquals(FlowOrigin.REPORTED, f.origin());
        }
    }

    @Test
    void read_copperOre_coverageShareComputedFromTheFilesOwnTotals() throws IOException {
        ImportResult r = BaciHs22TopFlowsImporter.read(RawFiles.raw(FILE));
        JsonNode raw = raw();
        for (int year = 2022; year <= 2024; year++) {
            int y = year;
            List<Flow> ore = r.flows().stream().filter(f -> f.mineral().equals("copper") && f.stage() == Stage.MINING
                    && f.year() == y).toList();
            assertEquals(200, ore.size());
            double shown = ore.stream().mapToDouble(f -> f.valueUsd().getAsDouble()).sum();
            double total = raw.get("totals").get("copper_ore").get(Integer.toString(y)).get("value_usd").asDouble();
            // SOURCES.md of the extract: the top 200 pairs of copper ore hold 99.4-99.8% of the value (one decimal)
            double percent = Math.round(1000 * shown / total) / 10.0;
            assertTrue(percent >= 99.4 && percent <= 99.8, () -> y + ": " + percent);
            String share = String.format(Locale.ROOT, "%.1f%% of the value of all", 100 * shown / total);
            assertTrue(ore.stream().allMatch(f -> f.provenance().note().contains(share)), share);
            assertTrue(ore.stream().allMatch(f -> f.quantity().basis() == Basis.GROSS_WEIGHT));
        }
        Flow chlChn = BaciAseanImporterTest.find(r, "CHL", "CHN", "copper", Stage.MINING, 2024);
        assertEquals(20_934_604_344.0, chlChn.valueUsd().getAsDouble(), 0.5);
        assertEquals(9_210_398.0, chlChn.quantity().tonnes(), 0.5);
        assertEquals("HS4 2603 (Copper ore), top 200 pairs", chlChn.provenance().table());
    }

    @Test
    void read_realFile_koreaAndJapanBuyCopperOreFromChileAndPeru() {
        ImportResult r = BaciHs22TopFlowsImporter.read(RawFiles.raw(FILE));
        for (String buyer : List.of("KOR", "JPN")) {
            for (String seller : List.of("CHL", "PER")) {
                Flow f = BaciAseanImporterTest.find(r, seller, buyer, "copper", Stage.MINING, 2024);
                assertTrue(f.quantity().tonnes() > 100_000, f::toString);
            }
        }
    }

    @Test
    void read_badInput_errorNamesTheJsonPath() {
        String meta = "{\"meta\":{\"commodities\":[{\"id\":\"copper_ore\",\"hs4\":\"2603\",\"label\":\"Copper ore\"}]},"
                + "\"totals\":{\"copper_ore\":{\"2024\":{\"value_usd\":10,\"pairs\":1}}},";
        DataFileException e = assertThrows(DataFileException.class, () -> BaciHs22TopFlowsImporter.read(
                RawFiles.stream(meta + "\"flows\":{\"copper_ore\":{\"2024\":[{\"e\":\"QQQ\",\"i\":\"CHN\",\"v\":1,\"w\":1}]}}}",
                        "UTF-8"), "f.json"));
        assertEquals("$.flows.copper_ore.2024[0]", e.problems().get(0).location());
        assertEquals("e", e.problems().get(0).field());
        e = assertThrows(DataFileException.class, () -> BaciHs22TopFlowsImporter.read(
                RawFiles.stream(meta + "\"flows\":{\"copper_ore\":{\"2024\":[{\"e\":\"CHL\",\"i\":\"CHN\",\"v\":-1}]}}}",
                        "UTF-8"), "f.json"));
        assertEquals("v", e.problems().get(0).field());
        e = assertThrows(DataFileException.class, () -> BaciHs22TopFlowsImporter.read(
                RawFiles.stream(meta + "\"flows\":{", "UTF-8"), "f.json"));
        assertEquals("$", e.problems().get(0).location());
        ImportResult ok = BaciHs22TopFlowsImporter.read(RawFiles.stream(
                meta + "\"flows\":{\"copper_ore\":{\"2024\":[{\"e\":\"CHL\",\"i\":\"CHN\",\"v\":4}]}}}", "UTF-8"), "f.json");
        assertEquals("export_tonnes_to_CHN", ok.gaps().get(0).statistic());
        assertTrue(ok.gaps().get(0).provenance().note().contains("40.0% of the value of all 1 pairs"),
                ok.gaps().get(0).provenance()::note);
    }
}
