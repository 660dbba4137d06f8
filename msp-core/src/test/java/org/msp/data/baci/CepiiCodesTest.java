package org.msp.data.baci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.msp.data.CountryNames;
import org.msp.data.NameKind;
import org.msp.data.RawFiles;
import org.msp.data.ResolvedName;
import org.msp.data.internal.Csv;

/** Parses CEPII's own code table and code list, the two committed BACI files the importer does not read. */
class CepiiCodesTest {
    @Test
    void countryCodes_everyRow_resolvedByCodeAndName() throws IOException {
        String text = Files.readString(RawFiles.raw("cepii-baci/country_codes_V202601.csv"), StandardCharsets.UTF_8);
        List<Csv.Row> rows = Csv.parse(text, "country_codes_V202601.csv");
        assertEquals(List.of("country_code", "country_name", "country_iso2", "country_iso3"), rows.get(0).fields());
        int countries = 0;
        for (Csv.Row r : rows.subList(1, rows.size())) {
            if (r.isBlank()) {
                continue;
            }
            ResolvedName byCode = CountryNames.resolveCode(r.get(3)).orElseThrow(() -> new AssertionError("code " + r));
            if (byCode.kind() == NameKind.AGGREGATE) {
                continue;
            }
            countries++;
            Optional<ResolvedName> byName = CountryNames.resolve(r.get(1));
            if (byName.isPresent() && byName.get().isCountry() && !r.get(3).equals("S19")) {
                assertEquals(byCode.iso3(), byName.get().iso3(), r.toString());
            }
        }
        assertTrue(countries > 220, "countries " + countries);
        assertEquals(Optional.of("CIV"), CountryNames.resolve("C\u00c3\u00b4te d'Ivoire").orElseThrow().iso3());
    }

    @Test
    void criticalCodes_everyHs6_mappedExceptCokingCoal() throws IOException {
        JsonNode root = new ObjectMapper().readTree(RawFiles.raw("cepii-baci/critical_codes.json").toFile());
        TreeSet<String> listed = new TreeSet<>();
        root.get("codes").forEach(c -> listed.add(c.get("hs6").asText()));
        TreeSet<String> unmapped = new TreeSet<>(listed);
        unmapped.removeAll(BaciImporter.codes().keySet());
        assertEquals(new TreeSet<>(List.of("270112")), unmapped);
        assertTrue(listed.containsAll(BaciImporter.codes().keySet()));
        assertEquals("basket", BaciImporter.code("811292").orElseThrow().match());
    }
}
