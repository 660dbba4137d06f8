package org.msp.data.usgs;

import org.msp.data.CountryNames;
import org.msp.data.NameKind;
import org.msp.data.ReportedTotal;
import org.msp.data.ResolvedName;
import org.msp.data.internal.Csv;
import org.msp.data.internal.Problems;
import org.msp.data.internal.ResultBuilder;
import org.msp.data.internal.Values;
import org.msp.internal.Checks;
import org.msp.model.Actor;
import org.msp.model.Basis;
import org.msp.model.DataGap;
import org.msp.model.ImportReliance;
import org.msp.model.MassUnit;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;
import org.msp.model.Quantity;
import org.msp.model.Reserve;
import org.msp.model.Stage;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the three MCS readers share: one country figure, one net import reliance and one cell read the same way
 * in every release (names, codes, units, years, duplicates). Stateless and thread-safe.
 */
final class McsFigures {
    static final Pattern FILE = Pattern.compile("(?i).*mcs(\\d{4})-([a-z-]+)_(world|salient)\\.csv(\\.gz)?$");
    static final Pattern ESTIMATED_NOTE = Pattern.compile("(?i)(^|-- )(estimated|also estimated)");

    private McsFigures() {}

    static void reliance(ResultBuilder out, String file, int line, String field, String raw,
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

    static void figure(ResultBuilder out, String file, int line, String nameField, String rawName,
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

    static boolean first(ResultBuilder out, Map<String, Integer> seen, String key, int line, String what) {
        Integer prev = seen.putIfAbsent(key, line);
        if (prev != null) {
            out.skip(line, what, "a second figure for the same country, mineral, stage and year (first at line "
                    + prev + ")");
            return false;
        }
        return true;
    }

    static ResolvedName name(String file, int line, String field, String raw) {
        return CountryNames.resolve(raw).orElseThrow(() -> Problems.single(file, "line " + line, field,
                "unknown country name '" + raw.strip() + "'"));
    }

    static String kindText(ResolvedName n) {
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
    static Quantity quantity(String file, int line, String field, Values.Cell c, MassUnit unit,
            Basis basis) {
        try {
            return Quantity.of(c.value(), unit, basis);
        } catch (IllegalArgumentException e) {
            throw Problems.single(file, "line " + line, field, e.getMessage() + " ('" + c.code() + "' " + unit + ")");
        }
    }

    /** Returns the year a column name carries, or fails naming the column if it is no year 1900–2100. */
    static int columnYear(String file, String column, String digits) {
        try {
            return Checks.year(Integer.parseInt(digits), "McsImporter", "year");
        } catch (IllegalArgumentException e) { // NumberFormatException too: more digits than an int holds
            throw Problems.single(file, "line 1", column, "column '" + column + "' names no year 1900-2100");
        }
    }

    static int year(String file, Csv.Row r, int col) {
        try {
            int y = Integer.parseInt(r.get(col).strip());
            Checks.year(y, "McsImporter", "Year");
            return y;
        } catch (IllegalArgumentException e) {
            throw Problems.single(file, "line " + r.line(), "Year", "not a year: '" + r.get(col).strip() + "'");
        }
    }

    static Optional<MassUnit> massUnit(String unit) {
        try {
            return Optional.of(MassUnit.parse(unit));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean isKnownNonMass(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return u.contains("carat") || u.contains("cubic meter") || u.contains("liter") || u.equals("percent");
    }

    static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }
}
