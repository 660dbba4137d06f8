package org.msp.data.usgs;

import org.msp.data.ImportResult;
import org.msp.data.internal.Csv;
import org.msp.data.internal.Problems;
import org.msp.data.internal.ResultBuilder;
import org.msp.internal.Checks;
import org.msp.model.MassUnit;
import org.msp.model.Provenance;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.msp.data.usgs.McsFigures.*;
import static org.msp.data.usgs.McsImporter.LICENCE;
import static org.msp.data.usgs.McsImporter.SOURCE;

/**
 * Reads one world CSV of the MCS 2023 or 2024 data release, one file a chapter (see
 * {@link McsImporter#readWorldCsv(InputStream, String)}). Stateless and thread-safe.
 */
final class McsWorldCsvReader {
    private static final Pattern PROD = Pattern.compile(
            "(?i)prod(?:_([a-z]+))?_(t|kt|kg|mt|mmt|kct|mcm|mct)_(?:(est)_)?(\\d{4})");
    private static final Pattern RES = Pattern.compile("(?i)reserves(?:_([a-z0-9_]+?))?_(t|kt|kg|mt|mmt|kct|mcm|mct)(?:_(\\d{4}))?");

    private McsWorldCsvReader() {}

    static ImportResult read(InputStream in, String fileName) {
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
                label = McsChapters.worldCsvLabel(chapter, c.kind == ColumnKind.RESERVES, c.sub, label);
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
}
