package org.msp.data.baci;

import org.msp.data.ImportResult;
import org.msp.data.ResolvedName;
import org.msp.data.internal.Csv;
import org.msp.data.internal.Problems;
import org.msp.data.internal.ResultBuilder;
import org.msp.data.internal.TextFile;
import org.msp.internal.Checks;
import org.msp.io.DataFileException;
import org.msp.model.Actor;
import org.msp.model.DataGap;
import org.msp.model.GapKind;
import org.msp.model.Provenance;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a complete CEPII BACI HS 2017 extract that carries values but no tonnes, in the CSV form
 * {@code i,j,cmd,value} (exporter and importer ISO3, HS6 code, US dollars) for one year that the caller
 * names (the file has no year column), e.g. the 2022 extract of the same HS6 codes as {@link BaciImporter}.
 *
 * <p><b>Values only.</b> The extract is complete in pairs but has no quantities, and the library never
 * invents tonnes: a unit value from another year would be wrong wherever prices moved (lithium carbonate lost
 * most of its price between 2022 and 2024). Each pair is therefore recorded as a {@link DataGap}: the flow's
 * tonnes are not available, its value is kept in the note ({@code "value USD ..."}) and the edition
 * ({@link #EDITION}) says values only. Such gaps never enter a network. Codes are mapped by
 * {@link BaciImporter#codes()}; coking coal (270112) has no mineral id and is skipped with the reason.
 *
 * <p>Source: CEPII BACI (Gaulier and Zignago 2010), built from UN Comtrade; Etalab Open Licence 2.0.
 * Running time: linear in the file size. This class is stateless and thread-safe.
 */
public final class BaciValuesImporter {
    /** The edition put in provenance. */
    public static final String EDITION = "HS17 V202601, values only";
    /** The remark that every gap's note starts with. */
    public static final String PARTIAL = "partial: values only, the extract has no tonnes";

    private static final List<String> HEADER = List.of("i", "j", "cmd", "value");

    private BaciValuesImporter() {}

    /** Reads the CSV at {@code path} (plain or gzipped) as the flows of {@code year}. */
    public static ImportResult read(Path path, int year) {
        Checks.year(year, "BaciValuesImporter", "year");
        return TextFile.read(path, (in, name) -> read(in, name, year));
    }

    /**
     * Reads the CSV from {@code in} as the flows of {@code year}; {@code sourceName} names it in errors and
     * results.
     *
     * @throws DataFileException naming the line and field of an unknown country code, a bad number, or a
     *     truncated line
     */
    public static ImportResult read(InputStream in, String sourceName, int year) {
        Checks.notNull(in, "BaciValuesImporter", "in");
        Checks.notNull(sourceName, "BaciValuesImporter", "sourceName");
        Checks.year(year, "BaciValuesImporter", "year");
        List<Csv.Row> rows = Csv.readWithHeader(in, sourceName, HEADER);
        ResultBuilder out = new ResultBuilder(sourceName);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            Csv.Row r = rows.get(i);
            if (r.isBlank()) {
                continue;
            }
            out.read(r.line());
            r.requireWidth(HEADER.size(), sourceName);
            String hs6 = r.get(2).strip();
            String what = hs6 + " " + r.get(0).strip() + " -> " + r.get(1).strip();
            HsCode code = BaciImporter.codes().get(hs6);
            if (code == null) {
                out.skip(r.line(), what, "HS " + hs6 + " has no mineral id");
                continue;
            }
            ResolvedName from = BaciRows.country(sourceName, r.line(), "i", r.get(0));
            ResolvedName to = BaciRows.country(sourceName, r.line(), "j", r.get(1));
            if (!from.isCountry() || !to.isCountry()) {
                out.skip(r.line(), what, "not a country: " + (from.isCountry() ? to : from));
                continue;
            }
            double valueUsd = BaciRows.number(sourceName, r.line(), "value", r.get(3)).orElseThrow(() ->
                    Problems.single(sourceName, "line " + r.line(), "value", "empty value"));
            String a = from.iso3().orElseThrow();
            String b = to.iso3().orElseThrow();
            if (a.equals(b)) {
                out.skip(r.line(), what, "exporter and importer are the same country after mapping");
                continue;
            }
            Integer prev = seen.putIfAbsent(a + "|" + b + "|" + hs6, r.line());
            if (prev != null) {
                out.skip(r.line(), what, "a second flow for " + a + " -> " + b + " HS " + hs6 + " (first at line "
                        + prev + ")");
                continue;
            }
            String note = BaciRows.note(PARTIAL, code, from, to) + "; "
                    + String.format(Locale.ROOT, "tonnes not given, value USD %.0f", valueUsd);
            out.gaps.add(new DataGap(Actor.country(a), code.mineral(), code.stage(), year, "export_tonnes_to_" + b,
                    GapKind.NOT_AVAILABLE, new Provenance(BaciImporter.SOURCE, EDITION,
                            "HS " + hs6 + " (" + code.mineral() + ")", BaciImporter.LICENCE, note)));
            out.used(r.line());
        }
        return out.build();
    }
}
