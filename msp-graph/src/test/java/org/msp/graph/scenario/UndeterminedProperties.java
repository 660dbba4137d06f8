package org.msp.graph.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Stage;

/**
 * An export ban on a node with positive output but no outgoing cross-border edge, at a stage no node of the
 * mineral trades across borders, is named {@link Undetermined}: the result is never a silent "nobody loses". The
 * networks: {@code k} countries, each mining ore ({@code own[i]} t), refining a share of it at home and shipping
 * ore to the next country; refined metal never crosses a border unless the case adds one refined export.
 */
class UndeterminedProperties {
    private static final String M = "ore";
    private static final String[] ISO = {"AAA", "BBB", "CCC", "DDD", "EEE"};

    private static SupplyNetwork network(List<Double> own, double shipped, boolean refinedExport) {
        SupplyNetwork.Builder b = SupplyNetwork.builder(2024);
        int k = own.size();
        for (int i = 0; i < k; i++) {
            b.node(Node.of(ISO[i], Stage.MINING, M), own.get(i));
            b.node(Node.of(ISO[i], Stage.REFINING, M), 0);
        }
        for (int i = 0; i < k; i++) {
            double out = own.get(i) * shipped;
            b.edge(Node.of(ISO[i], Stage.MINING, M), Node.of(ISO[(i + 1) % k], Stage.MINING, M), out);
            // Each country refines what it mined less what it shipped, plus what it received.
            double received = own.get((i + k - 1) % k) * shipped;
            b.edge(Node.of(ISO[i], Stage.MINING, M), Node.of(ISO[i], Stage.REFINING, M),
                    own.get(i) - out + received);
        }
        if (refinedExport) {
            b.edge(Node.of(ISO[0], Stage.REFINING, M), Node.of(ISO[1], Stage.REFINING, M), own.get(0) * 0.1);
        }
        return b.build();
    }

    @Property
    void banWithoutCrossBorderTradeAtItsStage_isUndetermined_neverSilentlyEmpty(
            @ForAll @Size(min = 2, max = 5) List<@DoubleRange(min = 1, max = 1000) Double> own,
            @ForAll @DoubleRange(min = 0.05, max = 0.9) double shipped, @ForAll @IntRange(min = 0, max = 4) int banned) {
        SupplyNetwork net = network(own, shipped, false);
        String c = ISO[banned % own.size()];
        Node node = Node.of(c, Stage.REFINING, M);
        assertTrue(net.throughput(node) > 0, net::toString);
        Disruption r = Scenarios.run(net, Shock.ExportBan.of(c, M, Stage.REFINING));
        assertTrue(r.hardestHit().isEmpty(), r::toString);
        assertEquals(List.of(node), r.undetermined().stream().map(Undetermined::node).toList(), r::toString);
        assertTrue(r.undetermined().get(0).reason().contains("trade is recorded at mining"), r::toString);
        ShortfallDistributions mc = MonteCarlo.of(List.of(RandomShock.exportBan(c, M, Stage.REFINING, 0.5)))
                .withTrials(20).withSeed(7).run(net);
        assertEquals(List.of(node), mc.undetermined().stream().map(Undetermined::node).toList(), mc::toString);
    }

    @Property
    void banAtAStageWithCrossBorderTrade_isDetermined(
            @ForAll @Size(min = 2, max = 5) List<@DoubleRange(min = 1, max = 1000) Double> own,
            @ForAll @DoubleRange(min = 0.05, max = 0.9) double shipped) {
        SupplyNetwork net = network(own, shipped, true);
        Disruption refined = Scenarios.run(net, Shock.ExportBan.of(ISO[0], M, Stage.REFINING));
        assertTrue(refined.undetermined().isEmpty(), refined::toString);
        assertTrue(refined.impact(ISO[1], M).orElseThrow().shortfall() > 0, refined::toString);
        Disruption mined = Scenarios.run(net, Shock.ExportBan.of(ISO[0], M, Stage.MINING));
        assertTrue(mined.undetermined().isEmpty(), mined::toString);
        assertFalse(mined.hardestHit().isEmpty(), mined::toString);
    }
}
