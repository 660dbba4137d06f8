package org.msp.data.usgs;

import org.msp.data.ImportResult;
import org.msp.data.ResolvedName;
import org.msp.data.internal.Csv;
import org.msp.data.internal.Problems;
import org.msp.data.internal.ResultBuilder;
import org.msp.data.internal.TextFile;
import org.msp.data.internal.Values;
import org.msp.internal.Checks;
import org.msp.model.ImportSource;
import org.msp.model.MassUnit;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.msp.data.usgs.McsFigures.*;
import static org.msp.data.usgs.McsImporter.LICENCE_2026;
import static org.msp.data.usgs.McsImporter.SOURCE;

/**
 * Reads the MCS 2026 data release, one CSV for every chapter (see {@link McsImporter#readMcs2026(InputStream, String)}).
 * Stateless and thread-safe.
 */
final class Mcs2026Reader {
    private static final List<String> MCS2026_HEADER = List.of("MCS chapter", "Section", "Commodity", "Country",
            "Statistics", "Statistics_detail", "Unit", "Year", "Value", "Notes", "Is critical mineral 2025",
            "Other notes");

    private Mcs2026Reader() {}

    static ImportResult read(InputStream in, String sourceName) {
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
        String header = McsChapters.dataHeader(r.get(11));
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
        Optional<String> notKept = McsChapters.whyRelianceNotKept(m, d);
        if (notKept.isPresent()) {
            out.skip(r.line(), what, notKept.get());
            return;
        }
        int year = year(file, r, 7);
        Provenance p = Provenance.of(SOURCE, "2026", r.get(2).strip() + ": " + detail, LICENCE_2026);
        reliance(out, file, r.line(), "Value", r.get(8), m, year, p, what, seen);
    }

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
                if (McsChapters.isImportSourcesTotal(d)) {
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
}
