package org.msp.graph.synthetic;

import com.google.common.base.Preconditions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of {@link SyntheticNetwork}s, for properties that must hold on realistic networks (heavy-tailed
 * facility sizes, gravity trade) rather than on small hand-shaped ones. Needs jqwik on the class path (an optional
 * dependency of this module).
 *
 * <pre>{@code
 * @Property(tries = 20)
 * void conserves(@ForAll("networks") SyntheticNetwork s) { ... }
 *
 * @Provide
 * Arbitrary<SyntheticNetwork> networks() {
 *     return SyntheticArbitraries.networks(100, 5_000);
 * }
 * }</pre>
 *
 * <p>Values shrink towards fewer edges, fewer countries, no loops and seed 0. This class is stateless and
 * thread-safe.
 */
public final class SyntheticArbitraries {
    private SyntheticArbitraries() {
    }

    /**
     * Returns networks of 2 to 30 countries with between {@code minEdges} and {@code maxEdges} target edges, with
     * or without loops, from any seed. Generation costs O(edges log edges) per value: keep {@code maxEdges} in the
     * thousands for properties with many tries.
     *
     * @throws IllegalArgumentException if {@code minEdges < 1} or {@code maxEdges < minEdges}
     */
    public static Arbitrary<SyntheticNetwork> networks(int minEdges, int maxEdges) {
        Preconditions.checkArgument(minEdges >= 1, "minEdges is below 1: %s", minEdges);
        Preconditions.checkArgument(maxEdges >= minEdges, "maxEdges %s is below minEdges %s", maxEdges, minEdges);
        return specs(minEdges, maxEdges).map(SyntheticNetworks::generate);
    }

    /**
     * Returns the specs behind {@link #networks(int, int)}, for properties that generate themselves (or need
     * the spec to state what they expect).
     *
     * @throws IllegalArgumentException as {@link #networks(int, int)}
     */
    public static Arbitrary<SyntheticSpec> specs(int minEdges, int maxEdges) {
        Preconditions.checkArgument(minEdges >= 1, "minEdges is below 1: %s", minEdges);
        Preconditions.checkArgument(maxEdges >= minEdges, "maxEdges %s is below minEdges %s", maxEdges, minEdges);
        return Combinators.combine(
                Arbitraries.integers().between(2, 30),
                Arbitraries.integers().between(minEdges, maxEdges),
                Arbitraries.integers().between(1, 6),
                Arbitraries.of(0.0, 0.1, 0.5),
                Arbitraries.longs())
                .as((countries, edges, partners, loops, seed) -> SyntheticSpec.ofEdges(edges, seed)
                        .withCountries(countries).withTradePartners(partners).withLoopShare(loops)
                        .withProducerShare(0.5));
    }
}
