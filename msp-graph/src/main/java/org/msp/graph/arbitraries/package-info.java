/**
 * jqwik generators of valid domain values, datasets, supply networks and scenarios for property tests,
 * entered through {@link org.msp.graph.arbitraries.SupplyArbitraries}, and the opt-in domain context
 * {@link org.msp.graph.arbitraries.SupplyDomain}. Needs jqwik on the class path (an optional dependency).
 */
package org.msp.graph.arbitraries;
