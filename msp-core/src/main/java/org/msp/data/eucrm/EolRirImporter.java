package org.msp.data.eucrm;

import org.msp.data.SkippedRow;
import org.msp.data.internal.Csv;
import org.msp.data.internal.Problems;
import org.msp.data.internal.TextFile;
import org.msp.internal.Checks;
import org.msp.io.DataFileException;
import org.msp.model.Minerals;
import org.msp.model.Provenance;
import org.msp.model.RecyclingInputRate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Reads the end-of-life recycling input rates (EoL-RIR) of the European Commission's <em>Study on the
 * critical raw materials for the EU 2023 – Final Report</em> (doi:10.2873/725585) from the CSV form
 * {@code label,title,eol_rir_pct,recycling_reported}, one material a row, the rate in percent.
 *
 * <p>The committed file is a third-party transcription of the study's values, not checked against the
 * report: each record's provenance says so. Each material label maps to one mineral id of the catalogue
 * ({@link #LABELS} for the labels that differ from the id, e.g. {@code magnets} is the magnet rare earths,
 * {@code baryte} is barite); a label with no mineral (coking coal) and a row whose rate is not reported are
 * skipped with the reason. Every rate is the EU's ({@code EUU}).
 *
 * <p>Reuse of the Commission's values is authorised with acknowledgement (Commission Decision 2011/833/EU;
 * CC BY 4.0). Running time: linear in the file size. This class is stateless and thread-safe.
 */
public final class EolRirImporter {
    /** The source name in provenance. */
    public static final String SOURCE = "European Commission, Study on the critical raw materials for the EU";
    /** The edition. */
    public static final String EDITION = "2023";
    /** The region every rate describes: the European Union. */
    public static final String REGION = "EUU";
    /**
     * The labels of the file that are not mineral ids, with the mineral id each stands for; {@code null}-free,
     * sorted. Other labels are looked up as ids.
     */
    public static final SortedMap<String, String> LABELS = ImmutableSortedMap.of("baryte", "barite", "magnets",
            "magnet-rare-earths", "phosphate", "phosphate-rock");

    private static final List<String> HEADER = List.of("label", "title", "eol_rir_pct", "recycling_reported");

    private EolRirImporter() {}

    /**
     * What was read: the rates and every row skipped with its reason.
     *
     * @param file    the file name
     * @param rates   the rates, in file order
     * @param skipped rows read but not imported
     */
    public record Result(String file, List<RecyclingInputRate> rates, List<SkippedRow> skipped) {
        public Result {
            Checks.notNull(file, "EolRirImporter.Result", "file");
            rates = ImmutableList.copyOf(rates);
            skipped = ImmutableList.copyOf(skipped);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "EolRirImporter.Result[%s: %d rates, %d skipped]", file, rates.size(),
                    skipped.size());
        }
    }

    /** Reads the CSV at {@code path} (plain or gzipped). */
    public static Result read(Path path) {
        return TextFile.read(path, EolRirImporter::read);
    }

    /**
     * Reads the CSV from {@code in}; {@code sourceName} names it in errors and results.
     *
     * @throws DataFileException naming the line and field of a bad header, a truncated line, a rate that is
     *     not a percentage from 0 to 100, a flag that is not True or False, or a mineral given twice
     */
    public static Result read(InputStream in, String sourceName) {
        Checks.notNull(in, "EolRirImporter", "in");
        Checks.notNull(sourceName, "EolRirImporter", "sourceName");
        List<Csv.Row> rows = Csv.readWithHeader(in, sourceName, HEADER);
        List<RecyclingInputRate> rates = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            Csv.Row r = rows.get(i);
            if (r.isBlank()) {
                continue;
            }
            r.requireWidth(HEADER.size(), sourceName);
            String label = r.get(0).strip();
            String title = r.get(1).strip();
            String what = label + " / " + title;
            String flag = r.get(3).strip();
            if (!flag.equals("True") && !flag.equals("False")) {
                throw Problems.single(sourceName, "line " + r.line(), "recycling_reported", "expected True or False, "
                        + "found '" + flag + "'");
            }
            if (flag.equals("False")) {
                skipped.add(new SkippedRow(sourceName, r.line(), what, "the source reports no rate"));
                continue;
            }
            String id = LABELS.getOrDefault(label, label);
            if (Minerals.find(id).isEmpty()) {
                skipped.add(new SkippedRow(sourceName, r.line(), what, "no mineral id for '" + label
                        + "' in the catalogue"));
                continue;
            }
            double pct;
            try {
                pct = Double.parseDouble(r.get(2).strip());
            } catch (NumberFormatException e) {
                throw Problems.single(sourceName, "line " + r.line(), "eol_rir_pct", "not a number: '" + r.get(2)
                        + "'");
            }
            if (!(pct >= 0 && pct <= 100)) {
                throw Problems.single(sourceName, "line " + r.line(), "eol_rir_pct", "not a percentage from 0 to 100: "
                        + r.get(2).strip());
            }
            Integer first = seen.putIfAbsent(id, r.line());
            if (first != null) {
                throw Problems.single(sourceName, "line " + r.line(), "label", "second rate for mineral '" + id
                        + "' (first on line " + first + ")");
            }
            Provenance p = new Provenance(SOURCE, EDITION, "end-of-life recycling input rate (EOL-RIR)",
                    "CC BY 4.0 (Commission Decision 2011/833/EU)",
                    "third-party transcription, not checked against the report; material: " + title);
            rates.add(RecyclingInputRate.of(REGION, id, pct / 100, p));
        }
        return new Result(sourceName, rates, skipped);
    }
}
