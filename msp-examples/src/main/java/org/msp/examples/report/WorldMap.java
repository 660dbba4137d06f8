package org.msp.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.msp.data.CountryNames;
import org.msp.data.ResolvedName;

/**
 * The world's countries as SVG paths, from the Natural Earth 1:110m "Admin 0 – Countries" geometry (public domain)
 * that the {@code world-atlas} 2.0.2 package ships as TopoJSON ({@code countries-110m.json}, a resource of this
 * package): arcs decoded from their quantized, delta-encoded form and projected with the Natural Earth projection
 * (Šavrič, Jenny, Patterson, Petrovič &amp; Hurni 2011) when the map is loaded; nothing is fetched when the page is
 * viewed.
 *
 * <p><b>Decoding</b> (TopoJSON specification 2.1): arc {@code i} is a list of positions whose first is absolute and
 * the others deltas, in the quantized grid; a position {@code (x, y)} is {@code (x · sx + tx, y · sy + ty)} degrees.
 * A ring lists arc indices, {@code ~i} (that is {@code -i-1}) for arc {@code i} reversed; consecutive arcs share
 * their end point, which is kept once.
 *
 * <p><b>Country codes.</b> The geometry carries ISO 3166-1 numeric ids; they become ISO3 through CEPII BACI's
 * country table (a copy of the one in the dataset's raw sources), and, for the few countries BACI numbers in its
 * own way (France 251, United States 842 ...) or lacks, through the country's Natural Earth name
 * ({@link CountryNames}). Antarctica is left out.
 *
 * <p>Running time: O(arc points) to load; the map is loaded once and cached. This class is immutable and
 * thread-safe.
 *
 * @param countries the countries, by ISO3 code (geometries without one keep their Natural Earth name)
 * @param width     the width of the projected map, in SVG units
 * @param height    its height
 */
public record WorldMap(List<Shape> countries, double width, double height) {
    /** The resource of the geometry. */
    public static final String GEOMETRY = "countries-110m.json";
    /** How the page cites the geometry. */
    public static final String SOURCE = "Natural Earth 1:110m Admin 0 countries, version 4.1.0 (public domain), "
            + "as TopoJSON from world-atlas 2.0.2 (ISC licence)";
    private static final double SCALE = 185;
    private static volatile WorldMap loaded;

    /**
     * One country's outline.
     *
     * @param iso3 ISO3 code, or empty when none maps to it (Northern Cyprus, Somaliland ...)
     * @param name its Natural Earth name
     * @param path the SVG path data, rings closed, to be filled with the even-odd rule
     */
    public record Shape(Optional<String> iso3, String name, String path) {
        public Shape {
            Objects.requireNonNull(iso3, "iso3");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(path, "path");
        }
    }

    public WorldMap {
        countries = ImmutableList.copyOf(countries);
    }

    /** Returns the map of the shipped geometry, loading it on the first call. */
    public static WorldMap load() {
        WorldMap m = loaded;
        if (m == null) {
            try (InputStream in = WorldMap.class.getResourceAsStream(GEOMETRY)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + GEOMETRY + " is missing");
                }
                m = parse(new ObjectMapper().readTree(in), isoCodes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + GEOMETRY, e);
            }
            loaded = m;
        }
        return m;
    }

    /** Returns CEPII BACI's numeric code to ISO3 table, keys zero-padded to three digits. */
    static Map<String, String> isoCodes() {
        Map<String, String> m = new TreeMap<>();
        try (InputStream in = WorldMap.class.getResourceAsStream("country_codes_V202601.csv")) {
            if (in == null) {
                throw new IllegalStateException("resource country_codes_V202601.csv is missing");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",");
                if (f.length >= 4 && f[f.length - 1].length() == 3) {
                    m.put(String.format(Locale.ROOT, "%03d", Integer.parseInt(f[0].strip())), f[f.length - 1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read country_codes_V202601.csv", e);
        }
        return m;
    }

    /**
     * Decodes and projects a TopoJSON topology with a {@code countries} object.
     *
     * @throws IllegalArgumentException if the topology lacks its transform, arcs or countries
     */
    static WorldMap parse(JsonNode topo, Map<String, String> isoByNumeric) {
        JsonNode t = topo.path("transform");
        JsonNode geoms = topo.path("objects").path("countries").path("geometries");
        if (!t.has("scale") || !topo.has("arcs") || !geoms.isArray()) {
            throw new IllegalArgumentException(GEOMETRY + ": expected a quantized topology with objects.countries");
        }
        double sx = t.get("scale").get(0).asDouble();
        double sy = t.get("scale").get(1).asDouble();
        double tx = t.get("translate").get(0).asDouble();
        double ty = t.get("translate").get(1).asDouble();
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topo.get("arcs")) {
            double[][] pts = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                pts[i] = new double[] {x * sx + tx, y * sy + ty};
            }
            arcs.add(pts);
        }
        double[] max = project(180, 0);
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        List<Object[]> raw = new ArrayList<>();
        for (JsonNode g : geoms) {
            String id = g.path("id").asText("");
            if (id.equals("010")) {
                continue; // Antarctica
            }
            String name = g.path("properties").path("name").asText("");
            List<List<double[]>> rings = new ArrayList<>();
            if (g.path("type").asText().equals("Polygon")) {
                polygon(g.get("arcs"), arcs, rings);
            } else if (g.path("type").asText().equals("MultiPolygon")) {
                for (JsonNode p : g.get("arcs")) {
                    polygon(p, arcs, rings);
                }
            } else {
                continue;
            }
            for (List<double[]> r : rings) {
                // unwrap longitudes so that a ring across the antimeridian (Russia, Fiji) stays continuous; the
                // part beyond ±180° falls outside the map and is clipped
                double prev = r.get(0)[0];
                double shift = 0;
                for (int i = 0; i < r.size(); i++) {
                    double lon = r.get(i)[0];
                    if (lon + shift - prev > 180) {
                        shift -= 360;
                    } else if (lon + shift - prev < -180) {
                        shift += 360;
                    }
                    prev = lon + shift;
                    double[] p = project(prev, r.get(i)[1]);
                    r.set(i, p);
                    minY = Math.min(minY, p[1]);
                    maxY = Math.max(maxY, p[1]);
                }
            }
            Optional<String> iso3 = Optional.ofNullable(isoByNumeric.get(id));
            if (iso3.isEmpty() || !isoByName(name).map(iso3.get()::equals).orElse(true)) {
                iso3 = isoByName(name).or(() -> Optional.ofNullable(isoByNumeric.get(id)));
            }
            raw.add(new Object[] {iso3, name, rings});
        }
        double w = 2 * max[0] * SCALE;
        double h = (maxY - minY) * SCALE;
        List<Shape> shapes = new ArrayList<>();
        for (Object[] r : raw) {
            @SuppressWarnings("unchecked")
            List<List<double[]>> rings = (List<List<double[]>>) r[2];
            StringBuilder d = new StringBuilder();
            for (List<double[]> ring : rings) {
                String prev = "";
                for (int i = 0; i < ring.size(); i++) {
                    double px = (ring.get(i)[0] + max[0]) * SCALE;
                    double py = (maxY - ring.get(i)[1]) * SCALE;
                    String pt = String.format(Locale.ROOT, "%.1f,%.1f", px, py);
                    if (pt.equals(prev)) {
                        continue;
                    }
                    d.append(i == 0 ? 'M' : 'L').append(pt);
                    prev = pt;
                }
                d.append('Z');
            }
            @SuppressWarnings("unchecked")
            Optional<String> iso = (Optional<String>) r[0];
            shapes.add(new Shape(iso, (String) r[1], d.toString()));
        }
        return new WorldMap(shapes, w, h);
    }

    private static Optional<String> isoByName(String name) {
        try {
            return CountryNames.resolve(name).flatMap(ResolvedName::iso3);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void polygon(JsonNode p, List<double[][]> arcs, List<List<double[]>> rings) {
        for (JsonNode ring : p) {
            List<double[]> pts = new ArrayList<>();
            for (JsonNode a : ring) {
                int i = a.asInt();
                double[][] arc = arcs.get(i >= 0 ? i : ~i);
                for (int k = 0; k < arc.length; k++) {
                    double[] pt = arc[i >= 0 ? k : arc.length - 1 - k];
                    if (k > 0 || pts.isEmpty()) {
                        pts.add(pt.clone());
                    }
                }
            }
            rings.add(pts);
        }
    }

    /**
     * Returns the Natural Earth projection of a point (Šavrič et al. 2011), in units of the sphere's radius: x
     * from about −2.74 to 2.74, y from about −1.42 to 1.42, north up.
     */
    static double[] project(double lonDeg, double latDeg) {
        double l = Math.toRadians(lonDeg);
        double p = Math.toRadians(latDeg);
        double p2 = p * p;
        double p4 = p2 * p2;
        double x = l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
        double y = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
        return new double[] {x, y};
    }

    /** Returns e.g. {@code "WorldMap[176 countries, 822 x 388]"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "WorldMap[%d countries, %.0f x %.0f]", countries.size(), width, height);
    }
}
