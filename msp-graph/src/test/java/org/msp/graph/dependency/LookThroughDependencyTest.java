package org.msp.graph.dependency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.msp.graph.HandWorked.li;

import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.msp.graph.HandWorked;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Stage;

class LookThroughDependencyTest {
    private static final double EPS = 1e-9;
    private final SupplyNetwork network = HandWorked.lithium2024();
    private final LookThroughDependencyAlgorithm tracing = LookThroughDependencyAlgorithm.of(network);

    /**
     * KOR/refining has 50 t: 10 from ?KOR/mining (refined in KOR, ore unknown) and 40 of CHN/refining's 140.
     * CHN/refining's 140: refined in CHN 120 (110 from CHN's mining pool + 10 of unknown ore), 20 unknown
     * re-exports. CHN's mining pool of 110: 90 AUS ore, 20 CHN ore.
     * <pre>
     * refining: CHN 40·120/140 = 34.286 (68.57%), KOR 10 (20%), unknown 40·20/140 = 5.714 (11.43%)
     * mining:   AUS 40·90/140 = 25.714 (51.43%), CHN 40·20/140 = 5.714 (11.43%),
     *           unknown 10 + 40·(10 + 20)/140 = 18.571 (37.14%)
     * </pre>
     */
    @Test
    void dependence_korea_showsAustralianOreAndChineseRefining() {
        Dependence d = tracing.dependence(li("KOR", Stage.REFINING));
        assertEquals(50, d.supply(), EPS);
        assertEquals(40.0 * 120 / 140 / 50, d.share(Stage.REFINING, "CHN"), EPS);
        assertEquals(0.2, d.share(Stage.REFINING, "KOR"), EPS);
        assertEquals(40.0 * 20 / 140 / 50, d.share(Stage.REFINING, OriginShare.UNKNOWN), EPS);
        assertEquals(40.0 * 90 / 140 / 50, d.share(Stage.MINING, "AUS"), EPS);
        assertEquals(40.0 * 20 / 140 / 50, d.share(Stage.MINING, "CHN"), EPS);
        assertEquals((10 + 40.0 * 30 / 140) / 50, d.share(Stage.MINING, OriginShare.UNKNOWN), EPS);
        assertEquals("AUS", d.at(Stage.MINING).orElseThrow().top().origin());
        assertEquals("CHN", d.at(Stage.REFINING).orElseThrow().top().origin());
        assertEquals(0, d.at(Stage.MINING).orElseThrow().untraced(), EPS);
        assertTrue(d.toString().contains("mining: AUS 51.4%"), d.toString());
    }

    @Test
    void dependence_byCountry_picksTheHighestStageWithSupply() {
        assertEquals(li("KOR", Stage.REFINING), tracing.dependence("KOR", "lithium").consumer());
        assertEquals(li("USA", Stage.MINING), tracing.dependence("USA", "lithium").consumer());
        assertThrows(IllegalArgumentException.class, () -> tracing.dependence("DEU", "lithium"));
    }

    /** JPN/refining gets 100 of CHN/refining's 140: CHN 120/140, unknown 20/140 at refining. */
    @Test
    void matrix_allConsumersAtOnce_agreesWithOneByOne() {
        DependenceMatrix m = tracing.matrix("lithium", Stage.REFINING, Stage.REFINING);
        assertEquals(120.0 / 140, m.share(li("JPN", Stage.REFINING), "CHN"), EPS);
        assertEquals(20.0 / 140, m.share(li("JPN", Stage.REFINING), OriginShare.UNKNOWN), EPS);
        DependenceMatrix mining = tracing.matrix("lithium", Stage.REFINING, Stage.MINING);
        for (Node c : mining.consumers()) {
            Dependence d = tracing.dependence(c);
            for (String o : mining.origins()) {
                assertEquals(d.share(Stage.MINING, o), mining.share(c, o), 1e-9, c + " from " + o);
            }
        }
        assertTrue(m.toString().contains("JPN/refining/lithium"), m.toString());
        // Largest consumer first (CHN/refining 140 t), largest origin first (CHN).
        assertEquals(li("CHN", Stage.REFINING), m.consumers().get(0));
        assertEquals("CHN", m.origins().get(0));
    }

    /** Removing AUS's 100 t of ore: CHN/mining keeps 20 of 110, so JPN keeps 100·(20/110·110 + 10 + 20)/140. */
    @Test
    void remainingSupply_withoutAustralia_scalesDownstreamInProportion() {
        SortedMap<Node, Double> kept = tracing.remainingSupply(Set.of(li("AUS", Stage.MINING)));
        assertEquals(20, kept.get(li("CHN", Stage.MINING)), EPS);
        assertEquals(20 + 10 + 20, kept.get(li("CHN", Stage.REFINING)), EPS);
        assertEquals(100.0 * 50 / 140, kept.get(li("JPN", Stage.REFINING)), EPS);
        assertEquals(50, tracing.remainingSupply(Set.of()).get(li("KOR", Stage.REFINING)), EPS);
    }

    /**
     * A recycling loop: KOR refines 100 t of AUS ore, makes material, and recycles 50 of its 150 t of
     * material back into refining. Refining throughput 150 = 100 + 50 recycled; at the mining stage the loop
     * changes nothing: all of it is AUS ore.
     */
    @Test
    void dependence_recyclingLoop_isSolved() {
        Node ore = Node.of("AUS", Stage.MINING, "lithium");
        Node ref = Node.of("KOR", Stage.REFINING, "lithium");
        Node mat = Node.of("KOR", Stage.MATERIAL, "lithium");
        Node rec = Node.of("KOR", Stage.RECYCLING, "lithium");
        Node cn = Node.of("CHN", Stage.REFINING, "lithium");
        SupplyNetwork n = SupplyNetwork.builder(2024).node(ore, 100).node(cn, 50)
                .edge(ore, ref, 100).edge(ref, mat, 150).edge(mat, rec, 50).edge(rec, ref, 50).edge(cn, mat, 50)
                .build();
        Dependence d = LookThroughDependencyAlgorithm.of(n).dependence(mat);
        assertEquals(200, d.supply(), EPS);
        // Material = 150 from KOR refining + 50 CHN refined. Refining origin: KOR entry 100 + 50 recycled entry.
        assertEquals(0.75, d.share(Stage.REFINING, "KOR"), 1e-9);
        assertEquals(0.25, d.share(Stage.REFINING, "CHN"), 1e-9);
        // Mining: KOR refining's 150 is 100 AUS ore + 50 recycled material; CHN's refined 50 has no mining origin:
        // a_ref = (100 + 50·a_mat) / 150, a_mat = 150·a_ref / 200  =>  a_ref = 100 / 112.5 = 8/9, a_mat = 2/3.
        assertEquals(2.0 / 3, d.share(Stage.MINING, "AUS"), 1e-9);
        assertEquals(1.0 / 3, d.at(Stage.MINING).orElseThrow().untraced(), 1e-9);
    }
}
