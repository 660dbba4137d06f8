package org.msp.model;

import org.msp.internal.Checks;

/**
 * Where a number comes from: the source, its edition, the table or statistic it was read from, the
 * licence under which it is used, and an optional note (a caveat such as "HS code mixes gallium with
 * germanium").
 *
 * <p>Every figure of the model carries one, so that two sources of the same figure can be told apart and
 * cited. {@code table} and {@code note} may be empty strings; {@code source}, {@code edition} and
 * {@code licence} may not. This class is immutable and thread-safe.
 *
 * @param source  publisher and publication, e.g. {@code "USGS Mineral Commodity Summaries"}
 * @param edition edition or vintage, e.g. {@code "2026"}
 * @param table   the table or statistic label in the source, e.g. {@code "World Mine Production: Mine production"}
 * @param licence licence of the figure, e.g. {@code "Public domain (CC0 1.0)"}
 * @param note    a caveat, or the empty string
 */
public record Provenance(String source, String edition, String table, String licence, String note) {
    public Provenance {
        source = Checks.text(source, "Provenance", "source");
        edition = Checks.text(edition, "Provenance", "edition");
        table = Checks.notNull(table, "Provenance", "table").strip();
        licence = Checks.text(licence, "Provenance", "licence");
        note = Checks.notNull(note, "Provenance", "note").strip();
    }

    /** Returns a provenance without a note. */
    public static Provenance of(String source, String edition, String table, String licence) {
        return new Provenance(source, edition, table, licence, "");
    }

    /** Returns a provenance for figures a user enters by hand, e.g. in a JShell session or a test. */
    public static Provenance user(String note) {
        return new Provenance("user", "n/a", "", "user-supplied", note);
    }

    /** Returns a copy of this provenance with {@code table} replaced. */
    public Provenance withTable(String table) {
        return new Provenance(source, edition, table, licence, note);
    }

    /** Returns a copy of this provenance with {@code note} replaced. */
    public Provenance withNote(String note) {
        return new Provenance(source, edition, table, licence, note);
    }

    /** Returns e.g. {@code "USGS Mineral Commodity Summaries 2026, World Mine Production"}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(source).append(' ').append(edition);
        if (!table.isEmpty()) {
            b.append(", ").append(table);
        }
        if (!note.isEmpty()) {
            b.append(" (").append(note).append(')');
        }
        return b.toString();
    }
}
