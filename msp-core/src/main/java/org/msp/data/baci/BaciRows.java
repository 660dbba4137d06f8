package org.msp.data.baci;

import org.msp.data.CountryNames;
import org.msp.data.ResolvedName;
import org.msp.data.internal.Problems;
import org.msp.internal.Checks;

import java.util.OptionalDouble;

/** Field parsing shared by the BACI readers: years, country codes, numbers and provenance notes. */
final class BaciRows {
    private BaciRows() {}

    /** Returns the year in {@code text}, or throws naming the line and field. */
    static int year(String file, int line, String field, String text) {
        try {
            return Checks.year(Integer.parseInt(text.strip()), "BACI", field);
        } catch (IllegalArgumentException e) {
            throw Problems.single(file, "line " + line, field, "not a year: '" + text + "'");
        }
    }

    /** Returns the year in {@code text}, or throws naming the JSON path. */
    static int yearAt(String file, String loc, String text) {
        try {
            return Checks.year(Integer.parseInt(text.strip()), "BACI", "year");
        } catch (IllegalArgumentException e) {
            throw Problems.single(file, loc, "year", "not a year: '" + text + "'");
        }
    }

    /** Resolves a country code, or throws naming the JSON path and field. */
    static ResolvedName countryAt(String file, String loc, String field, String code) {
        return CountryNames.resolveCode(code).orElseThrow(() -> Problems.single(file, loc, field,
                "unknown country code '" + code.strip() + "'"));
    }

    /** Resolves a country code (ISO3, ISO2 or CEPII's own), or throws naming the line and field. */
    static ResolvedName country(String file, int line, String field, String code) {
        return CountryNames.resolveCode(code).orElseThrow(() -> Problems.single(file, "line " + line, field,
                "unknown country code '" + code.strip() + "'"));
    }

    /** Returns the non-negative number in {@code text}, empty for a blank, NA or nan, or throws. */
    static OptionalDouble number(String file, int line, String field, String text) {
        String t = text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("nan")) {
            return OptionalDouble.empty();
        }
        try {
            double v = Double.parseDouble(t);
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return OptionalDouble.of(v);
        } catch (NumberFormatException e) {
            throw Problems.single(file, "line " + line, field, "not a non-negative number: '" + t + "'");
        }
    }

    /** Returns the note of a flow: the extract's partial remark, the code's caveat unless exact, the names' remarks. */
    static String note(String partial, HsCode code, ResolvedName from, ResolvedName to) {
        StringBuilder b = new StringBuilder(partial);
        if (!code.match().equals("exact")) {
            append(b, code.match() + ": " + code.caveat());
        }
        for (ResolvedName n : new ResolvedName[] {from, to}) {
            if (!n.remark().isEmpty() && b.indexOf(n.remark()) < 0) {
                append(b, n.remark());
            }
        }
        return b.toString();
    }

    static void append(StringBuilder b, String part) {
        if (b.length() > 0) {
            b.append("; ");
        }
        b.append(part);
    }
}
