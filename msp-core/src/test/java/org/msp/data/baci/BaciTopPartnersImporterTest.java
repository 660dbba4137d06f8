package org.msp.data.baci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.msp.data.RawFiles;
import org.msp.io.DataFileException;
import org.msp.model.Stage;

class BaciTopPartnersImporterTest {
    private static JsonNode json(String relative) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(RawFiles.raw(relative)))) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void labels_agreeWithTheExtractsOwnCodeList() throws IOException {
        Map<String, String> listed = new TreeMap<>();
        for (JsonNode c : new ObjectMapper().readTree(RawFiles.raw("cepii-baci/critical_codes.json").toFile()).get("codes")) {
            listed.put(c.get("material").asText(), c.get("hs6").asText());
        }
        BaciTopPartnersImporter.labels().forEach((label, hs6) -> assertEquals(listed.get(label), hs6, label));
        listed.keySet().removeAll(BaciTopPartnersImporter.labels().keySet());
        assertEquals(Map.of("cokingcoal", "270112", "germanium", "811292"), listed);
    }

    @Test
    void read_everyYear_everyEdgeAccounted_valuesAsTheFileStates() throws IOException {
        for (int year = 2017; year <= 2022; year++) {
            String file = "cepii-baci-topflows-2017-2022/flows_" + year + ".json.gz";
            BaciTopPartnersImporter.Result r = BaciTopPartnersImporter.read(RawFiles.raw(file));
            JsonNode raw = json(file);
            int edges = 0;
            double value = 0;
            for (var e : (Iterable<Map.Entry<String, JsonNode>>) raw.get("materials")::fields) {
                edges += e.getValue().size();
                if (BaciTopPartnersImporter.labels().containsKey(e.getKey())) {
                    for (JsonNode x : e.getValue()) {
                        value += x.get("from").asText().equals(x.get("to").asText()) ? 0 : x.get("value").asDouble();
                    }
                }
            }
            assertEquals(year, r.year());
            assertEquals(edges, r.values().size() + r.skipped().size(), "year " + year);
            assertTrue(r.skipped().stream().allMatch(s -> s.what().startsWith("germanium")
                    || s.what().startsWith("cokingcoal") || s.reason().contains("same country")), r.skipped()::toString);
            assertEquals(value, r.values().stream().mapToDouble(BaciTradeValue::valueUsd).sum(), value * 1e-12);
            assertTrue(r.values().stream().allMatch(v -> v.year() == r.year()
                    && v.provenance().note().startsWith(BaciTopPartnersImporter.PARTIAL)
                    && v.provenance().edition().equals(BaciTopPartnersImporter.EDITION)));
        }
    }

    @Test
    void read_2022_dominantLinksAgreeWithTheComplete2022Extract() {
        // the extract's SOURCES.md: every single-code flow of flows_2022.json matches the complete 2022 file
        var top = BaciTopPartnersImporter.read(RawFiles.raw("cepii-baci-topflows-2017-2022/flows_2022.json.gz"));
        var complete = BaciValuesImporter.read(RawFiles.raw(BaciValuesImporterTest.FILE), 2022);
        Map<String, Double> full = new TreeMap<>();
        complete.gaps().forEach(g -> full.put(g.mineral() + g.actor().id() + g.statistic().substring(17),
                Double.parseDouble(g.provenance().note().substring(g.provenance().note().lastIndexOf("USD ") + 4))));
        long matched = top.values().stream().filter(v -> v.mineral().equals("cobalt") && v.stage() == Stage.REFINING)
                .filter(v -> Math.abs(full.getOrDefault(v.mineral() + v.exporter() + v.importer(), -1.0) - v.valueUsd())
                        <= 0.5).count();
        long cobalt = top.values().stream().filter(v -> v.mineral().equals("cobalt")).count();
        assertTrue(cobalt > 500 && matched == cobalt, matched + " of " + cobalt);
    }

    @Test
    void read_badInput_errorNamesTheJsonPath() {
        DataFileException e = assertThrows(DataFileException.class, () -> BaciTopPartnersImporter.read(RawFiles.stream(
                "{\"year\":2020,\"materials\":{\"cobalt\":[{\"from\":\"QQ\",\"to\":\"KR\",\"value\":1}]}}", "UTF-8"),
                "f.json"));
        assertEquals("$.materials.cobalt[0]", e.problems().get(0).location());
        assertEquals("from", e.problems().get(0).field());
        e = assertThrows(DataFileException.class, () -> BaciTopPartnersImporter.read(RawFiles.stream(
                "{\"year\":2020,\"materials\":{\"unobtainium\":[]}}", "UTF-8"), "f.json"));
        assertTrue(e.getMessage().contains("unknown material label"), e::getMessage);
        e = assertThrows(DataFileException.class, () -> BaciTopPartnersImporter.read(RawFiles.stream(
                "{\"year\":2020,\"materials\":{\"cobalt\":[{\"from\":\"CN\",\"to\":\"KR\",\"value\":\"NaN\"}]}}",
                "UTF-8"), "f.json"));
        assertEquals("value", e.problems().get(0).field());
    }
}
