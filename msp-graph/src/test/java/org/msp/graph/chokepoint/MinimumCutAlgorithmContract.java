package org.msp.graph.chokepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.arbitraries.SupplyArbitraries;

/**
 * The invariants of every {@link MinimumCutAlgorithm} on generated networks: a disconnecting cut's weight
 * equals the max-flow value (JGraphT's push-relabel on the node-split graph) and it disconnects the consumer; a
 * cut for a share removes at least that share. Implement {@link #algorithm(SupplyNetwork)} once per
 * implementation.
 */
interface MinimumCutAlgorithmContract {

    /** Returns the implementation under test. */
    MinimumCutAlgorithm algorithm(SupplyNetwork network);

    @Provide
    default Arbitrary<SupplyNetwork> networks() {
        return SupplyArbitraries.networks().withCountries(1, 5).withFacilities(2).withRecyclingLoops()
                .withUnknownSources();
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void minimumVertexCut_weightEqualsMaxFlow_andDisconnects(@ForAll("networks") SupplyNetwork net,
            @ForAll long seed) {
        if (net.nodeCount() == 0) {
            return;
        }
        Random r = new Random(seed);
        Node c = net.node(r.nextInt(net.nodeCount()));
        for (CutWeight w : CutWeight.values()) {
            MinimumCut cut = algorithm(net).disconnectingCut(c, w);
            double weight = 0;
            for (Node m : cut.nodes()) {
                assertFalse(m.equals(c));
                weight += w == CutWeight.NODES ? 1 : net.throughput(m);
            }
            assertEquals(weight, cut.weight(), 1e-7 * (1 + weight));
            assertEquals(jgraphtNodeSplitMaxFlow(net, c, w), cut.weight(), 1e-6 * (1 + weight), w::toString);
            boolean[] mask = BruteForce.mask(net, cut.nodes().toArray(new Node[0]));
            assertFalse(BruteForce.reachable(net, c, mask, false), () -> "supply still reaches " + c);
        }
    }

    @Property(edgeCases = EdgeCasesMode.FIRST)
    default void cutForShare_removesAtLeastTheTarget(@ForAll("networks") SupplyNetwork net, @ForAll long seed) {
        if (net.nodeCount() == 0) {
            return;
        }
        Random r = new Random(seed);
        Node c = net.node(r.nextInt(net.nodeCount()));
        double supply = net.throughput(c);
        double reachable = supply - net.ownSupply(c);
        if (supply <= 0 || reachable <= 1e-6 * supply) {
            return;
        }
        CutUnit unit = r.nextBoolean() ? CutUnit.NODE : CutUnit.ACTOR;
        if (unit == CutUnit.ACTOR) {
            // What the consumer's own actor provides stays out of reach.
            boolean[] others = new boolean[net.nodeCount()];
            for (Node v : net.nodes()) {
                others[net.index(v)] = !v.actor().equals(c.actor());
            }
            reachable = supply - BruteForce.throughputWithout(net, others)[net.index(c)];
            if (reachable <= 1e-6 * supply) {
                return;
            }
        }
        double share = (0.05 + 0.95 * r.nextDouble()) * reachable / supply;
        MinimumCut cut = algorithm(net).cutForShare(c, share, unit);
        assertFalse(cut.nodes().contains(c));
        if (unit == CutUnit.ACTOR) {
            assertFalse(cut.actors().contains(c.actor()));
            assertEquals(cut.actors().size(), cut.weight(), 0);
            for (Node v : net.nodes()) {
                // Every node of a chosen actor is in the set.
                assertEquals(cut.actors().contains(v.actor()), cut.nodes().contains(v), v::toString);
            }
        }
        double[] after = BruteForce.throughputWithout(net, BruteForce.mask(net, cut.nodes().toArray(new Node[0])));
        double lost = supply - after[net.index(c)];
        assertTrue(lost >= share * supply - 1e-7 * (1 + supply), () -> cut + " loses " + lost);
        assertEquals(lost, cut.tonnesLost(), 1e-7 * (1 + supply));
        // Never larger than the minimum-cardinality vertex cut, which removes all supply from other nodes.
        MinimumCut all = algorithm(net).disconnectingCut(c, CutWeight.NODES);
        if (unit == CutUnit.NODE && all.tonnesLost() >= share * supply) {
            assertTrue(cut.members().size() <= all.members().size());
        }
    }

    /** Node-split max-flow by JGraphT: super-source to every other node with own supply, vertex weights. */
    private static double jgraphtNodeSplitMaxFlow(SupplyNetwork net, Node consumer, CutWeight w) {
        List<Node> nodes = net.nodes();
        int n = nodes.size();
        // "Unbounded" arcs get more than any finite cut can weigh (JGraphT's push-relabel works with an absolute
        // epsilon, so astronomically large weights would stall it).
        double big = 1;
        for (Node v : nodes) {
            big += net.throughput(v) + 1;
        }
        Graph<Integer, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        int s = 2 * n;
        g.addVertex(s);
        int c = net.index(consumer);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
            g.addVertex(n + v);
            g.setEdgeWeight(g.addEdge(v, n + v), v == c ? big : w == CutWeight.NODES ? 1 : net.throughput(nodes.get(v)));
            if (v != c && net.ownSupply(nodes.get(v)) > 0) {
                g.setEdgeWeight(g.addEdge(s, v), big);
            }
        }
        for (SupplyEdge e : net.edges()) {
            if (e.tonnes() > 0) {
                g.setEdgeWeight(g.addEdge(n + net.index(e.source()), net.index(e.target())), big);
            }
        }
        return new PushRelabelMFImpl<>(g).getMaximumFlowValue(s, c);
    }
}
