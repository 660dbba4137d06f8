package org.msp.data.baci;

import org.msp.data.ImportResult;
import org.msp.data.ResolvedName;
import org.msp.data.internal.Problems;
import org.msp.data.internal.ResultBuilder;
import org.msp.data.internal.JsonFile;
import org.msp.data.internal.TextFile;
import org.msp.internal.Checks;
import org.msp.io.DataFileException;
import org.msp.model.Actor;
import org.msp.model.Basis;
import org.msp.model.DataGap;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.GapKind;
import org.msp.model.Provenance;
import org.msp.model.Quantity;
import org.msp.model.Stage;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSortedMap;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the CEPII BACI top-flow extract in the HS 2022 nomenclature (release V202601, 2022–2024): for each
 * commodity, a four-digit HS heading whose subheadings are summed, the 200 largest exporter &rarr; importer
 * pairs by value of each year, with US dollars and tonnes, and the full totals of all pairs. The JSON form is
 * {@code {meta: {commodities: [{id, hs4, label}]}, totals: {id: {year: {value_usd, tonnes, shown, pairs}}},
 * flows: {id: {year: [{e, i, v, w}]}}}} with ISO3 codes.
 *
 * <p><b>Partial by cut-off.</b> Only the top 200 pairs of each heading and year are listed. The importer
 * computes from the file's own totals the share of the value that the listed pairs hold (copper ore 2603:
 * 99.4–99.8%; nickel 7502: about 96%) and writes it into every flow's note, which starts {@code "partial: "};
 * the edition ({@link #EDITION}) names the cut-off and the nomenclature.
 *
 * <p><b>Headings.</b> {@link #codes()} maps the headings the library models: copper ores and concentrates
 * (2603, one subheading; gross weight of concentrate, at the mining stage), refined copper (7403), unwrought
 * nickel (7502) and aluminium (7601) at the refining stage, iron ore (2601). The other headings are skipped
 * with the reason: energy (2701, 2709, 2710, 2711) and gold (7108) have no mineral of the library's supply
 * model, lead (7801) and tin (8001) no refinery production in the dataset to set their trade against (a
 * trade table alone would read as all imports), potassic fertilisers (3104) weigh products rather than K2O, ferro-alloys
 * (7202) lump every ferroalloy, and bauxite (2606) and zinc (7901) carry tonnes that disagree with the other
 * years of the same file (bauxite 2023 and zinc 2024: less than half and twice the tonnes per dollar of the
 * other years). A pair without tonnes becomes a {@link DataGap} holding its value.
 *
 * <p>Source: CEPII BACI (Gaulier and Zignago 2010), built from UN Comtrade; Etalab Open Licence 2.0.
 * Running time: linear in the file size. This class is stateless and thread-safe.
 */
public final class BaciHs22TopFlowsImporter {
    /** The edition put in provenance: the nomenclature, the release and the cut-off. */
    public static final String EDITION = "HS22 V202601, top 200 pairs per HS4";

    private static final SortedMap<String, HsCode> CODES = codesTable();
    private static final String NO_REFINING_TABLE = "the dataset has no refinery production of this metal to set "
            + "its trade against (USGS gives mine production), and a trade table alone would read as all imports";
    private static final SortedMap<String, String> UNMAPPED = ImmutableSortedMap.<String, String>naturalOrder()
            .put("2606", "BACI HS22 bauxite tonnes for 2023 are less than half the tonnes per dollar of 2022 and 2024; the complete HS17 2024 extract holds bauxite")
            .put("2701", "coal has no mineral id")
            .put("2709", "crude oil has no mineral id")
            .put("2710", "refined petroleum has no mineral id")
            .put("2711", "petroleum gas has no mineral id")
            .put("3104", "potassic fertilisers weigh products (with chemical fertilisers), not K2O")
            .put("7108", "gold bullion trade is mostly investment and re-export, not supply; no gold refining in the model")
            .put("7202", "ferro-alloys are lumped into one heading: no single mineral")
            .put("7801", NO_REFINING_TABLE)
            .put("7901", "BACI HS22 zinc tonnes for 2024 are twice the tonnes per dollar of 2022 and 2023")
            .put("8001", NO_REFINING_TABLE)
            .build();

    private BaciHs22TopFlowsImporter() {}

    /** Returns the four-digit HS 2022 headings the importer maps, by heading. */
    public static SortedMap<String, HsCode> codes() {
        return CODES;
    }

    /** Returns the mapping of heading {@code hs4}, if the importer maps it. */
    public static Optional<HsCode> code(String hs4) {
        return Optional.ofNullable(CODES.get(hs4));
    }

    /** Reads the JSON at {@code path} (plain or gzipped). */
    public static ImportResult read(Path path) {
        return TextFile.read(path, BaciHs22TopFlowsImporter::read);
    }

    /**
     * Reads the JSON from {@code in}; {@code sourceName} names it in errors and results. Skipped pairs are
     * numbered in file order (the {@code line} of a {@link org.msp.data.SkippedRow} is the pair's position,
     * 1-based, over all commodities and years).
     *
     * @throws DataFileException naming the JSON path and field of malformed JSON, a missing member, an
     *     unknown country code, a bad number or year
     */
    public static ImportResult read(InputStream in, String sourceName) {
        Checks.notNull(in, "BaciHs22TopFlowsImporter", "in");
        Checks.notNull(sourceName, "BaciHs22TopFlowsImporter", "sourceName");
        JsonNode root = JsonFile.read(in, sourceName);
        if (root == null || !root.isObject()) {
            throw Problems.single(sourceName, "$", "", "expected a JSON object");
        }
        JsonNode commodities = member(sourceName, root.path("meta"), "$.meta", "commodities");
        Map<String, String> hs4 = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (int i = 0; i < commodities.size(); i++) {
            JsonNode c = commodities.get(i);
            String loc = "$.meta.commodities[" + i + "]";
            String id = text(sourceName, c, loc, "id");
            String h = text(sourceName, c, loc, "hs4");
            if (!h.matches("\\d{4}")) {
                throw Problems.single(sourceName, loc, "hs4", "not a four-digit heading: '" + h + "'");
            }
            hs4.put(id, h);
            labels.put(id, c.path("label").asText(id));
        }
        JsonNode totals = member(sourceName, root, "$", "totals");
        JsonNode flows = member(sourceName, root, "$", "flows");
        ResultBuilder out = new ResultBuilder(sourceName);
        Set<String> seen = new HashSet<>();
        int line = 0;
        for (Iterator<String> ids = flows.fieldNames(); ids.hasNext();) {
            String id = ids.next();
            String loc0 = "$.flows." + id;
            String h = hs4.get(id);
            if (h == null) {
                throw Problems.single(sourceName, loc0, "", "commodity '" + id + "' is not in $.meta.commodities");
            }
            HsCode code = CODES.get(h);
            JsonNode years = flows.get(id);
            if (!years.isObject()) {
                throw Problems.single(sourceName, loc0, "", "expected an object of years");
            }
            for (Iterator<String> ys = years.fieldNames(); ys.hasNext();) {
                String y = ys.next();
                String loc1 = loc0 + "." + y;
                JsonNode list = years.get(y);
                if (!list.isArray()) {
                    throw Problems.single(sourceName, loc1, "", "expected an array of pairs");
                }
                int year = BaciRows.yearAt(sourceName, loc1, y);
                List<int[]> lines = new ArrayList<>();
                double shown = 0;
                for (int i = 0; i < list.size(); i++) {
                    line++;
                    out.read(line);
                    lines.add(new int[] {line, i});
                    shown += value(sourceName, list.get(i), loc1 + "[" + i + "]", "v").orElse(0);
                }
                if (code == null) {
                    for (int[] l : lines) {
                        JsonNode f = list.get(l[1]);
                        out.skip(l[0], "HS4 " + h + " " + f.path("e").asText() + " -> " + f.path("i").asText() + " "
                                + year, "HS4 " + h + " (" + labels.get(id) + ") is not mapped: "
                                        + (UNMAPPED.getOrDefault(h, "").isEmpty() ? "no mineral id" : UNMAPPED.get(h)));
                    }
                    continue;
                }
                JsonNode total = totals.path(id).path(y);
                String tloc = "$.totals." + id + "." + y;
                double totalValue = value(sourceName, total, tloc, "value_usd").orElseThrow(() -> Problems.single(
                        sourceName, tloc, "value_usd", "missing: the full total is needed to state the coverage"));
                int pairs = total.path("pairs").isInt() ? total.path("pairs").asInt() : -1;
                String partial = String.format(Locale.ROOT, "partial: the %d largest pairs by value, %.1f%% of the "
                        + "value of all %s pairs in %d (BACI full total USD %.0f); HS 2022 nomenclature, "
                        + "subheadings summed to the heading", list.size(),
                        totalValue > 0 ? 100 * shown / totalValue : 100.0, pairs < 0 ? "the" : Integer.toString(pairs),
                        year, totalValue);
                String table = "HS4 " + h + " (" + labels.get(id) + "), top " + list.size() + " pairs";
                for (int[] l : lines) {
                    JsonNode f = list.get(l[1]);
                    String loc = loc1 + "[" + l[1] + "]";
                    String e = text(sourceName, f, loc, "e");
                    String i = text(sourceName, f, loc, "i");
                    String what = "HS4 " + h + " " + e + " -> " + i + " " + year;
                    ResolvedName from = BaciRows.countryAt(sourceName, loc, "e", e);
                    ResolvedName to = BaciRows.countryAt(sourceName, loc, "i", i);
                    if (!from.isCountry() || !to.isCountry()) {
                        out.skip(l[0], what, "not a country: " + (from.isCountry() ? to : from));
                        continue;
                    }
                    String a = from.iso3().orElseThrow();
                    String b = to.iso3().orElseThrow();
                    if (a.equals(b)) {
                        out.skip(l[0], what, "exporter and importer are the same country after mapping");
                        continue;
                    }
                    if (!seen.add(a + "|" + b + "|" + h + "|" + year)) {
                        out.skip(l[0], what, "a second pair " + a + " -> " + b + " for HS4 " + h + " " + year);
                        continue;
                    }
                    double valueUsd = value(sourceName, f, loc, "v").orElseThrow(() -> Problems.single(sourceName,
                            loc, "v", "missing value"));
                    OptionalDouble tonnes = value(sourceName, f, loc, "w");
                    String note = BaciRows.note(partial, code, from, to);
                    Provenance p = new Provenance(BaciImporter.SOURCE, EDITION, table, BaciImporter.LICENCE, note);
                    if (tonnes.isEmpty()) {
                        out.gaps.add(new DataGap(Actor.country(a), code.mineral(), code.stage(), year,
                                "export_tonnes_to_" + b, GapKind.NOT_AVAILABLE, p.withNote(note + "; "
                                        + String.format(Locale.ROOT, "tonnes not given, value USD %.0f", valueUsd))));
                    } else {
                        out.flows.add(new Flow(Actor.country(a), Actor.country(b), code.mineral(), code.stage(), year,
                                new Quantity(tonnes.getAsDouble(), code.basis()), OptionalDouble.of(valueUsd),
                                FlowOrigin.REPORTED, p));
                    }
                    out.used(l[0]);
                }
            }
        }
        return out.build();
    }

    private static JsonNode member(String file, JsonNode node, String loc, String name) {
        JsonNode m = node == null ? null : node.get(name);
        if (m == null || !(m.isObject() || m.isArray())) {
            throw Problems.single(file, loc, name, "missing or not an object or array");
        }
        return m;
    }

    private static String text(String file, JsonNode node, String loc, String name) {
        JsonNode m = node.get(name);
        if (m == null || !m.isTextual() || m.asText().isBlank()) {
            throw Problems.single(file, loc, name, "missing or not a text");
        }
        return m.asText();
    }

    /** Returns a non-negative finite number member, empty if absent or null; throws for anything else. */
    private static OptionalDouble value(String file, JsonNode node, String loc, String name) {
        JsonNode m = node.get(name);
        if (m == null || m.isNull()) {
            return OptionalDouble.empty();
        }
        double v = m.asDouble(Double.NaN);
        if (!m.isNumber() || !(v >= 0) || Double.isInfinite(v)) {
            throw Problems.single(file, loc, name, "not a non-negative number: '" + m + "'");
        }
        return OptionalDouble.of(v);
    }

    private static SortedMap<String, HsCode> codesTable() {
        ImmutableSortedMap.Builder<String, HsCode> b = ImmutableSortedMap.naturalOrder();
        add(b, "2601", "iron-ore", Stage.MINING, Basis.GROSS_WEIGHT, "dominant",
                "iron ores and concentrates incl. roasted pyrites; gross weight of ore");
        add(b, "2603", "copper", Stage.MINING, Basis.GROSS_WEIGHT, "exact",
                "copper ores and concentrates (one subheading, 260300); gross weight of concentrate, not copper content");
        add(b, "7403", "copper", Stage.REFINING, Basis.CONTENT, "dominant",
                "refined copper (cathodes, wire bars, billets) with unwrought copper alloys");
        add(b, "7502", "nickel", Stage.REFINING, Basis.CONTENT, "dominant",
                "unwrought nickel, not alloyed (750210) with nickel alloys (750220)");
        add(b, "7601", "aluminum", Stage.REFINING, Basis.CONTENT, "dominant",
                "unwrought aluminium, not alloyed and alloys");
        return b.build();
    }

    private static void add(ImmutableSortedMap.Builder<String, HsCode> b, String hs4, String mineral, Stage stage,
            Basis basis, String match, String caveat) {
        b.put(hs4, new HsCode(hs4, mineral, stage, basis, match, caveat));
    }
}
