package org.msp.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The rows a tabular command prints, with typed columns, rendered as an aligned text table, CSV or JSON.
 *
 * <p>Cells are {@code null} (no value: empty in CSV, {@code null} in JSON, {@code -} in the table), a
 * {@link String}, or a {@link Number} for numeric columns; a numeric column may also hold a word such as
 * {@code "unbounded"}, written as text in every format. Numbers are written with {@link Locale#ROOT}: in CSV
 * and JSON, shares are fractions 0–1 rounded to 6 decimals and tonnes to 3 decimals, trailing zeros removed;
 * in the table, shares are percentages with one decimal and tonnes have thousands separators. Rows keep the
 * order they were added in. A table is built once and then only read; it is not thread-safe while built.
 */
public final class Table {
    /** What a column holds, which decides how its numbers are written. */
    public enum Kind {
        /** Text: ids, ISO3 codes, stages. */
        TEXT,
        /** Whole numbers (years, counts). */
        INTEGER,
        /** Fractions 0–1, shown as percentages in the table. */
        SHARE,
        /** Metric tonnes. */
        TONNES,
        /** Other decimals (HHI, days), 6 decimals in CSV and JSON, 3 in the table. */
        DECIMAL
    }

    /**
     * One column.
     *
     * @param name the header, lower case with underscores
     * @param kind what it holds
     */
    public record Column(String name, Kind kind) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** The JSON writer, made on first use: a table or CSV needs none, and making one costs a cold JVM tens of ms. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final List<Column> columns;
    private final List<Object[]> rows = new ArrayList<>();

    private Table(List<Column> columns) {
        this.columns = ImmutableList.copyOf(columns);
    }

    /** Returns an empty table with the given columns, in order. */
    public static Table of(Column... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        return new Table(Arrays.asList(columns));
    }

    /** Returns a text column. */
    public static Column text(String name) {
        return new Column(name, Kind.TEXT);
    }

    /** Returns a whole-number column. */
    public static Column integer(String name) {
        return new Column(name, Kind.INTEGER);
    }

    /** Returns a share column (fractions 0–1). */
    public static Column share(String name) {
        return new Column(name, Kind.SHARE);
    }

    /** Returns a tonnes column. */
    public static Column tonnes(String name) {
        return new Column(name, Kind.TONNES);
    }

    /** Returns a decimal column. */
    public static Column decimal(String name) {
        return new Column(name, Kind.DECIMAL);
    }

    /**
     * Adds a row.
     *
     * @throws IllegalArgumentException if the number of cells differs from the number of columns
     */
    public Table add(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the table " + columns.size()
                    + " columns");
        }
        rows.add(cells.clone());
        return this;
    }

    /** Returns the columns. */
    public List<Column> columns() {
        return columns;
    }

    /** Returns the number of rows. */
    public int size() {
        return rows.size();
    }

    /** Returns the CSV header line: the column names joined by commas. */
    public String header() {
        return String.join(",", columns.stream().map(Column::name).toList());
    }

    /** Writes the table in {@code format} to {@code out}. */
    public void print(OutputFormat format, PrintWriter out) {
        switch (format) {
            case CSV -> printCsv(out);
            case JSON -> printJson(out);
            default -> printTable(out);
        }
        out.flush();
    }

    private void printCsv(PrintWriter out) {
        out.println(header());
        for (Object[] row : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                cells.add(csvCell(machine(row[i], columns.get(i).kind())));
            }
            out.println(String.join(",", cells));
        }
    }

    private static String csvCell(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private void printJson(PrintWriter out) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Object[] row : rows) {
            ObjectNode o = array.addObject();
            for (int i = 0; i < row.length; i++) {
                String name = columns.get(i).name();
                Object v = row[i];
                if (v == null) {
                    o.putNull(name);
                } else if (v instanceof Number n && columns.get(i).kind() != Kind.TEXT) {
                    if (columns.get(i).kind() == Kind.INTEGER) {
                        o.put(name, n.longValue());
                    } else {
                        o.put(name, new BigDecimal(machine(v, columns.get(i).kind())));
                    }
                } else {
                    o.put(name, v.toString());
                }
            }
        }
        try {
            out.println(Json.MAPPER.writeValueAsString(array));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printTable(PrintWriter out) {
        int n = columns.size();
        List<String[]> text = new ArrayList<>();
        String[] head = new String[n];
        for (int i = 0; i < n; i++) {
            head[i] = columns.get(i).name();
        }
        text.add(head);
        for (Object[] row : rows) {
            String[] t = new String[n];
            for (int i = 0; i < n; i++) {
                t[i] = human(row[i], columns.get(i).kind());
            }
            text.add(t);
        }
        int[] width = new int[n];
        for (String[] t : text) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], t[i].length());
            }
        }
        for (String[] t : text) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append("  ");
                }
                boolean right = columns.get(i).kind() != Kind.TEXT;
                String pad = " ".repeat(width[i] - t[i].length());
                b.append(right ? pad + t[i] : (i == n - 1 ? t[i] : t[i] + pad));
            }
            out.println(b.toString().stripTrailing());
        }
        if (rows.isEmpty()) {
            out.println("(no rows)");
        }
    }

    /** Returns the CSV/JSON text of a cell. */
    static String machine(Object v, Kind kind) {
        if (v == null) {
            return "";
        }
        if (!(v instanceof Number n) || kind == Kind.TEXT) {
            return v.toString();
        }
        switch (kind) {
            case INTEGER:
                return Long.toString(n.longValue());
            case TONNES:
                return decimals(n.doubleValue(), 3);
            default:
                return decimals(n.doubleValue(), 6);
        }
    }

    /** Returns the table text of a cell. */
    static String human(Object v, Kind kind) {
        if (v == null) {
            return "-";
        }
        if (!(v instanceof Number n) || kind == Kind.TEXT) {
            return v.toString();
        }
        double d = n.doubleValue();
        switch (kind) {
            case INTEGER:
                return Long.toString(n.longValue());
            case SHARE:
                return String.format(Locale.ROOT, "%.1f%%", d * 100);
            case TONNES:
                return Math.abs(d) >= 100 || d == 0 ? String.format(Locale.ROOT, "%,.0f", d)
                        : String.format(Locale.ROOT, "%,.3g", d);
            default:
                return String.format(Locale.ROOT, "%.3f", d);
        }
    }

    /** Rounds to {@code places} decimals, plain notation, no trailing zeros, no negative zero. */
    static String decimals(double d, int places) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("not a finite number: " + d);
        }
        BigDecimal b = new BigDecimal(d).setScale(places, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (b.signum() == 0) {
            return "0";
        }
        return b.toPlainString();
    }

    /** Returns the header and at most five rows, as CSV. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Table[").append(rows.size()).append(" rows] ").append(header());
        for (int r = 0; r < Math.min(5, rows.size()); r++) {
            b.append('\n');
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(machine(rows.get(r)[i], columns.get(i).kind()));
            }
            b.append(String.join(",", cells));
        }
        if (rows.size() > 5) {
            b.append("\n... ").append(rows.size() - 5).append(" more");
        }
        return b.toString();
    }
}
