package org.msp.graph;

import org.msp.model.FlowOrigin;

/** Headlines for the sensitivity tests. */
final class ConversionSensitivityTestSupport {
    private ConversionSensitivityTestSupport() {}

    /** Returns the tonnes on the network's reported edges. */
    static double reportedTonnes(SupplyNetwork n) {
        return n.edges().stream().filter(e -> e.origin() == FlowOrigin.REPORTED).mapToDouble(SupplyEdge::tonnes).sum();
    }
}
