package org.msp.data.wgi;

import org.msp.data.SkippedRow;
import org.msp.data.internal.Csv;
import org.msp.data.internal.Problems;
import org.msp.data.internal.TextFile;
import org.msp.internal.Checks;
import org.msp.io.DataFileException;
import org.msp.model.Countries;
import org.msp.model.GovernanceScore;
import org.msp.model.Provenance;

import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a World Bank DataBank export of the Worldwide Governance Indicators (WGI) in its wide CSV form
 * {@code Country Name,Country Code,Series Name,Series Code,2009 [YR2009],...} (one row per economy and
 * series, one column per year, {@code ..} for no value) and turns it into one {@link GovernanceScore} per
 * economy and year: the mean of the WGI <em>estimates</em> ({@code CC.EST}, {@code GE.EST}, {@code PV.EST},
 * {@code RQ.EST}, {@code RL.EST}, {@code VA.EST}) the file gives for that economy and year, with the number of
 * dimensions that went into it.
 *
 * <p>The committed extract (WGI 2024 update, 2009–2023) has five of the six dimensions: Rule of Law
 * ({@code RL.EST}) is missing, so each score is the mean of Voice and Accountability, Political Stability and
 * Absence of Violence/Terrorism, Government Effectiveness, Regulatory Quality and Control of Corruption; the
 * provenance's table names the series used. The EU method (JRC 2017) averages all six.
 *
 * <p>Skipped, each with its reason: rows of other series (standard errors, ranks), rows of an economy that
 * the built-in country catalogue does not know (e.g. {@code ANT}, Netherlands Antilles), the DataBank
 * footer lines, and each year cell without a value ({@code ..}). A number that is not a number, or a WGI
 * estimate outside −5..5, is an error naming the line and year.
 *
 * <p>Source: World Bank, Worldwide Governance Indicators (Kaufmann and Kraay), www.govindicators.org;
 * CC BY 4.0. Running time: linear in the file size. This class is stateless and thread-safe.
 */
public final class WgiImporter {
    /** The source name in provenance. */
    public static final String SOURCE = "World Bank Worldwide Governance Indicators";
    /** The edition of the committed extract. */
    public static final String EDITION = "2024 update";
    /** The licence of the WGI. */
    public static final String LICENCE = "CC BY 4.0";
    /** The series codes of the six WGI estimates, in alphabetical order. */
    public static final List<String> ESTIMATES = List.of("CC.EST", "GE.EST", "PV.EST", "RL.EST", "RQ.EST", "VA.EST");

    private static final List<String> HEADER = List.of("Country Name", "Country Code", "Series Name", "Series Code");
    private static final Pattern YEAR = Pattern.compile("(\\d{4}) \\[YR\\1\\]");

    private WgiImporter() {}

    /**
     * What was read: the scores and every row or cell skipped with its reason.
     *
     * @param file    the file name
     * @param scores  one score per economy and year, ordered by ISO3 code then year
     * @param series  the estimate series the file has, sorted (the dimensions the means cover)
     * @param skipped rows and cells read but not imported
     */
    public record Result(String file, List<GovernanceScore> scores, SortedSet<String> series, List<SkippedRow> skipped) {
        public Result {
            Checks.notNull(file, "WgiImporter.Result", "file");
            scores = ImmutableList.copyOf(scores);
            series = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(series));
            skipped = ImmutableList.copyOf(skipped);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "WgiImporter.Result[%s: %,d scores from %s, %,d skipped]", file,
                    scores.size(), series, skipped.size());
        }
    }

    /** Reads the CSV at {@code path} (plain or gzipped). */
    public static Result read(Path path) {
        return TextFile.read(path, WgiImporter::read);
    }

    /**
     * Reads the CSV from {@code in}; {@code sourceName} names it in errors and results.
     *
     * @throws DataFileException naming the line and field of a bad header, a truncated line, a duplicate
     *     series row, or a value that is not a WGI estimate
     */
    public static Result read(InputStream in, String sourceName) {
        Checks.notNull(in, "WgiImporter", "in");
        Checks.notNull(sourceName, "WgiImporter", "sourceName");
        List<Csv.Row> rows = Csv.read(in, sourceName);
        if (rows.isEmpty() || rows.get(0).fields().size() < HEADER.size() + 1
                || !rows.get(0).fields().subList(0, HEADER.size()).equals(HEADER)) {
            throw Problems.single(sourceName, "line 1", "", "expected the header " + HEADER
                    + " followed by year columns such as '2023 [YR2023]'");
        }
        List<String> head = rows.get(0).fields();
        int[] years = new int[head.size()];
        for (int i = HEADER.size(); i < head.size(); i++) {
            Matcher m = YEAR.matcher(head.get(i).strip());
            if (!m.matches()) {
                throw Problems.single(sourceName, "line 1", head.get(i), "expected a year column such as "
                        + "'2023 [YR2023]'");
            }
            years[i] = Integer.parseInt(m.group(1));
            if (years[i] < 1900 || years[i] > 2100) {
                throw Problems.single(sourceName, "line 1", head.get(i), "year outside 1900-2100");
            }
        }
        List<SkippedRow> skipped = new ArrayList<>();
        SortedSet<String> series = new TreeSet<>();
        // country -> year -> series -> estimate
        SortedMap<String, SortedMap<Integer, SortedMap<String, Double>>> values = new TreeMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            Csv.Row r = rows.get(i);
            if (r.isBlank() || r.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            String what = r.get(0).strip() + " / " + r.get(1).strip() + " / "
                    + (r.fields().size() > 3 ? r.get(3).strip() : "");
            if (r.fields().size() != head.size()) {
                if (r.get(1).isBlank() && r.fields().stream().skip(1).allMatch(String::isBlank)) {
                    skipped.add(new SkippedRow(sourceName, r.line(), r.get(0).strip(), "DataBank note, not data"));
                    continue;
                }
                r.requireWidth(head.size(), sourceName);
            }
            String code = r.get(1).strip();
            String seriesCode = r.get(3).strip();
            if (code.isEmpty() && seriesCode.isEmpty()) {
                skipped.add(new SkippedRow(sourceName, r.line(), r.get(0).strip(), "DataBank note, not data"));
                continue;
            }
            if (!ESTIMATES.contains(seriesCode)) {
                skipped.add(new SkippedRow(sourceName, r.line(), what, "not a WGI estimate series (one of "
                        + ESTIMATES + ")"));
                continue;
            }
            if (Countries.find(code).isEmpty()) {
                skipped.add(new SkippedRow(sourceName, r.line(), what, "economy code '" + code
                        + "' is not in the built-in country catalogue"));
                continue;
            }
            Integer first = seen.putIfAbsent(code + " " + seriesCode, r.line());
            if (first != null) {
                throw Problems.single(sourceName, "line " + r.line(), "Series Code", "duplicate row for " + code + " "
                        + seriesCode + " (first on line " + first + ")");
            }
            series.add(seriesCode);
            for (int c = HEADER.size(); c < head.size(); c++) {
                String cell = r.get(c).strip();
                if (cell.equals("..") || cell.isEmpty()) {
                    skipped.add(new SkippedRow(sourceName, r.line(), what + " / " + years[c], "no estimate ('"
                            + cell + "')"));
                    continue;
                }
                double v;
                try {
                    v = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw Problems.single(sourceName, "line " + r.line(), head.get(c), "not a number: '" + cell + "'");
                }
                if (!Double.isFinite(v) || Math.abs(v) > 5) {
                    throw Problems.single(sourceName, "line " + r.line(), head.get(c),
                            "not a WGI estimate (finite, -5..5): " + cell);
                }
                values.computeIfAbsent(code, k -> new TreeMap<>()).computeIfAbsent(years[c], k -> new TreeMap<>())
                        .put(seriesCode, v);
            }
        }
        Provenance p = Provenance.of(SOURCE, EDITION, "mean of the estimates " + String.join(", ", series),
                LICENCE);
        List<GovernanceScore> scores = new ArrayList<>();
        values.forEach((code, byYear) -> byYear.forEach((year, bySeries) -> {
            double sum = 0;
            for (double v : bySeries.values()) {
                sum += v;
            }
            scores.add(GovernanceScore.of(code, year, sum / bySeries.size(), bySeries.size(), p));
        }));
        return new Result(sourceName, scores, series, skipped);
    }
}
