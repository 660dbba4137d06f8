package org.msp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.msp.model.Dataset;
import org.msp.model.GovernanceScore;
import org.msp.model.Provenance;
import org.msp.model.RecyclingInputRate;

/** The optional lists {@code governanceScores} and {@code recyclingInputRates} of the dataset format. */
class GovernanceAndRecyclingJsonTest {
    private static final Provenance P = Provenance.of("World Bank Worldwide Governance Indicators", "2024 update",
            "mean of the estimates CC.EST, GE.EST", "CC BY 4.0");

    private static Dataset dataset() {
        return Dataset.builder().name("g").countries("CHN", "EUU").minerals("gallium")
                .add(GovernanceScore.of("CHN", 2023, -0.3871, 5, P))
                .add(GovernanceScore.of("CHN", 2022, -0.41, 5, P))
                .add(RecyclingInputRate.of("EUU", "gallium", 0.0, P))
                .build();
    }

    @Test
    void write_thenRead_roundTripsBitExact() {
        Dataset d = dataset();
        String text = DatasetJson.toString(d);
        assertTrue(text.contains("\"governanceScores\""), text);
        assertTrue(text.contains("{\"country\": \"CHN\", \"year\": 2022, \"estimate\": -0.41, \"dimensions\": 5")
                || text.contains("\"estimate\": -0.41"), text);
        Dataset back = DatasetJson.fromString(text, "g.json");
        assertEquals(d, back);
        assertEquals(text, DatasetJson.toString(back));
        assertEquals(2023, back.governanceScore("CHN", 2024).orElseThrow().year());
        assertEquals(2022, back.governanceScore("CHN", 2022).orElseThrow().year());
        assertTrue(back.governanceScore("CHN", 2021).isEmpty());
        assertEquals(0.0, back.recyclingInputRate("EUU", "gallium").orElseThrow().rate());
    }

    @Test
    void read_documentWithoutTheLists_isEmptyThere() {
        Dataset d = DatasetJson.fromString("{\"format\": \"msp-dataset\", \"version\": 1, \"name\": \"old\"}", "old.json");
        assertTrue(d.governanceScores().isEmpty() && d.recyclingInputRates().isEmpty());
    }

    @Test
    void read_badValues_nameThePathAndField() {
        String doc = "{\"format\": \"msp-dataset\", \"version\": 1, \"name\": \"x\",\n"
                + "\"countries\": [{\"iso3\": \"CHN\", \"name\": \"China\", \"region\": \"asia\", \"subregion\": \"Eastern Asia\"}],\n"
                + "\"governanceScores\": [{\"country\": \"CHN\", \"year\": 2023, \"estimate\": 9, \"dimensions\": 5,"
                + " \"provenance\": {\"source\": \"s\", \"edition\": \"e\", \"licence\": \"l\"}}],\n"
                + "\"recyclingInputRates\": [{\"region\": \"EUU\", \"mineral\": \"gallium\", \"rate\": 0.5,"
                + " \"provenance\": {\"source\": \"s\", \"edition\": \"e\", \"licence\": \"l\"}}]}";
        DataFileException e = assertThrows(DataFileException.class, () -> DatasetJson.fromString(doc, "x.json"));
        String all = e.problems().toString();
        assertTrue(all.contains("$.governanceScores[0]") && all.contains("estimate"), all);
        assertTrue(all.contains("$.recyclingInputRates[0]") && all.contains("unknown country 'EUU'"), all);
        assertTrue(all.contains("unknown mineral 'gallium'"), all);
    }
}
