package org.msp.data.usgs;

import org.msp.data.CountryNames;
import org.msp.data.ImportResult;
import org.msp.data.NameKind;
import org.msp.data.ReportedTotal;
import org.msp.data.ResolvedName;
import org.msp.data.internal.Csv;
import org.msp.data.internal.Problems;
import org.msp.data.internal.ResultBuilder;
import org.msp.data.internal.TextFile;
import org.msp.data.internal.Values;
import org.msp.internal.Checks;
import org.msp.io.DataFileException;
import org.msp.model.Actor;
import org.msp.model.Basis;
import org.msp.model.DataGap;
import org.msp.model.ImportReliance;
import org.msp.model.ImportSource;
import org.msp.model.MassUnit;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;
import org.msp.model.Quantity;
import org.msp.model.Reserve;
import org.msp.model.Stage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the USGS Mineral Commodity Summaries (MCS) data releases: the MCS 2026 single CSV (world
 * production and reserves by country for data years 2024–2025, U.S. net import reliance 2021–2025,
 * U.S. import sources 2021–24, and U.S. consumption, stocks and prices 2021–2025, see
 * {@link McsSalientStatistics}) and the per-commodity world and salient CSVs of MCS 2023 and 2024 (world
 * production 2021–2023, reserves, U.S. net import reliance 2018–2023).
 *
 * <p>What the real files contain, and how it is read: Windows-1252 (MCS 2026) or UTF-8 with a byte-order
 * mark (2023/2024), detected from the bytes; thousands separators ({@code "226,000"}); footnote markers
 * glued to names ({@code "New Caledonia11"}; {@code "Japane"} is Japan, estimated) resolved by
 * {@link CountryNames}; {@code W} (withheld) and {@code NA}, {@code s}, {@code XX} become
 * {@link DataGap}s; {@code —}/{@code --} is zero (MCS 2026 metadata: "— - zero"); bounds ({@code ">50"},
 * {@code "<25"}) become {@link Qualifier#LOWER_BOUND}/{@link Qualifier#UPPER_BOUND}; {@code E} is
 * {@link Qualifier#NET_EXPORTER}; units are read per row (MCS 2026 "Unit") or from the column name
 * ({@code Prod_kt_2022}). Each statistic is mapped to a mineral, stage and basis by its label (see
 * {@code McsChapters}), and the label is kept in {@link Provenance#table()}. Totals ("World total",
 * "Other countries") are returned as {@link ReportedTotal}s, never as countries. Every row read that gives
 * no record is returned as a {@link org.msp.data.SkippedRow} with its reason.
 *
 * <p>Errors name the file, line and field: an unknown country name, a unit that is no mass or that
 * differs within one table, a missing column, a truncated quoted field, bytes that are neither UTF-8 nor
 * Windows-1252. They are thrown as {@link DataFileException}.
 *
 * <p>Source: U.S. Geological Survey, National Minerals Information Center, Mineral Commodity Summaries
 * 2026 Data Release (doi:10.5066/P1WKQ63T), 2024 (doi:10.5066/P144BA54), 2023 (doi:10.5066/P9WCYUI6);
 * public domain. Running time: linear in the file size. This class is stateless and thread-safe.
 */
public final class McsImporter {
    /** The source name used in provenance. */
    public static final String SOURCE = "USGS Mineral Commodity Summaries";
    /** The licence of MCS 2026 data, as its metadata states it. */
    public static final String LICENCE_2026 = "Public domain (CC0 1.0)";
    /** The licence of MCS 2023 and 2024 data. */
    public static final String LICENCE = "Public domain (U.S. Government work)";

    private static final List<String> MCS2026_HEADER = List.of("MCS chapter", "Section", "Commodity", "Country",
            "Statistics", "Statistics_detail", "Unit", "Year", "Value", "Notes", "Is critical mineral 2025",
            "Other notes");
    private static final Pattern PROD = Pattern.compile(
            "(?i)prod(?:_([a-z]+))?_(t|kt|kg|mt|mmt|kct|mcm|mct)_(?:(est)_)?(\\d{4})");
    private static final Pattern RES = Pattern.compile("(?i)reserves(?:_([a-z0-9_]+?))?_(t|kt|kg|mt|mmt|kct|mcm|mct)(?:_(\\d{4}))?");
    private static final Pattern HEADER_NOTE = Pattern.compile("\\(Data in ([^)]*)\\)");
    private static final Pattern FILE = Pattern.compile("(?i).*mcs(\\d{4})-([a-z-]+)_(world|salient)\\.csv(\\.gz)?$");
    private static final Pattern ESTIMATED_NOTE = Pattern.compile("(?i)(^|-- )(estimated|also estimated)");

    private McsImporter() {}

    // ------------------------------------------------------------------ MCS 2026

    /** Reads the MCS 2026 single CSV at {@code path} (plain or gzipped). */
    public static ImportResult readMcs2026(Path path) {
        return TextFile.read(path, McsImporter::readMcs2026);
    }

    /**
     * Reads the MCS 2026 single CSV from {@code in}; {@code sourceName} names it in errors and results.
     *
     * @throws DataFileException if the file is malformed (see the class comment)
     */
    public static ImportResult readMcs2026(InputStream in, String sourceName) {
        Checks.notNull(in, "McsImporter", "in");
        Checks.notNull(sourceName, "McsImporter", "sourceName");
        String text = TextFile.decode(TextFile.bytes(in, sourceName), sourceName).text();
        List<Csv.Row> rows = Csv.parse(text, sourceName);
        if (rows.isEmpty() || !rows.get(0).fields().subList(0, Math.min(12, rows.get(0).fields().size()))
                .equals(MCS2026_HEADER)) {
            throw Problems.single(sourceName, "line 1", "", "expected the MCS 2026 header " + MCS2026_HEADER
                    + ", found " + (rows.isEmpty() ? "an empty file" : rows.get(0).fields()));
        }
        ResultBuilder out = new ResultBuilder(sourceName);
        Map<String, String> unitOfTable = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, List<Csv.Row>> importSources = new LinkedHashMap<>();
        McsSalientStatistics salient = new McsSalientStatistics(out, sourceName, "2026", LICENCE_2026);
        for (int i = 1; i < rows.size(); i++) {
            Csv.Row r = rows.get(i);
            if (r.isBlank()) {
                continue;
            }
            out.read(r.line());
            if (r.fields().size() < 12) {
                throw Problems.single(sourceName, "line " + r.line(), "", "expected 12 fields, found "
                        + r.fields().size() + " (truncated line?)");
            }
            String section = r.get(1).strip();
            String commodity = r.get(2).strip();
            String what = commodity + " / " + r.get(3).strip() + " / " + r.get(5).strip() + " / " + r.get(7).strip();
            Optional<String> mineral = McsChapters.mineralOfCommodity(commodity);
            Optional<String> usMineral = McsChapters.mineralOfUsCommodity(commodity);
            if (section.startsWith("World")) {
                if (mineral.isEmpty()) {
                    out.skip(r.line(), what, McsChapters.whyNotMapped(commodity));
                    continue;
                }
                world2026(out, sourceName, r, mineral.get(), what, unitOfTable, seen);
            } else if (r.get(4).strip().equalsIgnoreCase("Net import reliance")) {
                if (usMineral.isEmpty()) {
                    out.skip(r.line(), what, McsChapters.whyNotMapped(commodity));
                    continue;
                }
                reliance2026(out, sourceName, r, usMineral.get(), what, seen);
            } else if (section.equals("Import Sources")) {
                if (usMineral.isEmpty()) {
                    out.skip(r.line(), what, McsChapters.whyNotMapped(commodity));
                    continue;
                }
                importSources.computeIfAbsent(usMineral.get() + "|" + commodity, k -> new ArrayList<>()).add(r);
            } else {
                salient.offer(r, usMineral, what);
            }
        }
        importSources.forEach((k, list) -> importSources2026(out, sourceName, k.substring(0, k.indexOf('|')), list));
        salient.finish();
        return out.build();
    }

    private static void world2026(ResultBuilder out, String file, Csv.Row r, String chapterMineral,
            String what, Map<String, String> unitOfTable, Map<String, Integer> seen) {
        String label = r.get(5).strip();
        String section = r.get(1).strip();
        String notes = r.get(9).strip();
        String header = header(r.get(11));
        McsChapters.Statistic s = McsChapters.classify(chapterMineral, label, section, notes, header);
        if (!s.imported()) {
            out.skip(r.line(), what, s.skipReason());
            return;
        }
        int year = year(file, r, 7);
        String unitText = r.get(6).strip();
        String tableKey = r.get(2).strip() + "|" + McsChapters.baseLabel(label);
        String prevUnit = unitOfTable.putIfAbsent(tableKey, unitText);
        if (prevUnit != null && !prevUnit.equals(unitText)) {
            throw Problems.single(file, "line " + r.line(), "Unit", "unit '" + unitText + "' differs from '"
                    + prevUnit + "' used earlier for " + r.get(2).strip() + ": " + McsChapters.baseLabel(label));
        }
        Optional<MassUnit> unit = massUnit(unitText);
        if (unit.isEmpty()) {
            if (isKnownNonMass(unitText)) {
                out.skip(r.line(), what, "unit '" + unitText + "' is not a mass");
                return;
            }
            throw Problems.single(file, "line " + r.line(), "Unit", "unknown unit '" + unitText + "'");
        }
        String table = r.get(2).strip() + ": " + McsChapters.baseLabel(label);
        Provenance p = Provenance.of(SOURCE, "2026", table, LICENCE_2026);
        figure(out, file, r.line(), "Country", r.get(3), "Value", r.get(8), s, year, unit.get(), p,
                ESTIMATED_NOTE.matcher(notes).find(), notes, what, seen);
    }

    private static void reliance2026(ResultBuilder out, String file, Csv.Row r, String mineral, String what,
            Map<String, Integer> seen) {
        String detail = r.get(5).strip();
        String d = detail.toLowerCase(Locale.ROOT);
        String m = mineral;
        if (m.equals("silicon") && !d.endsWith(": total")) {
            out.skip(r.line(), what, "silicon: the total net import reliance is kept, not its parts");
            return;
        }
        if (m.equals("rare-earths") && !d.endsWith("compounds and metals")) {
            out.skip(r.line(), what, "rare earths: the compounds-and-metals reliance is kept, not concentrates");
            return;
        }
        if (m.equals("zinc") && !d.endsWith("refined zinc")) {
            out.skip(r.line(), what, "zinc: the refined-zinc reliance is kept, not ores and concentrates");
            return;
        }
        if (!d.startsWith("net import reliance")) {
            out.skip(r.line(), what, "net import reliance given as a sentence, not a value");
            return;
        }
        int year = year(file, r, 7);
        Provenance p = Provenance.of(SOURCE, "2026", r.get(2).strip() + ": " + detail, LICENCE_2026);
        reliance(out, file, r.line(), "Value", r.get(8), m, year, p, what, seen);
    }

    private static void reliance(ResultBuilder out, String file, int line, String field, String raw,
            String mineral, int year, Provenance p, String what, Map<String, Integer> seen) {
        Values.Cell c = Values.parse(raw);
        String key = "nir|" + mineral + "|" + year;
        switch (c.kind()) {
            case EMPTY:
                out.skip(line, what, "empty value");
                return;
            case TEXT:
                out.skip(line, what, "value '" + c.code() + "' is no figure");
                return;
            case GAP:
                if (first(out, seen, key, line, what)) {
                    out.gaps.add(new DataGap(Actor.country("USA"), mineral, Stage.MINING, year, "net_import_reliance",
                            c.gap().orElseThrow(), p.withNote("USGS code '" + c.code() + "'")));
                    out.used(line);
                }
                return;
            case NET_EXPORTER:
                if (first(out, seen, key, line, what)) {
                    out.importReliances.add(new ImportReliance("USA", mineral, year, 0.0, Qualifier.NET_EXPORTER, p));
                    out.used(line);
                }
                return;
            default:
                if (c.value() > 100) {
                    out.skip(line, what, "net import reliance above 100% ('" + c.code() + "' in " + field
                            + "): the row does not line up with the header, as published");
                    return;
                }
                if (first(out, seen, key, line, what)) {
                    out.importReliances.add(new ImportReliance("USA", mineral, year, c.value() / 100.0, c.qualifier(),
                            c.qualifier() == Qualifier.REPORTED ? p : p.withNote("USGS value '" + c.code() + "'")));
                    out.used(line);
                }
        }
    }

    private static final List<String> TOTAL_DETAILS = List.of("all", "total", "total imports", "combined total",
            "metal, oxide, and salts", "all forms", "all forms of arsenic");

    private static void importSources2026(ResultBuilder out, String file, String mineral, List<Csv.Row> rows) {
        Map<String, List<Csv.Row>> byDetail = new LinkedHashMap<>();
        for (Csv.Row r : rows) {
            byDetail.computeIfAbsent(r.get(5).strip(), k -> new ArrayList<>()).add(r);
        }
        String keep = null;
        if (byDetail.size() == 1) {
            keep = byDetail.keySet().iterator().next();
        } else {
            for (String d : byDetail.keySet()) {
                String dl = d.toLowerCase(Locale.ROOT);
                if (TOTAL_DETAILS.contains(dl) || dl.startsWith("combined total") || dl.startsWith("total ")
                        || dl.equals("primary nickel") || dl.equals("refined copper") || dl.equals("refined metal")
                        || dl.equals("refined tin") || dl.equals("metal") || dl.equals("rare-earth compounds and metals")
                        || dl.startsWith("manganese contained")) {
                    keep = d;
                    break;
                }
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<String, List<Csv.Row>> e : byDetail.entrySet()) {
            for (Csv.Row r : e.getValue()) {
                String what = r.get(2).strip() + " / " + r.get(3).strip() + " / " + e.getKey();
                if (!e.getKey().equals(keep)) {
                    out.skip(r.line(), what, keep == null
                            ? "import sources of several forms and no total; none is imported"
                            : "import sources of one form; the total ('" + keep + "') is kept");
                    continue;
                }
                ResolvedName n = name(file, r.line(), "Country", r.get(3));
                if (!n.isCountry()) {
                    out.skip(r.line(), what, "'" + r.get(3).strip() + "' is " + kindText(n) + ", not a country");
                    continue;
                }
                int[] years = period(file, r);
                Values.Cell c = Values.parse(r.get(8));
                if (c.kind() != Values.Kind.NUMBER) {
                    out.skip(r.line(), what, "share '" + c.code() + "' is no figure");
                    continue;
                }
                if (c.value() > 100) {
                    throw Problems.single(file, "line " + r.line(), "Value", "import share above 100%: '"
                            + c.code() + "'");
                }
                String iso = n.iso3().orElseThrow();
                if (iso.equals("USA")) {
                    out.skip(r.line(), what, "the United States as its own import source");
                    continue;
                }
                if (!first(out, seen, iso, r.line(), what)) {
                    continue;
                }
                String note = join(join(n.remark(), c.qualifier() == Qualifier.REPORTED ? "" : "USGS value '" + c.code()
                        + "'"), r.get(9).strip());
                Provenance p = new Provenance(SOURCE, "2026", r.get(2).strip() + ": Import sources " + r.get(7).strip()
                        + ": " + e.getKey(), LICENCE_2026, note);
                out.importSources.add(new ImportSource("USA", mineral, iso, years[0], years[1], c.value() / 100.0, p));
                out.used(r.line());
            }
        }
    }

    private static int[] period(String file, Csv.Row r) {
        Matcher m = Pattern.compile("(\\d{4})\\s*[\u2013-]\\s*(\\d{2,4})").matcher(r.get(7).strip());
        if (!m.matches()) {
            throw Problems.single(file, "line " + r.line(), "Year", "expected a period such as 2021–24, found '"
                    + r.get(7).strip() + "'");
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (m.group(2).length() == 2) {
            to = from / 100 * 100 + to;
        }
        return new int[] {from, to};
    }

    // ------------------------------------------------------------------ MCS 2023 / 2024 world CSVs

    /** Reads one MCS 2023 or 2024 world CSV at {@code path}, e.g. {@code mcs2024-lithi_world.csv}. */
    public static ImportResult readWorldCsv(Path path) {
        return TextFile.read(path, McsImporter::readWorldCsv);
    }

    /**
     * Reads one MCS 2023 or 2024 world CSV from {@code in}; {@code fileName} must be the release's file name
     * ({@code mcs2024-lithi_world.csv}), whose commodity code selects the mineral.
     *
     * @throws DataFileException if the file is malformed or its commodity code is not mapped
     */
    public static ImportResult readWorldCsv(InputStream in, String fileName) {
        Checks.notNull(in, "McsImporter", "in");
        Checks.notNull(fileName, "McsImporter", "fileName");
        Matcher fm = FILE.matcher(fileName);
        if (!fm.matches() || !fm.group(3).equalsIgnoreCase("world")) {
            throw Problems.single(fileName, "", "", "expected a file name like mcs2024-lithi_world.csv");
        }
        String edition = fm.group(1);
        String code = fm.group(2).toLowerCase(Locale.ROOT);
        String chapter = McsChapters.mineralOfFileCode(code).orElseThrow(() -> Problems.single(fileName, "", "",
                "commodity code '" + code + "' is not mapped to a mineral; mapped codes: " + McsChapters.fileCodes()));
        List<Csv.Row> rows = Csv.read(in, fileName);
        if (rows.isEmpty()) {
            throw Problems.single(fileName, "line 1", "", "empty file");
        }
        List<String> h = rows.get(0).fields();
        if (h.size() < 4 || !h.get(0).strip().equals("Source") || !h.get(1).strip().equals("Country")) {
            throw Problems.single(fileName, "line 1", "", "expected the header to start with Source,Country, found " + h);
        }
        List<Column> columns = columns(fileName, h);
        ResultBuilder out = new ResultBuilder(fileName);
        Map<String, Integer> seen = new HashMap<>();
        int lastYear = columns.stream().filter(c -> c.kind == ColumnKind.PRODUCTION).mapToInt(c -> c.year).max().orElse(0);
        for (int i = 1; i < rows.size(); i++) {
            Csv.Row r = rows.get(i);
            if (r.isBlank()) {
                continue;
            }
            out.read(r.line());
            String type = r.get(2).strip().isEmpty() ? h.get(2).strip() : r.get(2).strip();
            String notes = "";
            for (Column c : columns) {
                if (c.kind == ColumnKind.NOTES) {
                    notes = join(notes, r.get(c.index).strip());
                }
            }
            for (Column c : columns) {
                if (c.kind != ColumnKind.PRODUCTION && c.kind != ColumnKind.RESERVES) {
                    continue;
                }
                String what = code + " / " + r.get(1).strip() + " / " + c.name;
                if (c.unit.isEmpty()) {
                    out.skip(r.line(), what, "unit of column " + c.name + " is not a mass");
                    continue;
                }
                String label = c.kind == ColumnKind.RESERVES ? "Reserves" + (c.sub.isEmpty() ? "" : " (" + c.sub + ")")
                        + ", " + type : type;
                if (c.kind == ColumnKind.RESERVES && chapter.equals("potash") && c.sub.equalsIgnoreCase("ore")) {
                    label = "Reserves, recoverable ore";
                }
                if (c.kind == ColumnKind.PRODUCTION && chapter.equals("titanium")) {
                    label = "Titanium sponge metal production";
                }
                McsChapters.Statistic s = McsChapters.classify(chapter, label, c.sub, notes);
                if (!s.imported()) {
                    out.skip(r.line(), what, s.skipReason());
                    continue;
                }
                int year = c.year > 0 ? c.year : lastYear;
                if (year == 0) {
                    throw Problems.single(fileName, "line 1", c.name, "no year for the reserves column");
                }
                String table = code + ": " + (c.kind == ColumnKind.RESERVES ? label : type) + " [" + c.name + "]";
                Provenance p = Provenance.of(SOURCE, edition, table, LICENCE);
                figure(out, fileName, r.line(), "Country", r.get(1), c.name, r.get(c.index), s, year, c.unit.get(), p,
                        c.estimated, notes, what, seen);
            }
        }
        return out.build();
    }

    private enum ColumnKind { FIXED, PRODUCTION, RESERVES, CAPACITY, NOTES, EMPTY }

    private record Column(int index, String name, ColumnKind kind, String sub, Optional<MassUnit> unit, int year,
            boolean estimated) {}

    private static List<Column> columns(String file, List<String> h) {
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            String n = h.get(i).strip();
            if (i < 3) {
                out.add(new Column(i, n, ColumnKind.FIXED, "", Optional.empty(), 0, false));
                continue;
            }
            if (n.isEmpty()) {
                out.add(new Column(i, n, ColumnKind.EMPTY, "", Optional.empty(), 0, false));
                continue;
            }
            String l = n.toLowerCase(Locale.ROOT);
            Matcher p = PROD.matcher(n);
            Matcher r = RES.matcher(n);
            if (l.endsWith("_notes") || l.endsWith("_note") || l.endsWith("notes")) {
                out.add(new Column(i, n, ColumnKind.NOTES, "", Optional.empty(), 0, false));
            } else if (l.startsWith("cap_")) {
                out.add(new Column(i, n, ColumnKind.CAPACITY, "", Optional.empty(), 0, false));
            } else if (p.matches()) {
                out.add(new Column(i, n, ColumnKind.PRODUCTION, p.group(1) == null ? "" : p.group(1),
                        columnUnit(p.group(2)), columnYear(file, n, p.group(4)), p.group(3) != null));
            } else if (r.matches()) {
                out.add(new Column(i, n, ColumnKind.RESERVES, r.group(1) == null ? "" : r.group(1).replace('_', ' '),
                        columnUnit(r.group(2)), r.group(3) == null ? 0 : columnYear(file, n, r.group(3)), false));
            } else {
                throw Problems.single(file, "line 1", n, "unknown column '" + n
                        + "': expected Prod_<unit>_[est_]<year>, Reserves_<unit>, Cap_..., or ..._notes with unit "
                        + "t, kt, kg, Mt (or a non-mass unit kct, mcm, mct)");
            }
        }
        return out;
    }

    private static Optional<MassUnit> columnUnit(String u) {
        switch (u.toLowerCase(Locale.ROOT)) {
            case "t":
                return Optional.of(MassUnit.TONNE);
            case "kt":
                return Optional.of(MassUnit.KILOTONNE);
            case "kg":
                return Optional.of(MassUnit.KILOGRAM);
            case "mt", "mmt":
                return Optional.of(MassUnit.MEGATONNE);
            default:
                return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ MCS 2023 / 2024 salient CSVs

    /** Reads the U.S. net import reliance of one MCS 2023 or 2024 salient CSV at {@code path}. */
    public static ImportResult readSalientCsv(Path path) {
        return TextFile.read(path, McsImporter::readSalientCsv);
    }

    /**
     * Reads the U.S. net import reliance of one MCS 2023 or 2024 salient CSV
     * ({@code mcs2024-galli_salient.csv}); other salient statistics are not modelled. A file with one NIR
     * column ({@code NIR_pct}, {@code NIR_All_pct}, {@code NIR_ct} ...) uses it; a file with several keeps the
     * one for the chapter's headline product (rare earths: compounds and metals; platinum and palladium
     * separately; silicon metal; refined zinc, lead, tin; zirconium ore). A value above 100% means the row
     * does not line up with the header (as in the published 2024 feldspar file) and is skipped with that
     * reason; a file that holds a world table under a salient name (the 2024 cobalt file) is skipped row
     * by row.
     *
     * @throws DataFileException if the file is malformed
     */
    public static ImportResult readSalientCsv(InputStream in, String fileName) {
        Checks.notNull(in, "McsImporter", "in");
        Matcher fm = FILE.matcher(Checks.notNull(fileName, "McsImporter", "fileName"));
        if (!fm.matches() || !fm.group(3).equalsIgnoreCase("salient")) {
            throw Problems.single(fileName, "", "", "expected a file name like mcs2024-galli_salient.csv");
        }
        String edition = fm.group(1);
        String code = fm.group(2).toLowerCase(Locale.ROOT);
        String chapter = McsChapters.mineralOfFileCode(code).orElseThrow(() -> Problems.single(fileName, "", "",
                "commodity code '" + code + "' is not mapped to a mineral"));
        List<Csv.Row> rows = Csv.read(in, fileName);
        if (rows.isEmpty()) {
            throw Problems.single(fileName, "line 1", "", "empty file");
        }
        List<String> h = rows.get(0).fields();
        int yearCol = h.indexOf("Year");
        if (yearCol < 0 && h.size() > 1 && h.get(0).strip().equals("Source") && h.get(1).strip().equals("Country")) {
            ResultBuilder out = new ResultBuilder(fileName);
            for (Csv.Row r : rows.subList(1, rows.size())) {
                if (!r.isBlank()) {
                    out.read(r.line());
                    out.skip(r.line(), code + " / " + r.get(1).strip(), "the file holds a world production table, not "
                            + "salient statistics (as published in the data release); read it with readWorldCsv");
                }
            }
            return out.build();
        }
        if (yearCol < 0) {
            throw Problems.single(fileName, "line 1", "Year", "no Year column in " + h);
        }
        Map<Integer, String> nirColumns = new LinkedHashMap<>();
        long nirCount = h.stream().filter(x -> x.strip().toLowerCase(Locale.ROOT).startsWith("nir_")).count();
        for (int i = 0; i < h.size(); i++) {
            String n = h.get(i).strip();
            String l = n.toLowerCase(Locale.ROOT);
            if (!l.contains("nir")) {
                continue;
            }
            if (l.equals("nir_pct") || (nirCount == 1 && l.startsWith("nir_"))) {
                nirColumns.put(i, chapter);
            } else if (chapter.equals("feldspar") && l.equals("nir_feldspar_pct")) {
                nirColumns.put(i, chapter);
            } else if (chapter.equals("zirconium") && l.equals("nir_zr_ore_pct")) {
                nirColumns.put(i, chapter);
            } else if (chapter.equals("platinum") && l.equals("nir_platinum_pct")) {
                nirColumns.put(i, "platinum");
            } else if (chapter.equals("platinum") && l.equals("nir_palladium_pct")) {
                nirColumns.put(i, "palladium");
            } else if (chapter.equals("rare-earths") && l.startsWith("nir_compounds-metals")) {
                nirColumns.put(i, chapter);
            } else if (chapter.equals("silicon") && l.equals("nir_si_pct")) {
                nirColumns.put(i, chapter);
            } else if (chapter.equals("titanium") && l.equals("nir_sponge_pct")) {
                nirColumns.put(i, chapter);
            } else if ((chapter.equals("zinc") || chapter.equals("lead") || chapter.equals("tin"))
                    && (l.equals("nir_refined_pct") || l.equals("nir_refinedpct"))) {
                nirColumns.put(i, chapter);
            } else if (chapter.equals("bauxite") && l.equals("bauxite_nir_pct")) {
                nirColumns.put(i, chapter);
            } else if (chapter.equals("bauxite") && l.equals("alumina_nir_pct")) {
                nirColumns.put(i, "alumina");
            }
        }
        ResultBuilder out = new ResultBuilder(fileName);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            Csv.Row r = rows.get(i);
            if (r.isBlank()) {
                continue;
            }
            out.read(r.line());
            String what = code + " / " + r.get(yearCol).strip();
            if (nirColumns.isEmpty()) {
                out.skip(r.line(), what, "no net import reliance column the library maps in " + h);
                continue;
            }
            int year = year(fileName, r, yearCol);
            for (Map.Entry<Integer, String> e : nirColumns.entrySet()) {
                String col = h.get(e.getKey()).strip();
                Provenance p = Provenance.of(SOURCE, edition, code + " salient: " + col, LICENCE);
                reliance(out, fileName, r.line(), col, r.get(e.getKey()), e.getValue(), year, p, what + " / " + col, seen);
            }
        }
        return out.build();
    }

    // ------------------------------------------------------------------ shared

    private static void figure(ResultBuilder out, String file, int line, String nameField, String rawName,
            String valueField, String rawValue, McsChapters.Statistic s, int year, MassUnit unit, Provenance p,
            boolean estimatedColumn, String notes, String what, Map<String, Integer> seen) {
        ResolvedName n = name(file, line, nameField, rawName);
        Values.Cell c = Values.parse(rawValue);
        Stage stage = s.stage();
        if (!n.isCountry()) {
            if (n.kind() == NameKind.AGGREGATE) {
                out.skip(line, what, "'" + rawName.strip() + "' is " + kindText(n) + ", not a country");
                return;
            }
            if (c.kind() == Values.Kind.NUMBER && !s.reserves()) {
                out.totals.add(new ReportedTotal(s.mineral(), stage, year, n.kind(),
                        quantity(file, line, valueField, c, unit, s.basis()),
                        c.qualifier() == Qualifier.REPORTED && estimatedColumn ? Qualifier.ESTIMATED : c.qualifier(), p));
                out.used(line);
            } else {
                out.skip(line, what, kindText(n) + (s.reserves() ? " reserves (not kept)" : " without a figure ('"
                        + c.code() + "')"));
            }
            return;
        }
        String iso = n.iso3().orElseThrow();
        Actor a = Actor.country(iso);
        String key = (s.reserves() ? "r|" : "p|") + iso + "|" + s.mineral() + "|" + stage + "|" + year;
        String note = n.remark();
        switch (c.kind()) {
            case EMPTY:
                out.skip(line, what, "empty value");
                return;
            case TEXT:
                out.skip(line, what, "value '" + c.code() + "' is no figure");
                return;
            case NET_EXPORTER:
                throw Problems.single(file, "line " + line, valueField, "code E (net exporter) in a production table");
            case GAP:
                if (first(out, seen, key, line, what)) {
                    out.gaps.add(new DataGap(a, s.mineral(), stage, year, s.reserves() ? "reserves" : "production",
                            c.gap().orElseThrow(), p.withNote(join(note, "USGS code '" + c.code() + "'"))));
                    out.used(line);
                }
                return;
            default:
                break;
        }
        Qualifier q = c.qualifier();
        if (q == Qualifier.REPORTED && (n.estimated() || estimatedColumn || ESTIMATED_NOTE.matcher(notes).find())) {
            q = Qualifier.ESTIMATED;
        }
        if (!first(out, seen, key, line, what)) {
            return;
        }
        Provenance pn = note.isEmpty() && c.qualifier() == Qualifier.REPORTED ? p
                : p.withNote(join(note, c.qualifier() == Qualifier.REPORTED ? "" : "USGS value '" + c.code() + "'"));
        Quantity quantity = quantity(file, line, valueField, c, unit, s.basis());
        if (s.reserves()) {
            out.reserves.add(new Reserve(a, s.mineral(), year, quantity, q, pn));
        } else {
            out.productions.add(new Production(a, s.mineral(), stage, year, quantity, q, pn));
        }
        out.used(line);
    }

    private static boolean first(ResultBuilder out, Map<String, Integer> seen, String key, int line, String what) {
        Integer prev = seen.putIfAbsent(key, line);
        if (prev != null) {
            out.skip(line, what, "a second figure for the same country, mineral, stage and year (first at line "
                    + prev + ")");
            return false;
        }
        return true;
    }

    private static ResolvedName name(String file, int line, String field, String raw) {
        return CountryNames.resolve(raw).orElseThrow(() -> Problems.single(file, "line " + line, field,
                "unknown country name '" + raw.strip() + "'"));
    }

    private static String kindText(ResolvedName n) {
        switch (n.kind()) {
            case WORLD_TOTAL:
                return "a world total";
            case REST_OF_WORLD:
                return "the rest of the world";
            default:
                return "an aggregate (" + n.remark() + ")";
        }
    }

    /** The cell as a quantity; a figure too large for a finite number of tonnes is an error naming the cell. */
    private static Quantity quantity(String file, int line, String field, Values.Cell c, MassUnit unit,
            Basis basis) {
        try {
            return Quantity.of(c.value(), unit, basis);
        } catch (IllegalArgumentException e) {
            throw Problems.single(file, "line " + line, field, e.getMessage() + " ('" + c.code() + "' " + unit + ")");
        }
    }

    /** Returns the year a column name carries, or fails naming the column if it is no year 1900–2100. */
    private static int columnYear(String file, String column, String digits) {
        try {
            return Checks.year(Integer.parseInt(digits), "McsImporter", "year");
        } catch (IllegalArgumentException e) { // NumberFormatException too: more digits than an int holds
            throw Problems.single(file, "line 1", column, "column '" + column + "' names no year 1900-2100");
        }
    }

    private static int year(String file, Csv.Row r, int col) {
        try {
            int y = Integer.parseInt(r.get(col).strip());
            Checks.year(y, "McsImporter", "Year");
            return y;
        } catch (IllegalArgumentException e) {
            throw Problems.single(file, "line " + r.line(), "Year", "not a year: '" + r.get(col).strip() + "'");
        }
    }

    private static Optional<MassUnit> massUnit(String unit) {
        try {
            return Optional.of(MassUnit.parse(unit));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isKnownNonMass(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return u.contains("carat") || u.contains("cubic meter") || u.contains("liter") || u.equals("percent");
    }

    private static String header(String otherNotes) {
        Matcher m = HEADER_NOTE.matcher(otherNotes);
        return m.find() ? m.group(1) : "";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }
}
