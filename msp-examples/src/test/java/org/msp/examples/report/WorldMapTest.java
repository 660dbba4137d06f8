package org.msp.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WorldMapTest {
    @Test
    void load_everyCountryOfNaturalEarthButAntarctica() {
        WorldMap m = WorldMap.load();
        // world-atlas countries-110m holds 177 geometries; Antarctica is left out
        assertEquals(176, m.countries().size());
        Set<String> iso = new TreeSet<>();
        m.countries().forEach(s -> s.iso3().ifPresent(iso::add));
        // the countries BACI numbers in its own way map through their names
        for (String c : new String[] {"USA", "FRA", "IND", "NOR", "CHE", "TWN", "CHN", "COD", "AUS", "BRA"}) {
            assertTrue(iso.contains(c), c + " on the map: " + iso);
        }
        assertTrue(iso.size() >= 170, "ISO3 codes found: " + iso.size());
        assertEquals(iso.size(), m.countries().stream().filter(s -> s.iso3().isPresent()).count(),
                "no ISO3 code twice");
        assertTrue(m.width() > 900 && m.height() > 350 && m.height() < m.width(), m.toString());
    }

    @Test
    void parse_decodesDeltaArcsAndReversedRings() throws Exception {
        // one square ring of two arcs, the second reversed: (0,0)->(10,0)->(10,10) and (0,0)->(0,10)->(10,10)
        String topo = "{\"type\":\"Topology\",\"transform\":{\"scale\":[1,1],\"translate\":[0,0]},"
                + "\"arcs\":[[[0,0],[10,0],[0,10]],[[0,0],[0,10],[10,0]]],\"objects\":{\"countries\":{\"type\":"
                + "\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\",\"arcs\":[[0,-2]],\"id\":\"036\","
                + "\"properties\":{\"name\":\"Australia\"}}]}}}";
        WorldMap m = WorldMap.parse(new ObjectMapper().readTree(topo), Map.of("036", "AUS"));
        WorldMap.Shape s = m.countries().get(0);
        assertEquals(Optional.of("AUS"), s.iso3());
        // four corners and the closing point (rings are closed), the point the arcs share kept once
        String[] pts = s.path().replace("Z", "").split("[ML]");
        assertEquals(5, pts.length - 1, s.path());
        assertEquals(pts[1], pts[5], "closed ring");
        assertEquals(4, new TreeSet<>(List.of(pts).subList(1, 5)).size(), s.path());
        assertTrue(s.path().endsWith("Z"));
        double[] origin = WorldMap.project(0, 0);
        assertEquals(0, origin[0], 1e-12);
        assertEquals(0, origin[1], 1e-12);
        double[] east = WorldMap.project(180, 0);
        assertEquals(0.8707 * Math.PI, east[0], 1e-9, "Natural Earth projection at the equator");
    }

    @Test
    void parse_withoutCountries_clearError() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorldMap.parse(new ObjectMapper().readTree("{\"arcs\":[]}"), Map.of()));
        assertTrue(e.getMessage().contains("countries-110m.json"), e.getMessage());
    }
}
