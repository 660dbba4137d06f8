package org.msp.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads the built-in catalogues: UTF-8 CSV resources with a fixed header, RFC 4180 quoting. */
final class SimpleCsv {
    private SimpleCsv() {}

    /**
     * Reads the resource {@code name} beside this class, checks its header, and passes each non-blank row,
     * split into exactly as many fields as the header has, to {@code row}.
     *
     * @throws IllegalStateException if the resource is missing or malformed (a build defect)
     */
    static void readResource(String name, String header, Consumer<String[]> row) {
        int fields = split(header).length;
        try (InputStream in = SimpleCsv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/msp/model/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String first = r.readLine();
            if (!header.equals(first)) {
                throw new IllegalStateException(name + ": unexpected header " + first);
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = split(line);
                if (f.length != fields) {
                    throw new IllegalStateException(name + " line " + n + ": expected " + fields + " fields, got "
                            + f.length);
                }
                row.accept(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String[] split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }
}
