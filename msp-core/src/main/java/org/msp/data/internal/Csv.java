package org.msp.data.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.io.InputStream;
import java.util.List;

/**
 * An RFC 4180 reader that keeps the physical line number each record starts on: quoted fields may hold
 * commas, doubled quotes and line breaks; records end at LF or CRLF.
 *
 * <p>Not part of the public API.
 */
public final class Csv {
    private Csv() {}

    /** One record and the line it starts on (1-based). */
    public record Row(int line, List<String> fields) {
        /** Returns field {@code i}, or the empty string if the record is shorter. */
        public String get(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }

        /** Returns true if every field is blank. */
        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }

        /**
         * Checks that the record has exactly {@code width} fields, the header's count.
         *
         * @throws RuntimeException the library's data-file exception naming {@code sourceName} and the line
         */
        public void requireWidth(int width, String sourceName) {
            if (fields.size() != width) {
                throw Problems.single(sourceName, "line " + line, "", "expected " + width + " fields, found "
                        + fields.size() + " (truncated line?)");
            }
        }
    }

    /**
     * Reads {@code in} (bytes decoded by {@link TextFile#decode}) and parses it.
     *
     * @throws RuntimeException the library's data-file exception naming the line of a read, encoding or
     *     quoting problem
     */
    public static List<Row> read(InputStream in, String sourceName) {
        return parse(TextFile.decode(TextFile.bytes(in, sourceName), sourceName).text(), sourceName);
    }

    /**
     * Reads {@code in} like {@link #read} and checks that its first row is exactly {@code header}.
     *
     * @throws RuntimeException the library's data-file exception naming line 1 if the header differs
     */
    public static List<Row> readWithHeader(InputStream in, String sourceName, List<String> header) {
        List<Row> rows = read(in, sourceName);
        if (rows.isEmpty() || !rows.get(0).fields().equals(header)) {
            throw Problems.single(sourceName, "line 1", "", "expected the header " + header);
        }
        return rows;
    }

    /**
     * Splits {@code text} into records.
     *
     * @throws RuntimeException the library's data-file exception if a quoted field is not closed (a
     *     truncated file)
     */
    public static List<Row> parse(String text, String sourceName) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int n = text.length();
        boolean any = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cur.append(c);
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(cur.toString());
                cur.setLength(0);
                rows.add(new Row(recordLine, ImmutableList.copyOf(fields)));
                fields.clear();
                any = false;
                line++;
                recordLine = line;
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw Problems.single(sourceName, "line " + recordLine, "",
                    "a quoted field is not closed before the end of the file (truncated file?)");
        }
        if (any || cur.length() > 0) {
            fields.add(cur.toString());
            rows.add(new Row(recordLine, ImmutableList.copyOf(fields)));
        }
        return rows;
    }
}
