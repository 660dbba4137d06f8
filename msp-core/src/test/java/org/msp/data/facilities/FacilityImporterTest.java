package org.msp.data.facilities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.msp.data.ImportResult;
import org.msp.data.RawFiles;
import org.msp.io.DataFileException;
import org.msp.model.Facility;
import org.msp.model.Stage;

class FacilityImporterTest {
    @Test
    void read_africa_everyFeatureAccounted_cobaltInCongo() {
        ImportResult r = FacilityImporter.read(RawFiles.raw("usgs-mineral-facilities/AFR_Mineral_Facilities.geojson.gz"));
        assertEquals(2408, r.facilities().size() + r.skipped().size());
        assertTrue(r.skipped().stream().noneMatch(s -> s.reason().equals(ImportResult.UNACCOUNTED)));
        assertTrue(r.facilities().stream().anyMatch(f -> f.country().equals("COD") && f.minerals().contains("cobalt")
                && f.stage() == Stage.MINING));
        assertTrue(r.facilities().stream().anyMatch(f -> f.stage() == Stage.REFINING));
        assertTrue(r.facilities().stream().anyMatch(f -> f.capacity().isPresent()));
        assertTrue(r.facilities().stream().allMatch(f -> f.location().isPresent()));
    }

    @Test
    void read_indoPacific_nickelInNewCaledonia() {
        ImportResult r = FacilityImporter.read(RawFiles.raw("usgs-mineral-facilities/INDOPAC_Mineral_facilities.geojson.gz"));
        assertEquals(1573, r.facilities().size() + r.skipped().size());
        Facility f = r.facilities().stream().filter(x -> x.country().equals("NCL") && x.minerals().contains("nickel"))
                .findFirst().orElseThrow();
        assertTrue(f.operator().isPresent());
        assertTrue(r.facilities().stream().anyMatch(x -> x.country().equals("KOR")));
    }

    @Test
    void read_unknownCountry_errorNamesFeatureAndField() {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{"
                + "\"FeatureUID\":\"X1\",\"FeatureNam\":\"Mine\",\"Country\":\"Wakanda\",\"FeatureTyp\":\"Mines and Quarries\","
                + "\"DsgAttr02\":\"Cobalt\",\"Latitude\":1,\"Longitude\":2}}]}";
        DataFileException e = assertThrows(DataFileException.class, () -> FacilityImporter.read(
                RawFiles.stream(json, "UTF-8"), "AFR_x.geojson", FacilityImporter.Layer.AFRICA));
        assertEquals("$.features[0].properties", e.problems().get(0).location());
        assertEquals("Country", e.problems().get(0).field());
    }

    @Test
    void read_truncatedJson_error() {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"prop";
        DataFileException e = assertThrows(DataFileException.class, () -> FacilityImporter.read(
                RawFiles.stream(json, "UTF-8"), "AFR_x.geojson", FacilityImporter.Layer.AFRICA));
        assertEquals("AFR_x.geojson", e.sourceName());
    }
}
