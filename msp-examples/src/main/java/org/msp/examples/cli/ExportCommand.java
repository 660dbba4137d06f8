package org.msp.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msp export --mineral M --format graphml|gexf|dot [--out FILE] [--year Y] [--min-share X]}: the supply
 * network of a mineral as a graph file for Gephi (GEXF, GraphML), Cytoscape and NetworkX (GraphML) or Graphviz
 * (DOT).
 *
 * <p>Vertices are {@code n0, n1, ...} in the network's node order, with attributes {@code label}
 * ({@code CHN/refining/gallium}, {@code ?CHN/...} for an unknown source), {@code actor}, {@code stage},
 * {@code mineral}, {@code kind} ({@code actor} or {@code unknown}), {@code own_supply_t} and
 * {@code throughput_t}; edges carry {@code tonnes} (also the GraphML/GEXF weight) and {@code origin}
 * ({@code reported} or {@code inferred}). GraphML ({@link GraphMlWriter}) writes every value on every node and
 * edge; GEXF is written by jgrapht-io; DOT ({@link DotWriter}) is ranked by stage and leaves out the edges below
 * {@code --min-share} of their mineral's largest flow, saying on standard error what it left out. The output is
 * deterministic: the same dataset gives the same bytes.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a mineral's supply network as GraphML, GEXF or DOT.")
final class ExportCommand extends MspCommand {
    /** The graph file formats. */
    enum GraphFormat {
        GRAPHML, GEXF, DOT
    }

    @Option(names = "--mineral", required = true, arity = "1..*", paramLabel = "M",
            description = "The mineral (several: one network with all of them).")
    List<String> minerals = new ArrayList<>();

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = GraphFormatConverter.class,
            description = "graphml, gexf or dot.")
    GraphFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
    Path out;

    @Option(names = "--year", paramLabel = "Y", description = "Year (default: the dataset's latest year with trade).")
    Integer year;

    /** The DOT threshold's default: an edge below this share of its mineral's largest flow is left out. */
    static final double DEFAULT_MIN_SHARE = 0.002;

    @Option(names = "--min-share", paramLabel = "X",
            description = "DOT only: leave out edges below X of the mineral's largest flow (default "
                    + DEFAULT_MIN_SHARE + "; 0 writes every edge). What is left out is said on stderr and in the file.")
    Double minShare;

    /** Creates the command; picocli fills its options. */
    ExportCommand() {
    }

    @Override
    int run() throws IOException {
        Dataset d = dataset();
        int y = Arguments.year(d, year);
        TreeSet<String> ids = new TreeSet<>();
        for (String m : minerals) {
            ids.add(Arguments.mineral(d, m));
        }
        SupplyNetwork net = networks().of(y, ids.toArray(String[]::new));
        double share = minShare == null ? DEFAULT_MIN_SHARE : minShare;
        if (format != GraphFormat.DOT && minShare != null) {
            throw new UsageException(
                    "--min-share applies to --format dot only; GraphML and GEXF write every edge");
        }
        if (format == GraphFormat.DOT && !(share >= 0 && share <= 1)) {
            throw new UsageException(
                    "--min-share must be a share between 0 and 1, got " + share);
        }
        List<DotWriter.Omitted> omitted = List.of();
        if (out == null) {
            StringWriter w = new StringWriter();
            omitted = write(net, format, share, w);
            out().print(w);
            out().flush();
        } else {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
                omitted = write(net, format, share, w);
            }
            err().println("msp export: wrote " + net.nodeCount() + " nodes and " + net.edgeCount() + " edges to "
                    + out);
            err().flush();
        }
        for (DotWriter.Omitted o : omitted) {
            if (o.edges() > 0 || o.nodes() > 0) {
                err().println("msp export: " + o + " (--min-share " + DotWriter.share(share)
                        + "; 0 writes every edge)");
            }
        }
        err().flush();
        return 0;
    }

    /**
     * Writes {@code net} in {@code format} to {@code w}; DOT leaves out edges below {@code minShare} of their
     * mineral's largest flow ({@link DotWriter}), GraphML and GEXF write every node and edge.
     *
     * @return what the DOT threshold left out, per mineral; empty for GraphML and GEXF
     */
    static List<DotWriter.Omitted> write(SupplyNetwork net, GraphFormat format, double minShare, Writer w) {
        return switch (format) {
            case DOT -> DotWriter.write(net, minShare, w);
            case GRAPHML -> {
                GraphMlWriter.write(net, w);
                yield List.of();
            }
            case GEXF -> {
                writeGexf(net, w);
                yield List.of();
            }
        };
    }

    /** Writes {@code net} to {@code w} as GEXF through jgrapht-io. */
    static void writeGexf(SupplyNetwork net, Writer w) {
        Map<SupplyEdge, String> edgeIds = new IdentityHashMap<>();
        for (SupplyEdge e : net.edges()) {
            edgeIds.put(e, "e" + edgeIds.size());
        }
        GEXFExporter<Node, SupplyEdge> g = new GEXFExporter<>(n -> "n" + net.index(n), edgeIds::get);
        for (String a : List.of("actor", "stage", "mineral", "kind")) {
            g.registerAttribute(a, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        }
        g.registerAttribute("own_supply_t", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
        g.registerAttribute("throughput_t", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
        g.registerAttribute("tonnes", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
        g.registerAttribute("origin", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        g.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        g.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
        GraphExporter<Node, SupplyEdge> exporter = g;
        ((org.jgrapht.nio.BaseExporter<Node, SupplyEdge>) exporter).setVertexAttributeProvider(n -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(n.toString()));
            m.put("actor", DefaultAttribute.createAttribute(n.actor().toString()));
            m.put("stage", DefaultAttribute.createAttribute(n.stage().id()));
            m.put("mineral", DefaultAttribute.createAttribute(n.mineral()));
            m.put("kind", DefaultAttribute.createAttribute(n.isUnknownSource() ? "unknown" : "actor"));
            m.put("own_supply_t", DefaultAttribute.createAttribute(round(net.ownSupply(n))));
            m.put("throughput_t", DefaultAttribute.createAttribute(round(net.throughput(n))));
            return m;
        });
        ((org.jgrapht.nio.BaseExporter<Node, SupplyEdge>) exporter).setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("tonnes", DefaultAttribute.createAttribute(round(e.tonnes())));
            m.put("origin", DefaultAttribute.createAttribute(e.origin().name().toLowerCase(Locale.ROOT)));
            return m;
        });
        try {
            exporter.exportGraph(net.graph(), w);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        }
    }

    /** Rounds tonnes to 6 decimals (a gram), so that summing noise does not reach the file. */
    static double round(double tonnes) {
        return Math.round(tonnes * 1e6) / 1e6;
    }

    /** Reads {@code graphml}, {@code gexf} or {@code dot}, ignoring case. */
    static final class GraphFormatConverter implements CommandLine.ITypeConverter<GraphFormat> {
        @Override
        public GraphFormat convert(String value) {
            try {
                return GraphFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "unknown graph format '" + value + "'; expected one of graphml, gexf, dot");
            }
        }
    }
}
