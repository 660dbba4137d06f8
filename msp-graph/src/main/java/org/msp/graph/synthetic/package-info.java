/**
 * A benchmark generator: seeded synthetic facility-level supply networks of any size
 * ({@link org.msp.graph.synthetic.SyntheticNetworks}, {@link org.msp.graph.synthetic.SyntheticSpec}), and the edge-list
 * export ({@link org.msp.graph.synthetic.SyntheticNetworks#writeEdgeList}) that lets other graph tools run on the same
 * graph. Its networks are not data: they serve the benchmarks and scale tests. Property tests draw them through the
 * one jqwik entry point, {@link org.msp.graph.arbitraries.SupplyArbitraries#syntheticNetworks}; this package needs
 * no jqwik.
 */
package org.msp.graph.synthetic;
