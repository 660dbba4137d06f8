package org.msp.data.iea;

import org.msp.data.CountryNames;
import org.msp.data.ImportResult;
import org.msp.data.NameKind;
import org.msp.data.ReportedTotal;
import org.msp.data.ResolvedName;
import org.msp.data.internal.Csv;
import org.msp.data.internal.Problems;
import org.msp.data.internal.ResultBuilder;
import org.msp.data.internal.TextFile;
import org.msp.internal.Checks;
import org.msp.io.DataFileException;
import org.msp.model.Actor;
import org.msp.model.Basis;
import org.msp.model.MassUnit;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;
import org.msp.model.Quantity;
import org.msp.model.Stage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the IEA Critical Minerals Data Explorer supply tables (sheet "2 Total supply for key minerals" of
 * the May 2024 workbook, base year 2023) in the flat CSV form {@code edition,mineral,stage,country,year,
 * value,unit}: mining and refining output by country, in kt, for copper, cobalt, lithium, nickel, graphite
 * and magnet rare earths.
 *
 * <p>Mapping: "Mining" and "Mining (natural)" are {@link Stage#MINING}; "Refining", lithium "Chemicals" and
 * graphite "Battery grade" are {@link Stage#REFINING} (the provenance note says which). The base year
 * (2023) is {@link Qualifier#REPORTED}; 2030, 2035 and 2040 are base-case projections,
 * {@link Qualifier#PROJECTED}. "Total" and "Rest of world" are {@link ReportedTotal}s; the published
 * "Top 3 share" rows are skipped (the library computes shares itself). Quantities are kt of contained
 * material as the IEA gives them ({@link Basis#CONTENT}).
 *
 * <p>Source: IEA (2024), Critical Minerals Data Explorer, IEA, Paris; licence CC BY 4.0. Running time:
 * linear in the file size. This class is stateless and thread-safe.
 */
public final class IeaImporter {
    /** The source name used in provenance. */
    public static final String SOURCE = "IEA Critical Minerals Data Explorer";
    /** The edition of the committed file. */
    public static final String EDITION = "May 2024";
    /** The licence. */
    public static final String LICENCE = "CC BY 4.0";
    /** The base year of the May 2024 edition; later years are projections. */
    public static final int BASE_YEAR = 2023;

    private static final List<String> HEADER = List.of("edition", "mineral", "stage", "country", "year", "value", "unit");

    private IeaImporter() {}

    /** Reads the CSV at {@code path}. */
    public static ImportResult read(Path path) {
        return TextFile.read(path, IeaImporter::read);
    }

    /**
     * Reads the CSV from {@code in}; {@code sourceName} names it in errors and results.
     *
     * @throws DataFileException naming the line and field of an unknown mineral, stage, country or unit, or a
     *     value that is not a number
     */
    public static ImportResult read(InputStream in, String sourceName) {
        Checks.notNull(in, "IeaImporter", "in");
        Checks.notNull(sourceName, "IeaImporter", "sourceName");
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
            String what = r.get(1) + " / " + r.get(2) + " / " + r.get(3) + " / " + r.get(4);
            String mineral = mineral(sourceName, r);
            Stage stage = stage(sourceName, r);
            int year = integer(sourceName, r, 4, "year");
            String unit = r.get(6).strip();
            if (unit.equals("share")) {
                out.skip(r.line(), what, "published share; the library computes shares from the figures");
                continue;
            }
            MassUnit u;
            try {
                u = MassUnit.parse(unit);
            } catch (IllegalArgumentException e) {
                throw Problems.single(sourceName, "line " + r.line(), "unit", "unknown unit '" + unit + "'");
            }
            double value;
            try {
                value = Double.parseDouble(r.get(5).strip());
            } catch (NumberFormatException e) {
                throw Problems.single(sourceName, "line " + r.line(), "value", "not a number: '" + r.get(5) + "'");
            }
            if (!Double.isFinite(value) || value < 0) {
                throw Problems.single(sourceName, "line " + r.line(), "value",
                        (value < 0 ? "negative: " : "not a finite number: ") + r.get(5).strip());
            }
            ResolvedName n = CountryNames.resolve(r.get(3)).orElseThrow(() -> Problems.single(sourceName,
                    "line " + r.line(), "country", "unknown country name '" + r.get(3).strip() + "'"));
            Qualifier q = year > BASE_YEAR ? Qualifier.PROJECTED : Qualifier.REPORTED;
            String note = stageNote(r.get(2).strip());
            if (q == Qualifier.PROJECTED) {
                note = join("base-case projection", note);
            }
            Provenance p = new Provenance(SOURCE, EDITION, "2 Total supply for key minerals: " + r.get(1).strip()
                    + ", " + r.get(2).strip(), LICENCE, join(note, n.remark()));
            Quantity qty;
            try {
                qty = Quantity.of(value, u, Basis.CONTENT);
            } catch (IllegalArgumentException e) {
                // finite in the file's unit but not once converted to tonnes
                throw Problems.single(sourceName, "line " + r.line(), "value", e.getMessage());
            }
            if (!n.isCountry()) {
                if (n.kind() == NameKind.AGGREGATE) {
                    out.skip(r.line(), what, "'" + r.get(3).strip() + "' is not a country (" + n.remark() + ")");
                } else {
                    out.totals.add(new ReportedTotal(mineral, stage, year, n.kind(), qty, q, p));
                    out.used(r.line());
                }
                continue;
            }
            String key = n.iso3().orElseThrow() + "|" + mineral + "|" + stage + "|" + year;
            Integer prev = seen.putIfAbsent(key, r.line());
            if (prev != null) {
                throw Problems.single(sourceName, "line " + r.line(), "country", "a second figure for " + key
                        + " (first at line " + prev + ")");
            }
            out.productions.add(new Production(Actor.country(n.iso3().orElseThrow()), mineral, stage, year, qty, q, p));
            out.used(r.line());
        }
        return out.build();
    }

    private static String mineral(String file, Csv.Row r) {
        switch (r.get(1).strip().toLowerCase(Locale.ROOT)) {
            case "copper":
                return "copper";
            case "cobalt":
                return "cobalt";
            case "lithium":
                return "lithium";
            case "nickel":
                return "nickel";
            case "graphite":
                return "graphite";
            case "magnet rare earth elements":
                return "magnet-rare-earths";
            default:
                throw Problems.single(file, "line " + r.line(), "mineral", "unknown mineral '" + r.get(1).strip() + "'");
        }
    }

    private static Stage stage(String file, Csv.Row r) {
        switch (r.get(2).strip().toLowerCase(Locale.ROOT)) {
            case "mining", "mining (natural)":
                return Stage.MINING;
            case "refining", "chemicals", "battery grade":
                return Stage.REFINING;
            default:
                throw Problems.single(file, "line " + r.line(), "stage", "unknown stage '" + r.get(2).strip() + "'");
        }
    }

    private static String stageNote(String stage) {
        switch (stage.toLowerCase(Locale.ROOT)) {
            case "chemicals":
                return "IEA stage 'Chemicals' (lithium chemicals) read as refining";
            case "battery grade":
                return "IEA stage 'Battery grade' graphite (natural and synthetic) read as refining";
            case "mining (natural)":
                return "IEA stage 'Mining (natural)': natural graphite only";
            default:
                return "";
        }
    }

    private static int integer(String file, Csv.Row r, int col, String field) {
        try {
            return Checks.year(Integer.parseInt(r.get(col).strip()), "IeaImporter", field);
        } catch (IllegalArgumentException e) {
            throw Problems.single(file, "line " + r.line(), field, "not a year: '" + r.get(col) + "'");
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }
}
