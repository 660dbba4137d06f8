package org.msp.data.baci;

import org.msp.data.SkippedRow;
import org.msp.data.internal.Problems;
import org.msp.data.internal.JsonFile;
import org.msp.data.internal.TextFile;
import org.msp.internal.Checks;
import org.msp.io.DataFileException;
import org.msp.model.Countries;
import org.msp.model.Provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Reads the CEPII BACI HS 2017 per-material edge lists (release V202601) of one year in the JSON form
 * {@code {year, source, materials: {label: [{from, to, value}]}}}, ISO2 country codes, values in US dollars.
 *
 * <p><b>Partial twice over.</b> The lists are truncated: per material, each importer keeps its top six
 * suppliers and each exporter its top six customers; and they carry values, no tonnes. So the result is a list
 * of {@link BaciTradeValue}s, never flows, each with a provenance note that starts {@code "partial: "}. They
 * suit trends of the dominant links (a supplier's share of an importer's listed value), not totals. The
 * embedded world dataset does not hold them: the complete 2022 extract ({@link BaciValuesImporter}) and the
 * complete 2024 one cover their most recent years, and about 95,000 more value-only records would slow every
 * load of the dataset for data no network can use.
 *
 * <p>Labels map to the HS6 codes of {@link BaciImporter#codes()} as the extract's own code list
 * ({@code critical_codes.json}) states; {@code germanium} is the same HS 811292 basket as {@code gallium} and is
 * skipped so that the basket is counted once, and {@code cokingcoal} has no mineral id.
 *
 * <p>Source: CEPII BACI (Gaulier and Zignago 2010), built from UN Comtrade; Etalab Open Licence 2.0.
 * Running time: linear in the file size. This class is stateless and thread-safe.
 */
public final class BaciTopPartnersImporter {
    /** The edition put in provenance. */
    public static final String EDITION = "HS17 V202601, top-6 partner edge lists";
    /** The remark that every value's note starts with. */
    public static final String PARTIAL = "partial: truncated to each importer's top six suppliers and each "
            + "exporter's top six customers per material; values only";

    /** Label of the extract's code list to HS6 code (critical_codes.json), for the labels with a mineral. */
    private static final SortedMap<String, String> LABELS = ImmutableSortedMap.<String, String>naturalOrder()
            .put("antimony", "811010").put("arsenic", "280480").put("baryte", "251110").put("bauxite", "260600")
            .put("beryllium", "811212").put("boron", "252800").put("cobalt", "282200").put("copper", "740311")
            .put("feldspar", "252910").put("fluorspar", "252922").put("gallium", "811292").put("graphite", "250490")
            .put("hafnium", "811231").put("helium", "280429").put("lithium", "283691").put("magnesium", "810411")
            .put("magnets", "850511").put("manganese", "260200").put("nickel", "750210").put("niobium", "720293")
            .put("palladium", "711021").put("phosphate", "251010").put("phosphorus", "280470")
            .put("platinum", "711011").put("silicon", "280469").put("strontium", "283692").put("tantalum", "810320")
            .put("titanium", "810820").put("tungsten", "810194").put("vanadium", "720292").build();
    private static final Map<String, String> SKIPPED_LABELS = ImmutableSortedMap.of(
            "germanium", "the same HS 811292 basket as 'gallium', counted once under gallium",
            "cokingcoal", "coking coal (HS 270112) has no mineral id");

    private BaciTopPartnersImporter() {}

    /**
     * The values read from one file and every edge skipped with the reason.
     *
     * @param file    the file name
     * @param year    the year the file states
     * @param values  the trade values, in file order
     * @param skipped edges read but not kept, with the reason ({@code line} is the edge's position, 1-based)
     */
    public record Result(String file, int year, List<BaciTradeValue> values, List<SkippedRow> skipped) {
        public Result {
            Checks.notNull(file, "BaciTopPartnersImporter.Result", "file");
            values = ImmutableList.copyOf(values);
            skipped = ImmutableList.copyOf(skipped);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "BaciTopPartnersImporter.Result[%s %d: %,d values, %,d skipped]", file,
                    year, values.size(), skipped.size());
        }
    }

    /** Returns the HS6 code of each material label the importer maps, by label. */
    public static SortedMap<String, String> labels() {
        return LABELS;
    }

    /** Reads the JSON at {@code path} (plain or gzipped). */
    public static Result read(Path path) {
        return TextFile.read(path, BaciTopPartnersImporter::read);
    }

    /**
     * Reads the JSON from {@code in}; {@code sourceName} names it in errors and results.
     *
     * @throws DataFileException naming the JSON path and field of malformed JSON, a missing member, an unknown
     *     material label or country code, or a bad number or year
     */
    public static Result read(InputStream in, String sourceName) {
        Checks.notNull(in, "BaciTopPartnersImporter", "in");
        Checks.notNull(sourceName, "BaciTopPartnersImporter", "sourceName");
        JsonNode root = JsonFile.read(in, sourceName);
        if (root == null || !root.isObject()) {
            throw Problems.single(sourceName, "$", "", "expected a JSON object");
        }
        JsonNode y = root.get("year");
        if (y == null || !y.isInt()) {
            throw Problems.single(sourceName, "$", "year", "missing or not an integer");
        }
        int year = BaciRows.yearAt(sourceName, "$", y.asText());
        JsonNode materials = root.get("materials");
        if (materials == null || !materials.isObject()) {
            throw Problems.single(sourceName, "$", "materials", "missing or not an object");
        }
        List<BaciTradeValue> values = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int line = 0;
        for (Iterator<String> it = materials.fieldNames(); it.hasNext();) {
            String label = it.next();
            String loc0 = "$.materials." + label;
            JsonNode list = materials.get(label);
            if (!list.isArray()) {
                throw Problems.single(sourceName, loc0, "", "expected an array of edges");
            }
            String hs6 = LABELS.get(label);
            if (hs6 == null && !SKIPPED_LABELS.containsKey(label)) {
                throw Problems.single(sourceName, loc0, "", "unknown material label '" + label + "'");
            }
            HsCode code = hs6 == null ? null : BaciImporter.codes().get(hs6);
            Provenance p = code == null ? null : new Provenance(BaciImporter.SOURCE, EDITION,
                    "HS " + hs6 + " (" + label + ")", BaciImporter.LICENCE, code.match().equals("exact") ? PARTIAL
                            : PARTIAL + "; " + code.match() + ": " + code.caveat());
            for (int i = 0; i < list.size(); i++) {
                line++;
                JsonNode e = list.get(i);
                String loc = loc0 + "[" + i + "]";
                String from = text(sourceName, e, loc, "from");
                String to = text(sourceName, e, loc, "to");
                String what = label + " " + from + " -> " + to + " " + year;
                if (code == null) {
                    skipped.add(new SkippedRow(sourceName, line, what, SKIPPED_LABELS.get(label)));
                    continue;
                }
                String a = iso3(sourceName, loc, "from", from);
                String b = iso3(sourceName, loc, "to", to);
                if (a.equals(b)) {
                    skipped.add(new SkippedRow(sourceName, line, what, "exporter and importer are the same country"));
                    continue;
                }
                if (!seen.add(label + "|" + a + "|" + b)) {
                    skipped.add(new SkippedRow(sourceName, line, what, "a second edge " + a + " -> " + b + " for "
                            + label));
                    continue;
                }
                JsonNode v = e.get("value");
                double usd = v == null ? Double.NaN : v.asDouble(Double.NaN);
                if (v == null || !v.isNumber() || !(usd >= 0) || Double.isInfinite(usd)) {
                    throw Problems.single(sourceName, loc, "value", "not a non-negative number: '" + v + "'");
                }
                values.add(new BaciTradeValue(a, b, code.mineral(), code.stage(), year, usd, p));
            }
        }
        return new Result(sourceName, year, values, skipped);
    }

    private static String text(String file, JsonNode node, String loc, String name) {
        JsonNode m = node == null ? null : node.get(name);
        if (m == null || !m.isTextual() || m.asText().isBlank()) {
            throw Problems.single(file, loc, name, "missing or not a text");
        }
        return m.asText();
    }

    private static String iso3(String file, String loc, String field, String iso2) {
        String c = Iso2.BY_ISO2.get(iso2.strip().toUpperCase(Locale.ROOT));
        if (c == null) {
            throw Problems.single(file, loc, field, "unknown ISO2 country code '" + iso2.strip() + "'");
        }
        return c;
    }

    /** ISO2 to ISO3 from the country catalogue's own table. */
    private static final class Iso2 {
        static final Map<String, String> BY_ISO2 = load();

        private static Map<String, String> load() {
            try (InputStream in = Countries.class.getResourceAsStream("countries.csv")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource org/msp/model/countries.csv");
                }
                Map<String, String> b = new java.util.TreeMap<>();
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                for (int i = 1; i < lines.length; i++) {
                    String[] f = lines[i].split(",", 3);
                    if (f.length == 3 && f[1].strip().matches("[A-Z]{2}")) {
                        b.put(f[1].strip(), f[0].strip());
                    }
                }
                return ImmutableSortedMap.copyOf(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
