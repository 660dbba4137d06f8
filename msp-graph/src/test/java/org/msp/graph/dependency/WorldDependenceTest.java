package org.msp.graph.dependency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.Sets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.model.Dataset;
import org.msp.model.Production;
import org.msp.model.Qualifier;
import org.msp.model.Stage;



/**
 * Look-through dependency on the embedded world dataset. IEA (as ISPI, 26 Jun 2025, quotes it): Australia mines a third of the
 * world's lithium and ships almost all of it to China, which refines about two thirds of it.
 */
class WorldDependenceTest {
    /**
     * The latest year with both lithium mining and lithium refining production in the embedded dataset, not
     * counting the IEA's projections, and no lithium trade figure (the expectations below are worked out from
     * the production tables alone; 2024 has BACI lithium carbonate trade).
     */
    private static int lithiumYear(Dataset world) {
        return IntStream.rangeClosed(2000, 2100)
                .filter(y -> reported(world, Stage.MINING, y) && reported(world, Stage.REFINING, y))
                .filter(y -> Stream.of(Stage.values()).allMatch(s -> world.flows("lithium", s, y).isEmpty()))
                .max().orElseThrow(() -> new AssertionError("no year with lithium mining and refining"));
    }

    private static boolean reported(Dataset world, Stage stage, int year) {
        List<Production> ps = world.productions("lithium", stage, year);
        return !ps.isEmpty() && ps.stream().noneMatch(p -> p.qualifier() == Qualifier.PROJECTED);
    }

    private static Map<String, Double> byCountry(Dataset world, Stage stage, int year) {
        Map<String, Double> m = new TreeMap<>();
        world.productions("lithium", stage, year)
                .forEach(p -> m.merge(p.producer().id(), p.quantity().tonnes(), Double::sum));
        return m;
    }

    /**
     * The largest lithium consumer (the country that refines the most) depends on Australia at
     * the mining stage and on China at the refining stage. The dataset has no ore trade, so the Australian ore
     * reaches Chinese refineries as unreported trade, inferred by the pooled world market of
     * {@link org.msp.graph.ProportionalInference}; the expected share is worked out here from the production
     * tables alone (IEA, quoted by ISPI 2025: Australia mines a third of the world's lithium and ships almost all of it to
     * China).
     */
    @Test
    void dependence_largestLithiumConsumer_australianOreChineseRefining() {
        Dataset world = Datasets.world();
        int y = lithiumYear(world);
        Map<String, Double> mined = byCountry(world, Stage.MINING, y);
        Map<String, Double> refined = byCountry(world, Stage.REFINING, y);
        String consumer = refined.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        // Domestic phase: each country refines its own ore first. What is left and what is short meet in one market.
        Map<String, Double> surplus = new TreeMap<>();
        Map<String, Double> shortfall = new TreeMap<>();
        for (String c : Sets.union(mined.keySet(), refined.keySet())) {
            double left = mined.getOrDefault(c, 0.0) - refined.getOrDefault(c, 0.0);
            (left > 0 ? surplus : shortfall).put(c, Math.abs(left));
        }
        double a = surplus.values().stream().mapToDouble(Double::doubleValue).sum();
        double n = shortfall.values().stream().mapToDouble(Double::doubleValue).sum();
        double fromAustralia = Math.min(a, n) * surplus.get("AUS") / a * shortfall.get(consumer) / n;

        SupplyNetwork net = SupplyNetworks.of(world, y, "lithium");
        Dependence d = LookThroughDependencyAlgorithm.of(net).dependence(consumer, "lithium");
        assertEquals("CHN", consumer);
        assertEquals(Stage.REFINING, d.consumer().stage());
        assertEquals("CHN", d.at(Stage.REFINING).orElseThrow().top().origin(), d::toString);
        assertEquals(1.0, d.share(Stage.REFINING, "CHN"), 1e-9, d::toString);
        assertEquals("AUS", d.at(Stage.MINING).orElseThrow().top().origin(), d::toString);
        assertEquals(fromAustralia / refined.get(consumer), d.share(Stage.MINING, "AUS"), 1e-9, d::toString);
        assertTrue(d.share(Stage.MINING, "AUS") > 0.5, d::toString);
        assertEquals(mined.get("CHN") / refined.get("CHN"), d.share(Stage.MINING, "CHN"), 1e-9, d::toString);
        // Almost all Australian ore goes to China: over 75% of what Australia mines.
        assertTrue(fromAustralia / mined.get("AUS") > 0.75, () -> fromAustralia + " of " + mined.get("AUS"));
        SupplyEdge ore = net.edge(Node.of("AUS", Stage.MINING, "lithium"), Node.of("CHN", Stage.REFINING, "lithium"))
                .orElseThrow();
        assertTrue(ore.isInferred());
        assertEquals("unreported trade (proportional)", ore.provenance().table());
    }

    /**
     * The conservative reading ({@code noUnreportedTrade()}): Chinese refining draws on China's own mines
     * (USGS: 33,000 t in 2023) for what they cover; with no ore trade in the data, the rest of its ore is an
     * explicit unknown, and refining itself is Chinese.
     */
    @Test
    void dependence_chineseRefiningWithoutUnreportedTrade_showsDomesticOreAndAnExplicitGap() {
        Dataset world = Datasets.world();
        int y = lithiumYear(world);
        assumeTrue(world.flows("lithium", Stage.MINING, y).isEmpty(), "ore trade present: the gap is smaller");
        SupplyNetwork n = SupplyNetworks.builder(world, y).minerals("lithium").noUnreportedTrade().build();
        Dependence d = LookThroughDependencyAlgorithm.of(n).dependence(Node.of("CHN", Stage.REFINING, "lithium"));
        double mined = byCountry(world, Stage.MINING, y).get("CHN");
        double refined = byCountry(world, Stage.REFINING, y).get("CHN");
        assertEquals(1.0, d.share(Stage.REFINING, "CHN"), 1e-9, d::toString);
        assertEquals(mined / refined, d.share(Stage.MINING, "CHN"), 1e-9, d::toString);
        assertEquals(1 - mined / refined, d.share(Stage.MINING, OriginShare.UNKNOWN), 1e-9, d::toString);
    }
}
