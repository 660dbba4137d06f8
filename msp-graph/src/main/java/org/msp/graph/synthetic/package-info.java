/**
 * Seeded synthetic facility-level supply networks of any size ({@link org.msp.graph.synthetic.SyntheticNetworks}),
 * for benchmarks and property tests, and the edge-list export that lets other graph tools run on the same graph.
 */
package org.msp.graph.synthetic;
