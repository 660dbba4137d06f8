package org.msp.graph.synthetic;

import org.msp.graph.arbitraries.SupplyArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;

class SyntheticNetworksProperties {

    @Property(tries = 40)
    void everyNodeSendsOnAtMostItsThroughput(@ForAll("networks") SyntheticNetwork s) {
        SupplyNetwork n = s.network();
        for (Node v : n.nodes()) {
            double out = n.graph().outgoingEdgesOf(v).stream().mapToDouble(SupplyEdge::tonnes).sum();
            if (out > n.throughput(v) * (1 + 1e-9) + 1e-9) {
                throw new AssertionError(v + " sends " + out + " of " + n.throughput(v) + " in " + s.spec());
            }
        }
    }

    @Property(tries = 40)
    void reachesItsTargetAndIsAcyclicWithoutLoops(@ForAll("networks") SyntheticNetwork s) {
        SupplyNetwork n = s.network();
        if (n.edgeCount() < s.spec().targetEdges()) {
            throw new AssertionError(n.edgeCount() + " edges for " + s.spec());
        }
        if (s.spec().loopShare() == 0 && !n.compact().isAcyclic()) {
            throw new AssertionError("loops without loop share: " + s.spec());
        }
    }

    @Provide
    Arbitrary<SyntheticNetwork> networks() {
        return SupplyArbitraries.syntheticNetworks(1, 3_000);
    }
}
