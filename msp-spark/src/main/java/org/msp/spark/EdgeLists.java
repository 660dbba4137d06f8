package org.msp.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.io.DataFileException;
import org.msp.model.DataProblem;

/**
 * Facility-level networks in and out as edge lists: the two tables that
 * {@link org.msp.graph.synthetic.SyntheticNetworks#writeEdgeList} writes, as tab- or comma-separated text or as
 * Parquet.
 *
 * <p><b>Format.</b> The edge table has the columns {@code tail head flow capacity} (node indices, tonnes a year, the
 * edge's capacity); the node table {@code index own_supply capacity node} and optionally {@code country}: the index
 * {@code 0..n-1} in row order (text) or as a column (Parquet), the node's own supply and production capacity, its
 * text form {@code [?]ACTOR/STAGE/MINERAL} ({@code CHN/refining/gallium}, {@code facility:ID/mining/lithium}; a
 * leading {@code ?} marks an unknown source) and, for a facility, the ISO3 code of its host country (without it a
 * facility counts with no country). In Parquet, indices are {@code long}, amounts {@code double}, text
 * {@code string}.
 *
 * <p><b>Validation</b>, as strict as the dataset reader's: the header names exactly these columns; every row has
 * every field; indices are integers, node indices run 0..n-1 without gaps, edge ends lie in that range and differ;
 * amounts are finite and non-negative, a capacity is not below the flow or own supply; node texts parse and are
 * unique; a host country is three upper-case letters and belongs to a facility; no two edges join the same pair of
 * nodes in the same direction. The first problem throws a {@link DataFileException} naming the file, the row (line
 * number of the text file, 1 for the header; row number for Parquet, counted from 1 in index order for nodes) and
 * the field.
 *
 * <p>Running time O((n + m) log n). This class is stateless and thread-safe.
 */
public final class EdgeLists {
    static final List<String> EDGE_COLUMNS = List.of("tail", "head", "flow", "capacity");
    static final List<String> NODE_COLUMNS = List.of("index", "own_supply", "capacity", "node");
    static final String COUNTRY = "country";

    private EdgeLists() {
    }

    /**
     * Reads a network of {@code year} from an edge table and a node table in text form (tab- or comma-separated,
     * UTF-8, header line first).
     *
     * @throws DataFileException if a file cannot be read or breaks a rule above (the message names file, line and
     *                           field)
     */
    public static SupplyNetwork read(Path edges, Path nodes, int year) {
        Objects.requireNonNull(edges, "edges");
        Objects.requireNonNull(nodes, "nodes");
        Reader r = new Reader(year);
        readText(nodes, true, r);
        readText(edges, false, r);
        return r.build();
    }

    /**
     * Reads a network of {@code year} from an edge table and a node table in Parquet (files or directories).
     *
     * @throws DataFileException if a table cannot be read or breaks a rule above
     */
    public static SupplyNetwork readParquet(SparkSession spark, String edges, String nodes, int year) {
        Reader r = new Reader(year);
        List<String[]> nodeRows = parquetRows(spark, nodes, true);
        r.header(nodes, columnsOf(spark, nodes), true);
        nodeRows.sort((a, b) -> compareIndex(a[0], b[0]));
        for (int i = 0; i < nodeRows.size(); i++) {
            r.node(nodes, "row " + (i + 1), nodeRows.get(i));
        }
        r.header(edges, columnsOf(spark, edges), false);
        List<String[]> edgeRows = parquetRows(spark, edges, false);
        for (int i = 0; i < edgeRows.size(); i++) {
            r.edge(edges, "row " + (i + 1), edgeRows.get(i));
        }
        return r.build();
    }

    /**
     * Writes {@code network} as Parquet edge and node tables (the columns above, {@code country} filled for
     * facilities with a host). Each table is written to a temporary directory beside its path and renamed into
     * place when complete ({@link SparkOutput}).
     *
     * @throws IllegalArgumentException if a path exists
     */
    public static void writeParquet(SparkSession spark, SupplyNetwork network, String edges, String nodes) {
        List<Row> nodeRows = new ArrayList<>();
        for (int v = 0; v < network.nodeCount(); v++) {
            Node n = network.node(v);
            nodeRows.add(RowFactory.create((long) v, network.ownSupply(n), network.capacity(n), n.toString(),
                    n.isCountry() || n.isUnknownSource() ? null : network.country(n).orElse(null)));
        }
        StructType nodeSchema = new StructType().add("index", DataTypes.LongType, false)
                .add("own_supply", DataTypes.DoubleType, false).add("capacity", DataTypes.DoubleType, false)
                .add("node", DataTypes.StringType, false).add(COUNTRY, DataTypes.StringType, true);
        List<Row> edgeRows = new ArrayList<>();
        network.edges().forEach(e -> edgeRows.add(RowFactory.create((long) network.index(e.source()),
                (long) network.index(e.target()), e.tonnes(), e.capacity())));
        StructType edgeSchema = new StructType().add("tail", DataTypes.LongType, false)
                .add("head", DataTypes.LongType, false).add("flow", DataTypes.DoubleType, false)
                .add("capacity", DataTypes.DoubleType, false);
        SparkOutput.writeParquet(spark.createDataFrame(nodeRows, nodeSchema), nodes);
        SparkOutput.writeParquet(spark.createDataFrame(edgeRows, edgeSchema), edges);
    }

    private static int compareIndex(String a, String b) {
        try {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private static List<String> columnsOf(SparkSession spark, String path) {
        return List.of(load(spark, path).columns());
    }

    private static Dataset<Row> load(SparkSession spark, String path) {
        try {
            return spark.read().parquet(path);
        } catch (RuntimeException e) {
            throw new DataFileException(path, List.of(new DataProblem("file", "", "cannot read Parquet: "
                    + firstLine(e.getMessage()))), e);
        }
    }

    private static List<String[]> parquetRows(SparkSession spark, String path, boolean nodes) {
        Dataset<Row> d = load(spark, path);
        List<String> columns = List.of(d.columns());
        new Reader(0).header(path, columns, nodes);
        List<String> wanted = new ArrayList<>(nodes ? NODE_COLUMNS : EDGE_COLUMNS);
        if (nodes && columns.contains(COUNTRY)) {
            wanted.add(COUNTRY);
        }
        List<String[]> out = new ArrayList<>();
        for (Row row : d.selectExpr(wanted.toArray(String[]::new)).collectAsList()) {
            String[] f = new String[wanted.size()];
            for (int i = 0; i < f.length; i++) {
                Object x = row.get(i);
                f[i] = x == null ? "" : String.valueOf(x);
            }
            out.add(f);
        }
        return out;
    }

    private static void readText(Path file, boolean nodes, Reader r) {
        String name = file.toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw problem(name, "line 1", "", "the file is empty; expected a header line");
            }
            String sep = header.contains("\t") ? "\t" : ",";
            r.header(name, List.of(header.strip().split(sep, -1)), nodes);
            String line;
            int no = 1;
            while ((line = in.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(sep, -1);
                if (nodes) {
                    r.node(name, "line " + no, f);
                } else {
                    r.edge(name, "line " + no, f);
                }
            }
        } catch (NoSuchFileException e) {
            throw problem(name, "file", "", "no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DataFileException(name, List.of(new DataProblem("file", "", "cannot read: " + e.getMessage())),
                    e);
        }
    }

    static DataFileException problem(String file, String location, String field, String message) {
        return new DataFileException(file, List.of(new DataProblem(location, field, message)));
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "unknown error";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The rows read so far and their checks. */
    private static final class Reader {
        private final int year;
        private final List<Node> nodes = new ArrayList<>();
        private final List<double[]> amounts = new ArrayList<>();
        private final Set<Node> seen = new HashSet<>();
        private final TreeMap<String, String> hosts = new TreeMap<>();
        private final SupplyNetwork.Builder builder;
        private final Map<Long, String> edgeAt = new HashMap<>();
        private boolean country;

        Reader(int year) {
            this.year = year;
            this.builder = SupplyNetwork.builder(year);
        }

        void header(String file, List<String> columns, boolean isNodes) {
            List<String> want = isNodes ? NODE_COLUMNS : EDGE_COLUMNS;
            List<String> got = columns.stream().map(String::strip).toList();
            boolean ok = got.size() >= want.size() && got.subList(0, want.size()).equals(want)
                    && (got.size() == want.size() || isNodes && got.size() == want.size() + 1
                    && got.get(want.size()).equals(COUNTRY));
            if (!ok) {
                throw problem(file, "line 1", "", "header " + got + " is not " + want
                        + (isNodes ? " (optionally followed by country)" : ""));
            }
            if (isNodes) {
                country = got.size() > want.size();
            }
        }

        void node(String file, String at, String[] f) {
            int width = NODE_COLUMNS.size() + (country ? 1 : 0);
            if (f.length != width) {
                throw problem(file, at, "", "has " + f.length + " fields, expected " + width);
            }
            long index = integer(file, at, "index", f[0]);
            if (index != nodes.size()) {
                throw problem(file, at, "index", "is " + index + ", expected " + nodes.size()
                        + " (indices run 0..n-1 in order)");
            }
            double own = amount(file, at, "own_supply", f[1]);
            double cap = amount(file, at, "capacity", f[2]);
            if (cap < own) {
                throw problem(file, at, "capacity", cap + " is below own_supply " + own);
            }
            Node n;
            try {
                n = NetworkImage.parseNode(f[3].strip());
            } catch (IllegalArgumentException e) {
                throw problem(file, at, "node", e.getMessage());
            }
            if (!seen.add(n)) {
                throw problem(file, at, "node", n + " appears twice");
            }
            if (country && !f[4].isBlank()) {
                String iso = f[4].strip();
                if (!iso.matches("[A-Z]{3}")) {
                    throw problem(file, at, COUNTRY, "'" + iso + "' is not an ISO3 code");
                }
                if (n.isCountry() || n.isUnknownSource()) {
                    throw problem(file, at, COUNTRY, "given for " + n + ", which is not a facility");
                }
                String prev = hosts.putIfAbsent(n.actor().id(), iso);
                if (prev != null && !prev.equals(iso)) {
                    throw problem(file, at, COUNTRY, "facility " + n.actor().id() + " was given " + prev + " before");
                }
            }
            nodes.add(n);
            amounts.add(new double[] {own, cap});
        }

        void edge(String file, String at, String[] f) {
            if (f.length != EDGE_COLUMNS.size()) {
                throw problem(file, at, "", "has " + f.length + " fields, expected " + EDGE_COLUMNS.size());
            }
            long t = integer(file, at, "tail", f[0]);
            long h = integer(file, at, "head", f[1]);
            for (String[] end : new String[][] {{"tail", Long.toString(t)}, {"head", Long.toString(h)}}) {
                long v = Long.parseLong(end[1]);
                if (v < 0 || v >= nodes.size()) {
                    throw problem(file, at, end[0], v + " is not a node index (0.." + (nodes.size() - 1) + ")");
                }
            }
            if (t == h) {
                throw problem(file, at, "head", "equals tail " + t + " (a self-loop)");
            }
            double flow = amount(file, at, "flow", f[2]);
            double cap = amount(file, at, "capacity", f[3]);
            if (cap < flow) {
                throw problem(file, at, "capacity", cap + " is below flow " + flow);
            }
            String prev = edgeAt.putIfAbsent(t * nodes.size() + h, at);
            if (prev != null) {
                throw problem(file, at, "", "edge " + t + " -> " + h + " repeats " + prev);
            }
            builder.edge(nodes.get((int) t), nodes.get((int) h), flow, cap, org.msp.model.FlowOrigin.REPORTED,
                    NetworkImage.EDGE_LIST);
        }

        SupplyNetwork build() {
            for (int v = 0; v < nodes.size(); v++) {
                builder.node(nodes.get(v), amounts.get(v)[0], amounts.get(v)[1]);
            }
            hosts.forEach(builder::facilityCountry);
            return builder.build();
        }

        private static long integer(String file, String at, String field, String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw problem(file, at, field, "'" + text + "' is not an integer");
            }
        }

        private static double amount(String file, String at, String field, String text) {
            double x;
            try {
                x = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw problem(file, at, field, "'" + text + "' is not a number");
            }
            if (!(x >= 0) || Double.isInfinite(x)) {
                throw problem(file, at, field, text.strip() + " is negative or not finite");
            }
            return x;
        }
    }
}
