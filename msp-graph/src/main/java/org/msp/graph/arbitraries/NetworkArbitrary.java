package org.msp.graph.arbitraries;

import net.jqwik.api.Arbitrary;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Stage;

/**
 * A jqwik arbitrary of valid supply networks of one mineral and year, configured fluently. Every
 * {@code withXxx} method returns a new arbitrary and leaves this one unchanged.
 *
 * <p><b>What is generated.</b> Node slots are laid out stage by stage (in the order of {@link #withStages}),
 * countries first, then facilities; a slot sends random shares of its throughput (own supply plus inflow) to
 * later slots of its own stage (trade) and to slots of the next configured stage (deliveries). Options add
 * recycling loops ({@code last stage -> RECYCLING -> second stage}) and backward trade at a stage, both fed only
 * from what a node has not yet sent on, and unknown-source nodes ({@code ?AUS/refining/lithium}) feeding a node.
 * So every generated network conserves flow: at every node, outflow &le; throughput. Slots left without supply
 * and without edges are not added, so small values shrink to small networks.
 *
 * <p><b>Edge cases.</b> The empty network, a single source feeding a consumer and (with recycling loops) a
 * network with a loop are always among the values, whatever the bounds on countries and facilities.
 *
 * <p>Amounts are whole tonnes at sources (up to 1,000 t) and exact shares of them on edges. Generation runs in
 * time linear in the number of candidate edges, O((k + f)² · stages) for k countries and f facilities.
 */
public interface NetworkArbitrary extends Arbitrary<SupplyNetwork> {

    /**
     * Returns an arbitrary over these primary stages, which must be strictly increasing (for example
     * {@code MINING, REFINING}). The default is mining, refining, material and component.
     *
     * @throws IllegalArgumentException if no stage is given, a stage is {@link Stage#RECYCLING}, or they are not
     *     strictly increasing
     */
    NetworkArbitrary withStages(Stage... stages);

    /**
     * Returns an arbitrary drawing between {@code min} and {@code max} countries (default 1 to 5) out of a fixed
     * list of {@link SupplyArbitraries#NETWORK_COUNTRIES}.
     *
     * @throws IllegalArgumentException if {@code min < 1}, {@code min > max} or {@code max} exceeds the list
     */
    NetworkArbitrary withCountries(int min, int max);

    /**
     * Returns an arbitrary adding up to {@code max} facility actors (ids {@code f1}, {@code f2} ...), each at a
     * generated stage, facility {@code fj} hosted by the generated country number {@code (j - 1) mod k}
     * ({@link org.msp.graph.SupplyNetwork#country}) (default 0).
     *
     * @throws IllegalArgumentException if {@code max} is negative or above 10
     */
    NetworkArbitrary withFacilities(int max);

    /**
     * Returns an arbitrary in which each candidate edge exists with about this probability (default 0.5).
     *
     * @throws IllegalArgumentException if {@code density} is outside [0, 1]
     */
    NetworkArbitrary withDensity(double density);

    /** Returns an arbitrary that adds recycling loops and backward trade, so networks may have cycles. */
    NetworkArbitrary withRecyclingLoops();

    /** Returns an arbitrary of acyclic networks (the default). */
    NetworkArbitrary withoutRecyclingLoops();

    /** Returns an arbitrary that adds unknown-source nodes feeding about one node in five. */
    NetworkArbitrary withUnknownSources();

    /** Returns an arbitrary without unknown-source nodes (the default). */
    NetworkArbitrary withoutUnknownSources();

    /**
     * Returns an arbitrary of networks of this mineral (default {@code "lithium"}).
     *
     * @throws IllegalArgumentException if {@code mineral} is blank
     */
    NetworkArbitrary withMineral(String mineral);
}
