package org.msp.examples.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.graph.ConversionSensitivity;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.Concentrations;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.graph.dependency.BlocDependenceAlgorithm;
import org.msp.graph.dependency.Dependence;
import org.msp.graph.dependency.DependenceBounds;
import org.msp.graph.dependency.LookThroughDependencyAlgorithm;
import org.msp.graph.dependency.StageOrigins;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * Runs {@code src/main/jshell/notebook.jsh} after {@code msp.jsh} with the JDK's {@code jshell}, non-interactively,
 * on this test's class path, and checks that it compiles and runs cleanly and that the figures it prints are
 * those the library computes here directly.
 */
class NotebookTest {
    static String output;
    static int exit;
    static Dataset world;
    static final int YEAR = 2024;

    @BeforeAll
    static void runNotebook() throws IOException, InterruptedException {
        Path dir = Path.of("src", "main", "jshell").toAbsolutePath();
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        String exe = Files.isExecutable(jshell) ? jshell.toString() : "jshell";
        Path log = Files.createTempFile("msp-notebook-", ".txt");
        // the client compiler only, in jshell's JVM (-J) and the snippets' (-R): less than half the CPU of the default
        Process p = new ProcessBuilder(exe, "-J-XX:TieredStopAtLevel=1", "-R-XX:TieredStopAtLevel=1",
                "--class-path", System.getProperty("java.class.path"), "--startup",
                "DEFAULT", "--startup", dir.resolve("msp.jsh").toString(), dir.resolve("notebook.jsh").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        p.getOutputStream().close();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("jshell did not finish in 300 s: " + Files.readString(log));
        }
        exit = p.exitValue();
        output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        world = Datasets.world();
    }

    static List<String> lines() {
        return output.lines().toList();
    }

    @Test
    void notebook_runsCleanly() {
        assertEquals(0, exit, output);
        assertFalse(output.contains("Error:"), output);
        assertFalse(output.contains("Exception"), output);
        for (String q : List.of("Q1 ", "Q2 ", "Q3 ", "Q4 ", "Q5 ")) {
            assertTrue(lines().stream().anyMatch(l -> l.startsWith(q)), q + " answered: " + output);
        }
    }

    @Test
    void notebook_galliumBan_asTheLibraryComputesIt() {
        SupplyNetwork gallium = SupplyNetworks.of(world, YEAR, "gallium");
        ConsumerImpact kor = Scenarios.run(world, gallium, Scenario.of(Shock.ExportBan.of("CHN", "gallium",
                Stage.REFINING))).impact("KOR", "gallium").orElseThrow();
        String expected = String.format(Locale.ROOT,
                "Q1 ban: KOR loses %.1f%% of its gallium without re-routing, %.1f%% with re-routing",
                100 * kor.shortfallShare(), 100 * kor.shortfallShareRerouted());
        assertTrue(lines().contains(expected), expected + " in\n" + output);
    }

    @Test
    void notebook_galliumTrade_unexplainedAndBrazilNoRefiner() {
        SupplyNetwork gallium = SupplyNetworks.of(world, YEAR, "gallium");
        double unexplained = gallium.unexplainedTrade("gallium").stream()
                .mapToDouble(org.msp.graph.UnexplainedTrade::tonnes).sum();
        org.msp.graph.NodeRole brazil = gallium.role(org.msp.graph.Node.of("BRA", Stage.REFINING, "gallium"));
        assertTrue(brazil != org.msp.graph.NodeRole.PRODUCER, brazil::toString);
        String expected = String.format(Locale.ROOT,
                "Q1 trade: %,.0f t of reported gallium trade unexplained; Brazil is a %s, not a refiner", unexplained,
                brazil);
        assertTrue(lines().contains(expected), expected + " in\n" + output);
    }

    @Test
    void notebook_koreaLithium_tracedToChile() {
        SupplyNetwork li = SupplyNetworks.of(world, YEAR, "lithium");
        Dependence d = LookThroughDependencyAlgorithm.of(li).dependence("KOR", "lithium");
        String expected = String.format(Locale.ROOT, "Q2 KOR lithium: ore %.1f%% Chilean, %.1f%% Argentine, %.1f%% of "
                + "unknown origin", 100 * d.share(Stage.MINING, "CHL"), 100 * d.share(Stage.MINING, "ARG"),
                100 * d.at(Stage.MINING).orElseThrow().unknown());
        assertTrue(lines().contains(expected), expected + " in\n" + output);
        assertEquals("CHL", d.at(Stage.MINING).orElseThrow().top().origin());
        String coverage = "Q2 " + org.msp.graph.SupplyCoverage.of(li, d.consumer());
        assertTrue(lines().contains(coverage), coverage + " in\n" + output);
        assertTrue(coverage.contains("lithium hydroxide"), coverage);
    }

    @Test
    void notebook_japanGraphiteDependence_asTheLibraryComputesIt() {
        SupplyNetwork net = SupplyNetworks.of(world, YEAR, "graphite");
        Dependence d = LookThroughDependencyAlgorithm.of(net).dependence("JPN", "graphite");
        List<StageOrigins> primary = d.stages().stream().filter(so -> so.stage() != Stage.RECYCLING).toList();
        StageOrigins last = primary.get(primary.size() - 1);
        assertTrue(last.stage() != Stage.RECYCLING);
        DependenceBounds b = BlocDependenceAlgorithm.of(net).bounds(d.consumer(), last.stage(), Set.of("CHN"));
        String expected = String.format(Locale.ROOT,
                "Q2 JPN graphite: %.1f%% of its supply entered %s in China (bounds %.1f%%..%.1f%%)",
                100 * last.share("CHN"), last.stage(), 100 * b.minimumShare(), 100 * b.maximumShare());
        assertTrue(lines().contains(expected), expected + " in\n" + output);
    }

    @Test
    void notebook_chinaLithium_australianOreChineseRefining() {
        Dependence d = LookThroughDependencyAlgorithm.of(SupplyNetworks.of(world, 2023, "lithium")).dependence("CHN", "lithium");
        String expected = String.format(Locale.ROOT,
                "Q3 lithium 2023: China refines %,.0f t; its ore is %.1f%% Australian, %.1f%% Chinese; refining %.1f%% Chinese",
                d.supply(), 100 * d.share(Stage.MINING, "AUS"), 100 * d.share(Stage.MINING, "CHN"),
                100 * d.share(Stage.REFINING, "CHN"));
        assertTrue(lines().contains(expected), expected + " in\n" + output);
        assertEquals("AUS", d.at(Stage.MINING).orElseThrow().top().origin());
    }

    @Test
    void notebook_manganeseSensitivity_asTheLibraryComputesIt() {
        ConversionSensitivity.Range r = ConversionSensitivity.of(world, YEAR, "manganese")
                .range("KOR's look-through dependence on ZAF at mining", net -> LookThroughDependencyAlgorithm.of(net)
                        .dependence("KOR", "manganese").share(Stage.MINING, "ZAF"));
        String expected = "Q5 " + r.describe(v -> String.format(Locale.ROOT, "%.1f%%", 100 * v));
        assertTrue(expected.startsWith("Q5 manganese: factor 0.35\u20130.5 moves KOR's"), expected);
        assertTrue(lines().contains(expected), expected + " in\n" + output);
        assertEquals(world.conversions().size(), lines().stream().filter(l -> l.startsWith("Q5 factor: ")).count());
    }

    @Test
    void notebook_partnersShare_asTheLibraryComputesIt() {
        MarketConcentration r = Concentrations.of(world, "lithium", Stage.MINING, YEAR);
        double share = world.members("msp-partners", YEAR).stream().mapToDouble(r::share).sum();
        String expected = String.format(Locale.ROOT, "Q4 lithium mining: MSP partners %.1f%%, largest producer %s %.1f%%",
                100 * share, r.top().country(), 100 * r.top().share());
        assertTrue(lines().contains(expected), expected + " in\n" + output);
    }
}
