package org.msp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of msp-core form no cycle: the domain ({@code org.msp.model}) and its JSON format ({@code org.msp.io})
 * at the bottom, the importers' vocabulary ({@code org.msp.data}) and one importer package per publisher above them,
 * and the embedded world ({@code org.msp.world}) on top, which depends on the importers and never the reverse.
 *
 * <p>The dependencies are read from the sources: every {@code import} and every fully-qualified
 * {@code org.msp....Type} reference (Javadoc links included, since a link names a package the reader must know).
 * A package {@code p.internal} counts as part of {@code p}, whose implementation it is (the façade
 * {@code org.msp.io.DatasetJson} calls {@code org.msp.io.internal.DatasetFormat}, which throws the façade's
 * {@code DataFileException}); {@code org.msp.internal} has no package above it and stands alone.
 */
class PackageCycleTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.msp(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void mspCore_packages_formNoCycle() {
        Map<String, Set<String>> graph = dependencies(SOURCES);
        assertTrue(graph.containsKey("org.msp.world") && graph.containsKey("org.msp.data.usgs"), graph::toString);
        List<Set<String>> cycles = cycles(graph);
        assertTrue(cycles.isEmpty(), () -> "package cycles in msp-core: " + cycles + "\n" + explain(graph, cycles));
    }

    @Test
    void world_dependsOnImporters_notTheReverse() {
        Map<String, Set<String>> graph = dependencies(SOURCES);
        assertTrue(graph.get("org.msp.world").contains("org.msp.data.usgs"), graph::toString);
        graph.forEach((from, to) -> assertTrue(from.equals("org.msp.world") || !to.contains("org.msp.world"),
                () -> from + " depends on org.msp.world"));
    }

    @Test
    void cycles_ofASmallGraph_areFound() {
        Map<String, Set<String>> g = new TreeMap<>();
        g.put("a", new TreeSet<>(Set.of("b")));
        g.put("b", new TreeSet<>(Set.of("c")));
        g.put("c", new TreeSet<>(Set.of("a", "d")));
        g.put("d", new TreeSet<>());
        assertEquals(List.of(Set.of("a", "b", "c")), cycles(g));
        g.get("c").remove("a");
        assertEquals(List.of(), cycles(g));
    }

    /** Returns, for each package under {@code root}, the other org.msp packages its sources reference. */
    static Map<String, Set<String>> dependencies(Path root) {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(f);
                Matcher pm = PACKAGE.matcher(text);
                if (!pm.find()) {
                    continue; // module-info.java
                }
                String from = unit(pm.group(1));
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher rm = REFERENCE.matcher(text);
                while (rm.find()) {
                    String target = unit(rm.group(1));
                    if (!target.equals(from)) {
                        to.add(target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** Returns the package {@code p} for {@code p.internal} (except for {@code org.msp.internal}), else its argument. */
    static String unit(String pkg) {
        return pkg.endsWith(".internal") && !pkg.equals("org.msp.internal")
                ? pkg.substring(0, pkg.length() - ".internal".length()) : pkg;
    }

    /** Returns the strongly connected components of more than one package (Tarjan 1972), in a fixed order. */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new TreeMap<>();
        Map<String, Integer> low = new TreeMap<>();
        List<String> stack = new ArrayList<>();
        List<Set<String>> out = new ArrayList<>();
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, out);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> g, Map<String, Integer> index,
            Map<String, Integer> low, List<String> stack, List<Set<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.add(v);
        for (String w : g.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, g, index, low, stack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.remove(stack.size() - 1);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }

    private static String explain(Map<String, Set<String>> g, List<Set<String>> cycles) {
        StringBuilder b = new StringBuilder();
        for (Set<String> c : cycles) {
            for (String p : c) {
                Set<String> inside = new TreeSet<>(g.get(p));
                inside.retainAll(c);
                b.append("  ").append(p).append(" -> ").append(inside).append('\n');
            }
        }
        return b.toString();
    }
}
