package org.msp.data.usgs;

import org.msp.data.ImportResult;
import org.msp.data.internal.Csv;
import org.msp.data.internal.Problems;
import org.msp.data.internal.ResultBuilder;
import org.msp.internal.Checks;
import org.msp.model.Provenance;

import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import static org.msp.data.usgs.McsFigures.*;
import static org.msp.data.usgs.McsImporter.LICENCE;
import static org.msp.data.usgs.McsImporter.SOURCE;

/**
 * Reads the U.S. net import reliance of one salient CSV of the MCS 2023 or 2024 data release (see
 * {@link McsImporter#readSalientCsv(InputStream, String)}). Stateless and thread-safe.
 */
final class McsSalientCsvReader {

    private McsSalientCsvReader() {}

    static ImportResult read(InputStream in, String fileName) {
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
            int col = i;
            String l = h.get(i).strip().toLowerCase(Locale.ROOT);
            if (!l.contains("nir")) {
                continue;
            }
            McsChapters.salientRelianceMineral(chapter, l, nirCount).ifPresent(m -> nirColumns.put(col, m));
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
}
