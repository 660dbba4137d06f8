package org.msp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msp.model.Dataset;
import org.msp.model.DatasetValidationException;
import org.msp.model.Demand;
import org.msp.model.Minerals;
import org.msp.model.Provenance;
import org.msp.model.Quantity;

/** Demand with a scenario, a sector and the world as consumer, in the JSON format; older documents still read. */
class DemandJsonTest {
    private static final Provenance P = Provenance.of("IEA", "May 2025", "totalDemand: Lithium", "CC BY 4.0");

    private static Dataset read(String json) {
        return DatasetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "d.json");
    }

    private static String doc(String demands) {
        return "{\"format\": \"msp-dataset\", \"version\": 1, \"name\": \"d\", \"countries\": [{\"iso3\": \"KOR\", "
                + "\"name\": \"Korea\", \"region\": \"asia\", \"subregion\": \"Eastern Asia\"}], \"minerals\": [{\"id\": "
                + "\"lithium\", \"name\": \"Lithium\", \"group\": \"none\"}], \"demands\": [" + demands + "]}";
    }

    private static final String PROV = "\"provenance\": {\"source\": \"IEA\", \"edition\": \"May 2025\", \"licence\": \"CC BY 4.0\"}";

    @Test
    void read_worldScenarioSector_andOlderCountryFigure() {
        Dataset d = read(doc("{\"country\": \"WLD\", \"mineral\": \"lithium\", \"year\": 2030, \"scenario\": \"steps\", "
                + "\"sector\": \"electric-vehicles\", \"quantity\": {\"tonnes\": 326090, \"basis\": \"content\"}, " + PROV
                + "}, {\"country\": \"KOR\", \"mineral\": \"lithium\", \"year\": 2024, \"quantity\": {\"tonnes\": 5000, "
                + "\"basis\": \"content\"}, " + PROV + "}"));
        Demand w = d.demands().stream().filter(Demand::isWorld).findFirst().orElseThrow();
        assertEquals(Optional.of("steps"), w.scenario());
        assertEquals(Optional.of("electric-vehicles"), w.sector());
        assertEquals(5000, d.demand("KOR", "lithium", 2024).orElseThrow().quantity().tonnes(), 1e-9);
        // the projection is not an observed total
        assertTrue(d.demand(Demand.WORLD, "lithium", 2030).isEmpty());
    }

    @Test
    void write_emptyScenarioAndSectorLeftOut_roundTrips() {
        Dataset d = Dataset.builder().name("d").add(Minerals.find("lithium").orElseThrow())
                .add(new Demand(Demand.WORLD, "lithium", 2030, Quantity.tonnes(455_487), P, Optional.of("steps"),
                        Optional.empty()))
                .add(new Demand(Demand.WORLD, "lithium", 2024, Quantity.tonnes(205_000), P)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetJson.write(d, out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, json.split("\"scenario\"", -1).length - 1, json);
        assertTrue(!json.contains("\"sector\""), json);
        assertEquals(d, read(json));
    }

    @Test
    void read_badScenario_namesThePath() {
        DataFileException e = assertThrows(DataFileException.class, () -> read(doc("{\"country\": \"WLD\", "
                + "\"mineral\": \"lithium\", \"year\": 2030, \"scenario\": \"Stated Policies\", \"quantity\": "
                + "{\"tonnes\": 1, \"basis\": \"content\"}, " + PROV + "}")));
        assertTrue(e.getMessage().contains("$.demands[0]") && e.getMessage().contains("scenario"), e::getMessage);
    }

    @Test
    void build_duplicateOnlyWhenScenarioAndSectorAlsoEqual() {
        Demand a = new Demand(Demand.WORLD, "lithium", 2030, Quantity.tonnes(1), P, Optional.of("steps"), Optional.empty());
        Demand b = new Demand(Demand.WORLD, "lithium", 2030, Quantity.tonnes(2), P, Optional.of("aps"), Optional.empty());
        Dataset.builder().name("d").add(Minerals.find("lithium").orElseThrow()).add(a).add(b).build();
        assertThrows(DatasetValidationException.class, () -> Dataset.builder().name("d")
                .add(Minerals.find("lithium").orElseThrow()).add(a).add(a).build());
        // a country demand still needs its country in the dataset
        assertThrows(DatasetValidationException.class, () -> Dataset.builder().name("d")
                .add(Minerals.find("lithium").orElseThrow()).add(new Demand("KOR", "lithium", 2024, Quantity.tonnes(1), P))
                .build());
    }
}
