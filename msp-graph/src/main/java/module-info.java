/**
 * msp-graph: the multi-stage supply network built from a dataset, and the analyses that run on it.
 */
module org.msp.graph {
    requires transitive org.msp.core;
    requires transitive org.jgrapht.core;
    requires com.google.common;
    // Only for org.msp.graph.arbitraries: users who never generate networks need not have jqwik.
    requires static net.jqwik.api;

    exports org.msp.graph;
    exports org.msp.graph.concentration;
    exports org.msp.graph.dependency;
    exports org.msp.graph.scenario;
    exports org.msp.graph.diversification;
    exports org.msp.graph.chokepoint;
    exports org.msp.graph.arbitraries;
    exports org.msp.graph.synthetic;

    // Engines that run a Monte Carlo on a cluster (msp-spark provides one).
    uses org.msp.graph.scenario.MonteCarloCluster;
}
