package org.msp.data.internal;

import org.msp.model.GapKind;
import org.msp.model.Qualifier;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value cells of USGS tables: numbers with thousands separators, bounds ({@code ">50"},
 * {@code "<25"}), and the codes of the MCS data releases: {@code W} withheld, {@code NA} not available,
 * {@code E} net exporter, {@code —}/{@code --} zero (the MCS 2026 metadata: "— - zero"), {@code s} small,
 * {@code XX} not calculable.
 *
 * <p>Not part of the public API.
 */
public final class Values {
    private static final Pattern NUMBER = Pattern.compile("([<>]?)\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");

    private Values() {}

    /** What a cell holds. */
    public enum Kind {
        /** A number (possibly a bound). */
        NUMBER,
        /** A USGS code for a missing figure. */
        GAP,
        /** USGS "E": the United States is a net exporter. */
        NET_EXPORTER,
        /** Empty. */
        EMPTY,
        /** Text that is no number and no code (e.g. "Large", "330 - 390"). */
        TEXT
    }

    /**
     * A read cell.
     *
     * @param kind      what it holds
     * @param value     the number (0 unless {@code kind} is NUMBER)
     * @param qualifier reported, lower or upper bound
     * @param gap       the kind of gap, for GAP
     * @param code      the code or text as written, for GAP and TEXT
     */
    public record Cell(Kind kind, double value, Qualifier qualifier, Optional<GapKind> gap, String code) {}

    /** Reads one cell. */
    public static Cell parse(String raw) {
        String t = raw.replace('\u00a0', ' ').strip();
        if (t.isEmpty()) {
            return new Cell(Kind.EMPTY, 0, Qualifier.REPORTED, Optional.empty(), "");
        }
        String u = t.toUpperCase(Locale.ROOT);
        switch (u) {
            case "W":
                return new Cell(Kind.GAP, 0, Qualifier.REPORTED, Optional.of(GapKind.WITHHELD), t);
            case "NA", "XX", "S", "N/A":
                return new Cell(Kind.GAP, 0, Qualifier.REPORTED, Optional.of(GapKind.NOT_AVAILABLE), t);
            case "E":
                return new Cell(Kind.NET_EXPORTER, 0, Qualifier.NET_EXPORTER, Optional.empty(), t);
            case "\u2014", "--", "\u2013", "-":
                return new Cell(Kind.NUMBER, 0, Qualifier.REPORTED, Optional.empty(), t);
            default:
                break;
        }
        Matcher m = NUMBER.matcher(t);
        if (m.matches()) {
            double v = Double.parseDouble(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
            Qualifier q = m.group(1).equals(">") ? Qualifier.LOWER_BOUND
                    : m.group(1).equals("<") ? Qualifier.UPPER_BOUND : Qualifier.REPORTED;
            return new Cell(Kind.NUMBER, v, q, Optional.empty(), t);
        }
        return new Cell(Kind.TEXT, 0, Qualifier.REPORTED, Optional.empty(), t);
    }
}
