package org.msp.data.facilities;

import org.msp.data.CountryNames;
import org.msp.data.ImportResult;
import org.msp.data.ResolvedName;
import org.msp.data.internal.Problems;
import org.msp.data.internal.ResultBuilder;
import org.msp.data.internal.JsonFile;
import org.msp.data.internal.TextFile;
import org.msp.internal.Checks;
import org.msp.io.DataFileException;
import org.msp.model.Basis;
import org.msp.model.Facility;
import org.msp.model.FacilityStatus;
import org.msp.model.Location;
import org.msp.model.MassUnit;
import org.msp.model.Minerals;
import org.msp.model.Provenance;
import org.msp.model.Quantity;
import org.msp.model.Stage;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the USGS geospatial facility layers ("mineral industries and related infrastructure") in GeoJSON:
 * mines, processing plants and refineries with their commodity, capacity, operator, status and location.
 *
 * <p>The two layers use different fields ({@link Layer}). A feature becomes a {@link Facility} when its
 * commodity has a mineral id in the catalogue and its type is a mine or quarry, a brine operation
 * ({@link Stage#MINING}) or a mineral processing plant ({@link Stage#REFINING}); oil and gas features and
 * commodities without a mineral id (cement, coal, iron and steel ...) are skipped and reported. Capacity is
 * kept when its unit is a mass and the product form says its basis (a metal, refined product or "X
 * content" is {@link Basis#CONTENT}; ore or concentrate is {@link Basis#GROSS_WEIGHT}); otherwise it is left
 * out and the provenance note keeps the figure. Status: "Active" and "Assumed Active" are operating,
 * "C&amp;M" and "Suspended" care and maintenance. Facility ids are {@code usgs-<FeatureUID>-<mineral>}.
 *
 * <p>Source: USGS National Minerals Information Center, geospatial data for the mineral industries of
 * Africa (doi:10.5066/P97EQWXP) and of the Indo-Pacific; public domain. Running time: linear in the number
 * of features. This class is stateless and thread-safe.
 */
public final class FacilityImporter {
    /** The source name used in provenance. */
    public static final String SOURCE = "USGS Mineral Facilities";
    /** The licence. */
    public static final String LICENCE = "Public domain (USGS)";

    private static final Map<String, String> COMMODITIES = ImmutableSortedMap.<String, String>naturalOrder()
            .put("rare earths", "rare-earths").put("rare earth", "rare-earths").put("rare-earth elements", "rare-earths")
            .put("iron ore", "iron-ore").put("phosphate rock", "phosphate-rock").put("phosphate", "phosphate-rock")
            .put("platinum-group metals", "platinum-group-metals").put("pgm", "platinum-group-metals")
            .put("aluminum", "aluminum").put("aluminium", "aluminum").put("graphite", "graphite")
            .put("niobium (columbium)", "niobium").put("columbium", "niobium").put("zircon", "zirconium")
            .put("uranium", "uranium").put("lithium", "lithium").build();

    /** The two USGS layers and their field names. */
    public enum Layer {
        /** Africa: DsgAttr02 commodity, DsgAttr03 form, DsgAttr07 capacity, DsgAttr08 unit. */
        AFRICA("Africa", "DsgAttr02", "DsgAttr03", "DsgAttr07", "DsgAttr08"),
        /** Indo-Pacific: DsgAttr01 commodity, DsgAttr02 form, DsgAttr03 content basis, DsgAttr06 capacity, DsgAttr07 unit. */
        INDO_PACIFIC("Indo-Pacific", "DsgAttr01", "DsgAttr02", "DsgAttr06", "DsgAttr07");

        private final String edition;
        private final String commodity;
        private final String form;
        private final String capacity;
        private final String unit;

        Layer(String edition, String commodity, String form, String capacity, String unit) {
            this.edition = edition;
            this.commodity = commodity;
            this.form = form;
            this.capacity = capacity;
            this.unit = unit;
        }

        /** Returns the layer's name as used in provenance editions. */
        public String edition() {
            return edition;
        }

        /** Returns the layer of a file by its name ({@code AFR_...} or {@code INDOPAC_...}). */
        public static Layer ofFile(String fileName) {
            String f = fileName.toUpperCase(Locale.ROOT);
            if (f.startsWith("AFR")) {
                return AFRICA;
            }
            if (f.startsWith("INDOPAC")) {
                return INDO_PACIFIC;
            }
            throw new IllegalArgumentException("cannot tell the layer of '" + fileName
                    + "': expected a name starting with AFR or INDOPAC");
        }
    }

    private FacilityImporter() {}

    /** Reads the GeoJSON at {@code path} (plain or gzipped); the layer is told by the file name. */
    public static ImportResult read(Path path) {
        String name = path.getFileName().toString();
        Layer layer;
        try {
            layer = Layer.ofFile(name);
        } catch (IllegalArgumentException e) {
            throw Problems.single(name, "", "", e.getMessage());
        }
        return TextFile.read(path, (in, sourceName) -> read(in, sourceName, layer));
    }

    /**
     * Reads a GeoJSON layer from {@code in}. Skipped rows name the feature by its index
     * ({@code features[i]}, reported as line {@code i + 1}).
     *
     * @throws DataFileException naming the feature and field of malformed JSON, an unknown country name or
     *     coordinates out of range
     */
    public static ImportResult read(InputStream in, String sourceName, Layer layer) {
        Checks.notNull(in, "FacilityImporter", "in");
        Checks.notNull(sourceName, "FacilityImporter", "sourceName");
        Checks.notNull(layer, "FacilityImporter", "layer");
        JsonNode root = JsonFile.read(in, sourceName);
        JsonNode features = root == null ? null : root.get("features");
        if (features == null || !features.isArray()) {
            throw Problems.single(sourceName, "$", "features", "expected a GeoJSON FeatureCollection");
        }
        ResultBuilder out = new ResultBuilder(sourceName);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            int line = i + 1;
            String loc = "$.features[" + i + "]";
            out.read(line);
            JsonNode p = f.get("properties");
            if (p == null || !p.isObject()) {
                throw Problems.single(sourceName, loc, "properties", "missing");
            }
            String uid = text(p, "FeatureUID");
            String name = text(p, "FeatureNam");
            String commodity = text(p, layer.commodity);
            String type = text(p, "FeatureTyp");
            String what = uid + " " + name + " (" + commodity + ")";
            Optional<String> mineral = mineral(commodity);
            if (mineral.isEmpty()) {
                out.skip(line, what, "commodity '" + commodity + "' has no mineral id");
                continue;
            }
            Stage stage;
            switch (type) {
                case "Mines and Quarries", "Brine":
                    stage = Stage.MINING;
                    break;
                case "Mineral Processing Plants":
                    stage = Stage.REFINING;
                    break;
                default:
                    out.skip(line, what, "feature type '" + type + "' is not a mine or processing plant");
                    continue;
            }
            ResolvedName country = CountryNames.resolve(text(p, "Country")).orElseThrow(() -> Problems.single(
                    sourceName, loc + ".properties", "Country", "unknown country name '" + text(p, "Country") + "'"));
            if (!country.isCountry()) {
                out.skip(line, what, "country '" + text(p, "Country") + "' is not one country");
                continue;
            }
            if (uid.isEmpty() || name.isEmpty()) {
                throw Problems.single(sourceName, loc + ".properties", uid.isEmpty() ? "FeatureUID" : "FeatureNam", "empty");
            }
            String base = "usgs-" + uid.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "-" + mineral.get();
            String id = base;
            for (int k = 2; !ids.add(id); k++) {
                id = base + "-" + k;
            }
            String form = text(p, layer.form);
            String content = layer == Layer.INDO_PACIFIC ? text(p, "DsgAttr03") : "";
            String capText = text(p, layer.capacity);
            String unitText = text(p, layer.unit);
            Optional<Quantity> capacity = Optional.empty();
            String note = "commodity '" + commodity + "'" + (form.isEmpty() ? "" : ", form '" + form + "'")
                    + (content.isEmpty() ? "" : ", " + content) + ", status '" + text(p, "LocOpStat") + "'";
            Optional<Double> cap = number(capText);
            if (cap.isPresent() && cap.get() >= 0) {
                Optional<MassUnit> u = unit(unitText);
                Optional<Basis> b = basis(form + " " + content);
                if (u.isPresent() && b.isPresent()) {
                    try {
                        capacity = Optional.of(Quantity.of(cap.get(), u.get(), b.get()));
                    } catch (IllegalArgumentException e) {
                        throw Problems.single(sourceName, loc + ".properties", layer.capacity, e.getMessage());
                    }
                } else {
                    note = note + ", capacity " + capText + " " + unitText + " not kept ("
                            + (u.isEmpty() ? "unit is not a mass" : "basis not stated") + ")";
                }
            }
            Optional<Location> location;
            try {
                location = Optional.of(Location.of(p.path("Latitude").asDouble(), p.path("Longitude").asDouble()));
            } catch (IllegalArgumentException e) {
                throw Problems.single(sourceName, loc + ".properties", "Latitude", e.getMessage());
            }
            String op = text(p, "OperateNam");
            Optional<String> operator = op.isEmpty() || op.equals("<null>") ? Optional.empty() : Optional.of(op);
            Provenance prov = new Provenance(SOURCE, layer.edition(), "feature " + uid, LICENCE,
                    join(country.remark(), note));
            out.facilities.add(new Facility(id, name, country.iso3().orElseThrow(), stage,
                    ImmutableSortedSet.of(mineral.get()), capacity, operator, status(text(p, "LocOpStat")), location,
                    prov));
            out.used(line);
        }
        return out.build();
    }

    private static Optional<String> mineral(String commodity) {
        String c = commodity.strip().toLowerCase(Locale.ROOT);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        String m = COMMODITIES.get(c);
        if (m != null) {
            return Optional.of(m);
        }
        String id = c.replace(' ', '-');
        return Minerals.find(id).map(x -> id);
    }

    private static FacilityStatus status(String s) {
        switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "active", "assumed active":
                return FacilityStatus.OPERATING;
            case "c&m", "suspended":
                return FacilityStatus.CARE_AND_MAINTENANCE;
            case "closed":
                return FacilityStatus.CLOSED;
            case "construction":
                return FacilityStatus.CONSTRUCTION;
            default:
                return FacilityStatus.UNKNOWN;
        }
    }

    private static Optional<MassUnit> unit(String u) {
        switch (u.strip().toLowerCase(Locale.ROOT)) {
            case "thousand metric tons", "kmt":
                return Optional.of(MassUnit.KILOTONNE);
            case "metric tons", "mt":
                return Optional.of(MassUnit.TONNE);
            case "kilograms", "kg":
                return Optional.of(MassUnit.KILOGRAM);
            default:
                return Optional.empty();
        }
    }

    private static Optional<Basis> basis(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("content") || t.contains("metal") || t.contains("refined") || t.contains("cathode")) {
            return Optional.of(Basis.CONTENT);
        }
        if (t.contains("ore") || t.contains("concentrate") || t.contains("gross")) {
            return Optional.of(Basis.GROSS_WEIGHT);
        }
        return Optional.empty();
    }

    private static Optional<Double> number(String t) {
        try {
            double v = Double.parseDouble(t.strip());
            return v == -999 || Double.isNaN(v) ? Optional.empty() : Optional.of(v);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode p, String field) {
        JsonNode n = p.get(field);
        return n == null || n.isNull() ? "" : n.asText().strip();
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }
}
