package org.msp.data.usitc;

import org.msp.data.CountryNames;
import org.msp.data.ResolvedName;
import org.msp.data.SkippedRow;
import org.msp.data.internal.Csv;
import org.msp.data.internal.Problems;
import org.msp.data.internal.TextFile;
import org.msp.internal.Checks;
import org.msp.io.DataFileException;

import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads USITC DataWeb U.S. trade by partner in the flat CSV form {@code flow,measure,partner,hts4,
 * description,unit,year,value} (one value a row, from the annual sheets of the DataWeb workbooks).
 *
 * <p>The committed extract holds U.S. imports for consumption, customs value in US dollars, for 18
 * partners (not "World": shares of U.S. imports cannot be taken from it). Rows of other measures or flows
 * are skipped and reported. Partner names are mapped by {@link CountryNames}.
 *
 * <p>Source: U.S. International Trade Commission, DataWeb, from U.S. Census Bureau data; public domain.
 * Running time: linear in the file size. This class is stateless and thread-safe.
 */
public final class UsitcImporter {
    private static final List<String> HEADER = List.of("flow", "measure", "partner", "hts4", "description", "unit",
            "year", "value");

    private UsitcImporter() {}

    /**
     * What was read: the values and every row skipped with its reason.
     *
     * @param file    the file name
     * @param values  the import values, in file order
     * @param skipped rows read but not imported
     */
    public record Result(String file, List<UsImportValue> values, List<SkippedRow> skipped) {
        public Result {
            Checks.notNull(file, "UsitcImporter.Result", "file");
            values = ImmutableList.copyOf(values);
            skipped = ImmutableList.copyOf(skipped);
        }

        @Override
        public String toString() {
            return "UsitcImporter.Result[" + file + ": " + values.size() + " values, " + skipped.size() + " skipped]";
        }
    }

    /** Reads the CSV at {@code path} (plain or gzipped). */
    public static Result read(Path path) {
        return TextFile.read(path, UsitcImporter::read);
    }

    /**
     * Reads the CSV from {@code in}; {@code sourceName} names it in errors and results.
     *
     * @throws DataFileException naming the line and field of an unknown partner, a bad number or year, or a
     *     truncated line
     */
    public static Result read(InputStream in, String sourceName) {
        Checks.notNull(in, "UsitcImporter", "in");
        Checks.notNull(sourceName, "UsitcImporter", "sourceName");
        List<Csv.Row> rows = Csv.readWithHeader(in, sourceName, HEADER);
        List<UsImportValue> values = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Csv.Row r = rows.get(i);
            if (r.isBlank()) {
                continue;
            }
            r.requireWidth(HEADER.size(), sourceName);
            String what = r.get(0) + " / " + r.get(1) + " / " + r.get(2) + " / " + r.get(3) + " / " + r.get(6);
            if (!r.get(0).equals("imports_for_consumption") || !r.get(1).equals("Customs Value")) {
                skipped.add(new SkippedRow(sourceName, r.line(), what, "only imports for consumption, customs value,"
                        + " are read"));
                continue;
            }
            ResolvedName n = CountryNames.resolve(r.get(2)).orElseThrow(() -> Problems.single(sourceName,
                    "line " + r.line(), "partner", "unknown country name '" + r.get(2).strip() + "'"));
            if (!n.isCountry()) {
                skipped.add(new SkippedRow(sourceName, r.line(), what, "partner is not a country"));
                continue;
            }
            int year;
            double value;
            try {
                year = Checks.year(Integer.parseInt(r.get(6).strip()), "UsitcImporter", "year");
            } catch (IllegalArgumentException e) {
                throw Problems.single(sourceName, "line " + r.line(), "year", "not a year: '" + r.get(6) + "'");
            }
            try {
                value = Double.parseDouble(r.get(7).strip());
            } catch (NumberFormatException e) {
                throw Problems.single(sourceName, "line " + r.line(), "value", "not a number: '" + r.get(7) + "'");
            }
            if (value < 0) {
                throw Problems.single(sourceName, "line " + r.line(), "value", "negative: " + value);
            }
            String unit = r.get(5).strip().replaceFirst("^Value for:\\s*", "");
            try {
                values.add(new UsImportValue(n.iso3().orElseThrow(), r.get(3).strip(), r.get(4), year, value, unit));
            } catch (IllegalArgumentException e) {
                throw Problems.single(sourceName, "line " + r.line(), "hts4", e.getMessage());
            }
        }
        return new Result(sourceName, values, skipped);
    }
}
