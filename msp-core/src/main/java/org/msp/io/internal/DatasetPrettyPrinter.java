package org.msp.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;

/**
 * Lays out a dataset document compactly but readably: the top-level object and its arrays one entry per
 * line (2-space indent), each record on one line of its own ({@code {"iso3": "AUS", "name": ...}}), with
 * {@code \n} line ends whatever the platform. A record per line keeps a 100,000-record file small and its
 * diffs short.
 *
 * <p>Containers at nesting depth 1 and 2 are laid out on several lines; deeper ones on one line. One
 * instance serves one document ({@link #createInstance()} makes a fresh one).
 */
public final class DatasetPrettyPrinter implements PrettyPrinter, Instantiatable<DatasetPrettyPrinter> {
    private static final int MULTI_LINE_DEPTH = 2;
    private int depth;

    @Override
    public DatasetPrettyPrinter createInstance() {
        return new DatasetPrettyPrinter();
    }

    private void newline(JsonGenerator g, int level) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < level; i++) {
            g.writeRaw("  ");
        }
    }

    private boolean multiLine() {
        return depth <= MULTI_LINE_DEPTH;
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (multiLine()) {
            newline(g, depth);
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (multiLine()) {
            newline(g, depth);
        } else {
            g.writeRaw(' ');
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        boolean multi = multiLine();
        depth--;
        if (multi && nrOfEntries > 0) {
            newline(g, depth);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (multiLine()) {
            newline(g, depth);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (multiLine()) {
            newline(g, depth);
        } else {
            g.writeRaw(' ');
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        boolean multi = multiLine();
        depth--;
        if (multi && nrOfValues > 0) {
            newline(g, depth);
        }
        g.writeRaw(']');
    }

    @Override
    public String toString() {
        return "DatasetPrettyPrinter[depth " + depth + "]";
    }
}
