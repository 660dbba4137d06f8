package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.graph.chokepoint.Chokepoints;
import org.msp.graph.chokepoint.CutWeight;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.Concentrations;
import org.msp.graph.dependency.BlocDependenceAlgorithm;
import org.msp.graph.dependency.LookThroughDependencyAlgorithm;
import org.msp.graph.dependency.Dependencies;
import org.msp.graph.dependency.NetImportRelianceAlgorithm;
import org.msp.graph.scenario.MonteCarlo;
import org.msp.graph.scenario.RandomShock;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.Dataset;
import org.msp.model.Stage;

/**
 * Many threads running every analysis at once on one shared dataset and network give exactly the results
 * that one thread gives: concentration, net import reliance, look-through dependency, bloc bounds,
 * chokepoints (betweenness, dominators, removal impact, minimum cut), scenarios and Monte Carlo.
 *
 * <p>The analyses are first run one at a time on the test thread; then 12 threads on a shared
 * {@link ExecutorService} start together (a latch) and run every analysis {@value #ROUNDS} times in a
 * different order each, and every result must equal (record equality, so bit-for-bit doubles) the
 * single-threaded one.
 */
class ConcurrencyStressTest {
    private static final int THREADS = 12;
    private static final int ROUNDS = 4;

    private static Dataset world;
    private static SupplyNetwork gallium;
    private static SupplyNetwork lithium;
    private static int year;
    private static ExecutorService pool;

    @BeforeAll
    static void setUp() {
        world = Datasets.world();
        year = world.latestTradeYear().orElseThrow();
        gallium = SupplyNetworks.of(world, year, "gallium");
        lithium = SupplyNetworks.of(world, year, "lithium");
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void tearDown() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }

    /** Every analysis, by name, as a task over the shared dataset and networks. */
    private static Map<String, Callable<Object>> analyses() {
        Map<String, Callable<Object>> a = new LinkedHashMap<>();
        Node usa = consumer(gallium, "USA");
        Node jpn = consumer(gallium, "JPN");
        a.put("concentration gallium refining", () -> Concentrations.of(world, "gallium", Stage.REFINING, year));
        a.put("concentration network", () -> Concentrations.of(gallium, "gallium", Stage.REFINING));
        a.put("concentration trend", () -> ConcentrationAlgorithm.ofProduction(world)
                .trend("lithium", Stage.MINING, 3, 2022, 2023, 2024));
        a.put("reliance KOR gallium", () -> NetImportRelianceAlgorithm.of(world).reliance("KOR", "gallium", year));
        a.put("reliance DEU graphite", () -> NetImportRelianceAlgorithm.of(world).reliance("DEU", "graphite", year));
        a.put("reliance JPN lithium", () -> Dependencies.reliance(world, "JPN", "lithium", year));
        a.put("look-through USA", () -> LookThroughDependencyAlgorithm.of(gallium).dependence(usa));
        a.put("look-through JPN", () -> LookThroughDependencyAlgorithm.of(gallium).dependence(jpn));
        a.put("look-through lithium", () -> Dependencies.of(lithium, "JPN", "lithium"));
        a.put("chokepoints lithium", () -> Chokepoints.betweenness(lithium));
        a.put("bloc bounds", () -> BlocDependenceAlgorithm.of(gallium).bounds(usa, Stage.REFINING,
                world.members("msp-partners", year)));
        a.put("betweenness", () -> Chokepoints.betweenness(gallium));
        a.put("chokepoints USA", () -> Chokepoints.of(gallium, usa));
        a.put("dominators JPN", () -> Chokepoints.dominators(gallium, jpn));
        a.put("removal impact USA", () -> Chokepoints.removalImpact(gallium, usa));
        a.put("minimum cut USA", () -> Chokepoints.minimumCut(gallium, usa, CutWeight.TONNES));
        a.put("scenario ban", () -> Scenarios.run(world, gallium,
                Scenario.of(Shock.ExportBan.of("CHN", "gallium", Stage.REFINING))));
        a.put("monte carlo", () -> MonteCarlo.of(List.of(
                RandomShock.exportBan("CHN", "gallium", Stage.REFINING, 0.3),
                RandomShock.capacityLoss("JPN", "gallium", Stage.REFINING, 0.5, 0.2)))
                .withTrials(400).withSeed(7).withThreads(2).run(gallium));
        return a;
    }

    private static Node consumer(SupplyNetwork net, String iso3) {
        return net.nodes().stream().filter(n -> n.isCountry() && n.actor().id().equals(iso3)
                && n.stage() == Stage.REFINING).findFirst()
                .orElseGet(() -> net.nodes().stream().filter(n -> n.isCountry() && n.actor().id().equals(iso3))
                        .findFirst().orElseThrow(() -> new AssertionError("no node of " + iso3 + " in " + net)));
    }

    @Test
    void everyAnalysis_manyThreadsOnSharedNetwork_sameResultsAsOneThread() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Map<String, Callable<Object>> tasks = analyses();
            Map<String, Object> expected = new LinkedHashMap<>();
            for (Map.Entry<String, Callable<Object>> t : tasks.entrySet()) {
                expected.put(t.getKey(), t.getValue().call());
            }
            List<String> names = new ArrayList<>(tasks.keySet());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> workers = new ArrayList<>();
            for (int w = 0; w < THREADS; w++) {
                int offset = w;
                workers.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < names.size(); i++) {
                            // each worker walks the analyses from a different start, so different ones overlap
                            String name = names.get((i + offset * 5 + round) % names.size());
                            Object got = tasks.get(name).call();
                            if (!expected.get(name).equals(got)) {
                                mismatches.add(name + ": " + got + " != " + expected.get(name));
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            for (Future<List<String>> f : workers) {
                List<String> mismatches = f.get();
                assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches));
            }
            System.out.printf("ConcurrencyStressTest: %d analyses x %d rounds on %d threads, all equal to one thread%n",
                    names.size(), ROUNDS, THREADS);
        });
    }

    @Test
    void analyses_haveResultsWorthComparing() throws Exception {
        // the stress test means something only if the analyses compute something on this network
        assertTrue(gallium.nodeCount() > 20, gallium::toString);
        for (Map.Entry<String, Callable<Object>> t : analyses().entrySet()) {
            Object r = t.getValue().call();
            assertFalse(r.toString().isBlank(), t.getKey());
            assertEquals(r, t.getValue().call(), t.getKey());
        }
    }
}
