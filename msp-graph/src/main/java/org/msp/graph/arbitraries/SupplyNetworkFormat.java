package org.msp.graph.arbitraries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.SampleReportingFormat;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;

/**
 * Shows a {@link SupplyNetwork} in jqwik's failure reports with all its sources and edges, so a shrunk
 * counterexample can be read (and rebuilt) without a debugger:
 *
 * <pre>{@code
 * SupplyNetwork{
 *   sources=["AUS/mining/lithium: 1 t"],
 *   edges=["AUS/mining/lithium -> AUS/refining/lithium: 1 t"]
 * }
 * }</pre>
 *
 * <p>{@link SupplyDomain} registers it; a test suite that does not use the domain can register it in its own
 * test resources ({@code META-INF/services/net.jqwik.api.SampleReportingFormat}). Networks of more than 200
 * edges are cut after 200. This class is stateless and thread-safe.
 */
public class SupplyNetworkFormat implements SampleReportingFormat {
    private static final int MAX_LINES = 200;

    /** Creates the format. */
    public SupplyNetworkFormat() {}

    /** Returns true for supply networks. */
    @Override
    public boolean appliesTo(Object value) {
        return value instanceof SupplyNetwork;
    }

    /** Returns the label {@code SupplyNetwork}. */
    @Override
    public Optional<String> label(Object value) {
        return Optional.of("SupplyNetwork");
    }

    /** Returns a map of the year, the nodes with own supply ("sources") and the edges, in network order. */
    @Override
    public Object report(Object value) {
        SupplyNetwork n = (SupplyNetwork) value;
        List<String> sources = new ArrayList<>();
        for (Node v : n.nodes()) {
            if (n.ownSupply(v) > 0 && sources.size() < MAX_LINES) {
                sources.add(String.format(Locale.ROOT, "%s: %s t", v, tonnes(n.ownSupply(v))));
            }
        }
        List<String> edges = new ArrayList<>();
        for (SupplyEdge e : n.edges()) {
            if (edges.size() == MAX_LINES) {
                edges.add("... " + (n.edgeCount() - MAX_LINES) + " more");
                break;
            }
            edges.add(String.format(Locale.ROOT, "%s -> %s: %s t", e.source(), e.target(), tonnes(e.tonnes())));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", n.year());
        m.put("sources", sources);
        m.put("edges", edges);
        return m;
    }

    private static String tonnes(double t) {
        return t == Math.rint(t) && Math.abs(t) < 1e15 ? Long.toString((long) t)
                : String.format(Locale.ROOT, "%.6g", t);
    }
}
