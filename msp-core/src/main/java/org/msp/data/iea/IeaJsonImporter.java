package org.msp.data.iea;

import org.msp.data.CountryNames;
import org.msp.data.ImportResult;
import org.msp.data.NameKind;
import org.msp.data.ReportedTotal;
import org.msp.data.ResolvedName;
import org.msp.data.internal.Problems;
import org.msp.data.internal.ResultBuilder;
import org.msp.data.internal.JsonFile;
import org.msp.data.internal.TextFile;
import org.msp.internal.Checks;
import org.msp.io.DataFileException;
import org.msp.model.Actor;
import org.msp.model.Basis;
import org.msp.model.Demand;
import org.msp.model.MassUnit;
import org.msp.model.Minerals;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;
import org.msp.model.Quantity;
import org.msp.model.Stage;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the IEA Critical Minerals Data Explorer of May 2025 (base year 2024) in the JSON form of the
 * committed file {@code iea-2025/iea_cmde_2025_edition_base2024.json}, a conversion of the IEA workbook:
 * mining and refining output by country, and world demand by sector and scenario.
 *
 * <p><b>Supply</b> ({@code supply}: copper, cobalt, lithium, nickel, graphite and magnet rare earths): kt by
 * country for 2024 ({@link Qualifier#REPORTED}) and the 2030, 2035 and 2040 base case
 * ({@link Qualifier#PROJECTED}), as {@link Production}s of edition {@value #EDITION}; "Rest of world" and the
 * {@code total} of each table are {@link ReportedTotal}s; the published {@code top3Share} is skipped (the
 * library computes shares). The conversion labels the magnet rare earth table "Rare Earth Elements": it is
 * read as {@code magnet-rare-earths} (neodymium, praseodymium, dysprosium and terbium), as the May 2024
 * edition names it; lithium refining is lithium chemicals, graphite mining natural graphite and graphite
 * refining battery-grade graphite (natural and synthetic), as in the May 2024 edition. Keys that are not
 * countries and carry no figure (the conversion parsed two note lines of the rare-earth sheet as country
 * names) are skipped with the reason. A {@code null} figure is skipped, never read as zero.
 *
 * <p><b>Demand</b> ({@code totalDemand}, {@code cleantechByMineral}, {@code cleantechByTech},
 * {@code byTechnology}): world {@link Demand}s ({@link Demand#WORLD}) in kt, for 2024 (observed, no scenario)
 * and 2030–2050 under the IEA's Stated Policies ({@code steps}), Announced Pledges ({@code aps}) and Net Zero
 * Emissions by 2050 ({@code nze}) scenarios. {@code totalDemand} gives the six minerals' total demand (no
 * sector), their clean-technology ({@code clean-technologies}) and other ({@code other-uses}) demand and one
 * figure per technology ({@code electric-vehicles}, {@code solar-pv} ...); {@code cleantechByMineral} gives
 * clean-technology demand for 38 minerals; the two by-technology sections give the technologies' shares of
 * it. A figure the file gives twice (the same mineral, year, scenario and sector in two sections) is kept
 * once, from the first section read in that order; the repeat is skipped and says whether it was equal.
 * Published shares ({@code cleanShare}), the sums of other rows ({@code Total REE}, "Total EV" ...) and
 * battery-grade graphite (a product, not a mineral of the catalogue) are skipped with the reason.
 *
 * <p>Every figure of the file is either imported, kept as a total or skipped with a reason; skipped figures
 * name their JSON path ({@link org.msp.data.SkippedRow#line()} is 0). Source: IEA (2025), Critical Minerals
 * Data Explorer, IEA, Paris; licence CC BY 4.0. Running time: linear in the file size. This class is stateless
 * and thread-safe.
 */
public final class IeaJsonImporter {
    /** The source name used in provenance: the same as the May 2024 edition's, so that editions compete. */
    public static final String SOURCE = IeaImporter.SOURCE;
    /** The edition of the committed file. */
    public static final String EDITION = "May 2025";
    /** The licence. */
    public static final String LICENCE = IeaImporter.LICENCE;
    /** The base year of the May 2025 edition; later years are projections. */
    public static final int BASE_YEAR = 2024;
    /** The scenario ids, as {@link Demand#scenario()} holds them, keyed by the IEA's abbreviation. */
    public static final Map<String, String> SCENARIOS = ImmutableSortedMap.of("APS", "aps", "NZE", "nze",
            "STEPS", "steps");
    /** The sector id of clean-technology demand. */
    public static final String CLEAN_TECHNOLOGIES = "clean-technologies";
    /** The sector id of demand outside clean technologies. */
    public static final String OTHER_USES = "other-uses";

    /** The minerals of the supply and total-demand tables. */
    private static final Map<String, String> KEY_MINERALS = ImmutableSortedMap.<String, String>naturalOrder()
            .put("Copper", "copper").put("Cobalt", "cobalt").put("Lithium", "lithium").put("Nickel", "nickel")
            .put("Graphite", "graphite").put("Rare Earth Elements", "magnet-rare-earths").build();
    private static final List<String> SECTIONS = List.of("source", "supply", "totalDemand", "cleantechByMineral",
            "cleantechByTech", "byTechnology");

    /**
     * What the file gives: the supply tables as an {@link ImportResult} (productions, totals, and every skipped
     * figure of the whole file), and the world demand figures.
     *
     * @param imported productions, reported totals and skipped figures
     * @param demands  world demand figures, in file order
     */
    public record Result(ImportResult imported, List<Demand> demands) {
        public Result {
            Checks.notNull(imported, "IeaJsonImporter.Result", "imported");
            demands = ImmutableList.copyOf(demands);
        }

        /** Returns one line of counts. */
        @Override
        public String toString() {
            return "IeaJsonImporter.Result[" + imported + ", " + demands.size() + " demands]";
        }
    }

    private IeaJsonImporter() {}

    /** Reads the JSON at {@code path} (plain or gzipped). */
    public static Result read(Path path) {
        return TextFile.read(path, IeaJsonImporter::read);
    }

    /**
     * Reads the JSON from {@code in}; {@code sourceName} names it in errors and results.
     *
     * @throws DataFileException naming the JSON path and field of malformed JSON, an unknown section, mineral,
     *     stage, scenario or country name, a year out of range, a figure that is not a finite non-negative number,
     *     or a second figure for one country
     */
    public static Result read(InputStream in, String sourceName) {
        Checks.notNull(in, "IeaJsonImporter", "in");
        Checks.notNull(sourceName, "IeaJsonImporter", "sourceName");
        JsonNode root = JsonFile.read(in, sourceName);
        Reader r = new Reader(sourceName);
        r.object(root, "$", "");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!SECTIONS.contains(f)) {
                throw Problems.single(sourceName, "$", f, "unknown section '" + f + "'; expected " + SECTIONS);
            }
        }
        r.supply(root.get("supply"));
        r.totalDemand(root.get("totalDemand"));
        r.cleantechByMineral(root.get("cleantechByMineral"));
        r.byTechnology(root.get("cleantechByTech"), "cleantechByTech", false);
        r.byTechnology(root.get("byTechnology"), "byTechnology", true);
        return new Result(r.out.build(), r.demands);
    }

    /** The state of one read. */
    private static final class Reader {
        final String file;
        final ResultBuilder out;
        final List<Demand> demands = new ArrayList<>();
        /** First demand figure per mineral, year, scenario and sector, with the path it came from. */
        final Map<String, Map.Entry<Demand, String>> firstDemand = new HashMap<>();

        Reader(String file) {
            this.file = file;
            this.out = new ResultBuilder(file);
        }

        // ------------------------------------------------------------ supply

        void supply(JsonNode supply) {
            if (supply == null) {
                return;
            }
            object(supply, "$", "supply");
            for (Map.Entry<String, JsonNode> m : fields(supply)) {
                String loc = "$.supply";
                String mineral = keyMineral(m.getKey(), loc);
                object(m.getValue(), loc, m.getKey());
                for (Map.Entry<String, JsonNode> s : fields(m.getValue())) {
                    String sloc = loc + "." + m.getKey();
                    Stage stage = switch (s.getKey()) {
                        case "mining" -> Stage.MINING;
                        case "refining" -> Stage.REFINING;
                        default -> throw Problems.single(file, sloc, s.getKey(), "unknown stage '" + s.getKey()
                                + "'; expected mining or refining");
                    };
                    table(m.getKey(), mineral, stage, s.getValue(), sloc + "." + s.getKey());
                }
            }
        }

        private void table(String label, String mineral, Stage stage, JsonNode t, String loc) {
            object(t, loc, "");
            Provenance base = new Provenance(SOURCE, EDITION, "supply: " + label + ", " + stage.id(), LICENCE, "");
            String stageNote = stageNote(mineral, stage);
            Map<String, Integer> seen = new HashMap<>();
            for (Map.Entry<String, JsonNode> part : fields(t)) {
                String ploc = loc + "." + part.getKey();
                switch (part.getKey()) {
                    case "countries" -> {
                        object(part.getValue(), loc, "countries");
                        for (Map.Entry<String, JsonNode> c : fields(part.getValue())) {
                            country(mineral, stage, c.getKey(), c.getValue(), ploc, base, stageNote, seen);
                        }
                    }
                    case "total" -> {
                        Map<Integer, Optional<Double>> series = years(part.getValue(), ploc);
                        series.forEach((year, v) -> {
                            String what = label + " / " + stage.id() + " / total / " + year;
                            if (v.isEmpty()) {
                                out.skip(0, what, "null figure at " + ploc + "." + year + ": no total, not zero");
                            } else {
                                out.totals.add(new ReportedTotal(mineral, stage, year, NameKind.WORLD_TOTAL,
                                        kt(v.get(), ploc + "." + year), qualifier(year),
                                        withNote(base, year, stageNote, "")));
                            }
                        });
                    }
                    case "top3Share" -> years(part.getValue(), ploc).keySet().forEach(year -> out.skip(0,
                            label + " / " + stage.id() + " / top3Share / " + year,
                            "published share; the library computes shares from the figures"));
                    default -> throw Problems.single(file, loc, part.getKey(), "unknown field '" + part.getKey()
                            + "'; expected countries, total, top3Share");
                }
            }
        }

        private void country(String mineral, Stage stage, String name, JsonNode seriesNode, String loc,
                Provenance base, String stageNote, Map<String, Integer> seen) {
            String cloc = loc + "." + name;
            Map<Integer, Optional<Double>> series = years(seriesNode, cloc);
            boolean noFigure = series.values().stream().allMatch(Optional::isEmpty);
            Optional<ResolvedName> resolved = CountryNames.resolve(name);
            String label = base.table().substring("supply: ".length());
            if (noFigure && (resolved.isEmpty() || resolved.get().kind() == NameKind.AGGREGATE)) {
                String what = label + " / '" + abbreviate(name) + "'";
                series.keySet().forEach(year -> out.skip(0, what + " / " + year, "not a country: a note line the "
                        + "conversion parsed into the table as a country name, with no figure"));
                return;
            }
            ResolvedName n = resolved.orElseThrow(() -> Problems.single(file, loc, abbreviate(name),
                    "unknown country name '" + abbreviate(name) + "'"));
            for (Map.Entry<Integer, Optional<Double>> e : series.entrySet()) {
                int year = e.getKey();
                String what = label + " / " + abbreviate(name) + " / " + year;
                if (e.getValue().isEmpty()) {
                    out.skip(0, what, "null figure at " + cloc + "." + year + ": no figure, not zero");
                    continue;
                }
                Quantity q = kt(e.getValue().get(), cloc + "." + year);
                Provenance p = withNote(base, year, stageNote, n.remark());
                if (n.isCountry()) {
                    String key = n.iso3().orElseThrow() + "|" + year;
                    if (seen.putIfAbsent(key, 1) != null) {
                        throw Problems.single(file, cloc, String.valueOf(year), "a second figure for "
                                + n.iso3().orElseThrow() + " " + mineral + "/" + stage.id() + " " + year);
                    }
                    out.productions.add(new Production(Actor.country(n.iso3().orElseThrow()), mineral, stage, year,
                            q, qualifier(year), p));
                } else if (n.kind() == NameKind.AGGREGATE) {
                    out.skip(0, what, "'" + abbreviate(name) + "' is not a country (" + n.remark() + ")");
                } else {
                    out.totals.add(new ReportedTotal(mineral, stage, year, n.kind(), q, qualifier(year), p));
                }
            }
        }

        private static String stageNote(String mineral, Stage stage) {
            return switch (mineral + "/" + stage.id()) {
                case "lithium/refining" -> "IEA lithium refining: lithium chemicals";
                case "graphite/mining" -> "IEA graphite mining: natural graphite only";
                case "graphite/refining" -> "IEA graphite refining: battery-grade graphite (natural and synthetic)";
                case "magnet-rare-earths/mining", "magnet-rare-earths/refining" ->
                        "the conversion's 'Rare Earth Elements': the IEA's magnet rare earth elements (Nd, Pr, Dy, Tb)";
                default -> "";
            };
        }

        private static Provenance withNote(Provenance base, int year, String stageNote, String remark) {
            String note = year > BASE_YEAR ? join("base-case projection", stageNote) : stageNote;
            return new Provenance(base.source(), base.edition(), base.table(), base.licence(), join(note, remark));
        }

        private static Qualifier qualifier(int year) {
            return year > BASE_YEAR ? Qualifier.PROJECTED : Qualifier.REPORTED;
        }

        // ------------------------------------------------------------ demand

        void totalDemand(JsonNode td) {
            if (td == null) {
                return;
            }
            object(td, "$", "totalDemand");
            for (Map.Entry<String, JsonNode> m : fields(td)) {
                String loc = "$.totalDemand";
                String mineral = keyMineral(m.getKey(), loc);
                String mloc = loc + "." + m.getKey();
                object(m.getValue(), loc, m.getKey());
                String table = "totalDemand: " + m.getKey();
                for (Map.Entry<String, JsonNode> part : fields(m.getValue())) {
                    String ploc = mloc + "." + part.getKey();
                    switch (part.getKey()) {
                        case "sectors" -> {
                            object(part.getValue(), mloc, "sectors");
                            for (Map.Entry<String, JsonNode> s : fields(part.getValue())) {
                                demandSeries(mineral, Optional.of(sectorId(s.getKey(), ploc)), s.getValue(),
                                        ploc + "." + s.getKey(), table, "IEA sector '" + s.getKey() + "'");
                            }
                        }
                        case "totalClean" -> demandSeries(mineral, Optional.of(CLEAN_TECHNOLOGIES), part.getValue(),
                                ploc, table, "IEA total clean technologies");
                        case "otherUses" -> demandSeries(mineral, Optional.of(OTHER_USES), part.getValue(), ploc,
                                table, "IEA other uses");
                        case "totalDemand" -> demandSeries(mineral, Optional.empty(), part.getValue(), ploc, table,
                                "IEA total demand");
                        case "cleanShare" -> scenarioSeries(part.getValue(), ploc).forEach((k, v) -> out.skip(0,
                                ploc + "." + k, "published share of clean technologies; the library computes it "
                                        + "from the figures"));
                        default -> throw Problems.single(file, mloc, part.getKey(), "unknown field '"
                                + part.getKey() + "'; expected sectors, totalClean, otherUses, totalDemand, cleanShare");
                    }
                }
            }
        }

        void cleantechByMineral(JsonNode cm) {
            if (cm == null) {
                return;
            }
            object(cm, "$", "cleantechByMineral");
            for (Map.Entry<String, JsonNode> m : fields(cm)) {
                String loc = "$.cleantechByMineral." + m.getKey();
                Optional<String> mineral = catalogueMineral(m.getKey(), loc, loc, m.getValue());
                if (mineral.isEmpty()) {
                    continue;
                }
                demandSeries(mineral.get(), Optional.of(CLEAN_TECHNOLOGIES), m.getValue(), loc,
                        "cleantechByMineral: " + m.getKey(), "IEA clean-technology demand");
            }
        }

        /**
         * Reads {@code cleantechByTech} (mineral, then {@code sectors} by technology and {@code total}) or, with
         * {@code byTechnologyFirst}, {@code byTechnology} (technology, then {@code minerals}).
         */
        void byTechnology(JsonNode section, String name, boolean byTechnologyFirst) {
            if (section == null) {
                return;
            }
            object(section, "$", name);
            for (Map.Entry<String, JsonNode> outer : fields(section)) {
                String loc = "$." + name + "." + outer.getKey();
                object(outer.getValue(), "$." + name, outer.getKey());
                for (Map.Entry<String, JsonNode> part : fields(outer.getValue())) {
                    String ploc = loc + "." + part.getKey();
                    String expected = byTechnologyFirst ? "minerals" : "sectors";
                    if (!byTechnologyFirst && part.getKey().equals("total")) {
                        Optional<String> mineral = catalogueMineral(outer.getKey(), loc, ploc, part.getValue());
                        if (mineral.isPresent()) {
                            demandSeries(mineral.get(), Optional.of(CLEAN_TECHNOLOGIES), part.getValue(), ploc,
                                    name + ": " + outer.getKey(), "IEA clean-technology demand");
                        }
                        continue;
                    }
                    if (!part.getKey().equals(expected)) {
                        throw Problems.single(file, loc, part.getKey(), "unknown field '" + part.getKey()
                                + "'; expected " + expected + (byTechnologyFirst ? "" : " or total"));
                    }
                    object(part.getValue(), loc, expected);
                    for (Map.Entry<String, JsonNode> inner : fields(part.getValue())) {
                        String iloc = ploc + "." + inner.getKey();
                        String technology = byTechnologyFirst ? outer.getKey() : inner.getKey();
                        String mineralName = byTechnologyFirst ? inner.getKey() : outer.getKey();
                        if (byTechnologyFirst && mineralName.startsWith("Total ")) {
                            scenarioSeries(inner.getValue(), iloc).forEach((k, v) -> out.skip(0, iloc + "." + k,
                                    "sum over the minerals of the technology; the library keeps the minerals"));
                            continue;
                        }
                        Optional<String> mineral = catalogueMineral(mineralName, byTechnologyFirst ? ploc : loc, iloc,
                                inner.getValue());
                        if (mineral.isEmpty()) {
                            continue;
                        }
                        demandSeries(mineral.get(), Optional.of(sectorId(technology, iloc)), inner.getValue(), iloc,
                                name + ": " + outer.getKey(), "IEA technology '" + technology + "'");
                    }
                }
            }
        }

        /**
         * Returns the catalogue id of a clean-technology mineral name, or empty after skipping the series at
         * {@code seriesLoc} with the reason (sums and products that are not minerals).
         */
        private Optional<String> catalogueMineral(String name, String loc, String seriesLoc, JsonNode series) {
            String reason = switch (name) {
                case "Total REE" -> "sum of the rare-earth rows (neodymium, praseodymium, dysprosium, terbium, "
                        + "yttrium, lanthanum); the library keeps the elements";
                case "Battery-grade graphite" -> "battery-grade graphite is a product of natural and synthetic "
                        + "graphite with no mineral id; graphite demand is imported from totalDemand";
                default -> null;
            };
            if (reason != null) {
                scenarioSeries(series, seriesLoc).forEach((k, v) -> out.skip(0, seriesLoc + "." + k, reason));
                return Optional.empty();
            }
            String id = switch (name) {
                case "PGMs" -> "platinum-group-metals";
                case "Rare Earth Elements" -> "magnet-rare-earths";
                default -> name.toLowerCase(Locale.ROOT);
            };
            if (Minerals.find(id).isEmpty()) {
                throw Problems.single(file, loc, abbreviate(name), "unknown mineral '" + abbreviate(name) + "'");
            }
            return Optional.of(id);
        }

        private void demandSeries(String mineral, Optional<String> sector, JsonNode series, String loc, String table,
                String note) {
            scenarioSeries(series, loc).forEach((key, value) -> {
                String where = loc + "." + key;
                if (value.isEmpty()) {
                    out.skip(0, where, "null figure: no demand figure, not zero");
                    return;
                }
                int year = key.year;
                Optional<String> scenario = key.scenario.map(SCENARIOS::get);
                String n = join(note, scenario.map(s -> key.scenario.get() + " projection").orElse(""));
                Demand d = new Demand(Demand.WORLD, mineral, year, kt(value.get(), where),
                        new Provenance(SOURCE, EDITION, table, LICENCE, n), scenario, sector);
                String k = mineral + "|" + year + "|" + scenario.orElse("") + "|" + sector.orElse("");
                Map.Entry<Demand, String> first = firstDemand.get(k);
                if (first != null) {
                    double a = first.getKey().quantity().tonnes();
                    double b = d.quantity().tonnes();
                    boolean equal = Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
                    out.skip(0, where, equal ? "repeats " + first.getValue() + " (the same figure)"
                            : String.format(Locale.ROOT, "differs from %s (%s vs %s kt); the first section read is "
                                    + "kept", first.getValue(), fmt(a / 1000), fmt(b / 1000)));
                    return;
                }
                firstDemand.put(k, Map.entry(d, where));
                demands.add(d);
            });
        }

        // ------------------------------------------------------------ series

        /** A key of a demand series: an observed year, or a scenario and a year. */
        private record SeriesKey(Optional<String> scenario, int year) {
            @Override
            public String toString() {
                return scenario.map(s -> s + "." + year).orElse(String.valueOf(year));
            }
        }

        /** Reads {@code {"2024": x, "STEPS": {"2030": y, ...}, ...}} in file order. */
        private Map<SeriesKey, Optional<Double>> scenarioSeries(JsonNode series, String loc) {
            object(series, loc, "");
            Map<SeriesKey, Optional<Double>> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : fields(series)) {
                if (SCENARIOS.containsKey(e.getKey())) {
                    years(e.getValue(), loc + "." + e.getKey()).forEach((y, v) ->
                            m.put(new SeriesKey(Optional.of(e.getKey()), y), v));
                } else {
                    int y = year(e.getKey(), loc);
                    if (m.put(new SeriesKey(Optional.empty(), y), number(e.getValue(), loc, e.getKey())) != null) {
                        throw Problems.single(file, loc, abbreviate(e.getKey()), "a second figure for " + y);
                    }
                }
            }
            return m;
        }

        /** Reads {@code {"2024": x, "2030": y, ...}} in file order; a {@code null} figure is empty. */
        private Map<Integer, Optional<Double>> years(JsonNode series, String loc) {
            object(series, loc, "");
            Map<Integer, Optional<Double>> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : fields(series)) {
                int y = year(e.getKey(), loc);
                if (m.put(y, number(e.getValue(), loc, e.getKey())) != null) {
                    throw Problems.single(file, loc, abbreviate(e.getKey()), "a second figure for " + y);
                }
            }
            return m;
        }

        private int year(String key, String loc) {
            int y;
            try {
                y = Checks.year(Integer.parseInt(key), "IeaJsonImporter", "year");
            } catch (IllegalArgumentException e) {
                throw Problems.single(file, loc, abbreviate(key), "not a year or scenario: '" + abbreviate(key)
                        + "'; expected a year or one of " + SCENARIOS.keySet());
            }
            if (y < BASE_YEAR) {
                throw Problems.single(file, loc, abbreviate(key), "year " + y + " is before the base year "
                        + BASE_YEAR + " of the " + EDITION + " edition");
            }
            return y;
        }

        private Optional<Double> number(JsonNode v, String loc, String field) {
            if (v == null || v.isNull()) {
                return Optional.empty();
            }
            if (!v.isNumber()) {
                throw Problems.single(file, loc, field, "not a number: " + abbreviate(v.toString()));
            }
            double d = v.asDouble();
            if (!Double.isFinite(d) || d < 0) {
                throw Problems.single(file, loc, field, (d < 0 ? "negative: " : "not a finite number: ")
                        + abbreviate(v.toString()));
            }
            return Optional.of(d);
        }

        private Quantity kt(double value, String loc) {
            try {
                return Quantity.of(value, MassUnit.KILOTONNE, Basis.CONTENT);
            } catch (IllegalArgumentException e) {
                // finite in kt but not once converted to tonnes
                int dot = loc.lastIndexOf('.');
                throw Problems.single(file, loc.substring(0, dot), loc.substring(dot + 1), e.getMessage());
            }
        }

        private String keyMineral(String name, String loc) {
            String id = KEY_MINERALS.get(name);
            if (id == null) {
                throw Problems.single(file, loc, abbreviate(name), "unknown mineral '" + abbreviate(name)
                        + "'; expected one of " + KEY_MINERALS.keySet());
            }
            return id;
        }

        private String sectorId(String label, String loc) {
            String id = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (id.isEmpty()) {
                throw Problems.single(file, loc, abbreviate(label), "a sector name without letters or digits");
            }
            return id;
        }

        void object(JsonNode n, String loc, String field) {
            if (n == null || !n.isObject()) {
                throw Problems.single(file, loc, field, "expected an object, found "
                        + (n == null ? "nothing" : abbreviate(n.toString())));
            }
        }
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode n) {
        List<Map.Entry<String, JsonNode>> l = new ArrayList<>();
        n.fields().forEachRemaining(l::add);
        return l;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static String fmt(double kt) {
        return String.format(Locale.ROOT, "%.6g", kt);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }
}
