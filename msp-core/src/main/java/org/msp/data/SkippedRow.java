package org.msp.data;

import org.msp.internal.Checks;

/**
 * A row of a source file that an importer read but did not turn into a record, with the reason: a total,
 * a statistic the library does not model (capacity, a second basis of the same figure), a commodity with no
 * mineral id. Importers report every such row so that nothing is dropped silently.
 *
 * @param file   the file name
 * @param line   the line the row starts on (1-based), or 0 for a record without a line (a GeoJSON feature
 *               uses its index)
 * @param what   the row in a few words, e.g. {@code "Lithium / Other countries / 2024"}
 * @param reason why it was not imported
 */
public record SkippedRow(String file, int line, String what, String reason) {
    public SkippedRow {
        Checks.notNull(file, "SkippedRow", "file");
        Checks.notNull(what, "SkippedRow", "what");
        Checks.text(reason, "SkippedRow", "reason");
    }

    @Override
    public String toString() {
        return file + " line " + line + " (" + what + "): " + reason;
    }
}
