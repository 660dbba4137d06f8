package org.msp.graph.arbitraries;

import com.google.common.base.Preconditions;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.arbitraries.internal.DefaultNetworkArbitrary;
import org.msp.graph.arbitraries.internal.DefaultScenarioArbitrary;
import org.msp.graph.arbitraries.internal.DomainArbitraries;
import org.msp.graph.arbitraries.internal.TradeDatasets;
import org.msp.graph.synthetic.SyntheticNetwork;
import org.msp.graph.synthetic.SyntheticNetworks;
import org.msp.graph.synthetic.SyntheticSpec;
import org.msp.model.Countries;
import org.msp.model.Country;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.Facility;
import org.msp.model.Mineral;
import org.msp.model.Stage;

/**
 * jqwik generators of valid supply-chain values, for property tests: domain records, whole datasets, supply
 * networks and scenarios against a network. The entry point of the generators, as {@code Web.emails()} is
 * jqwik-web's.
 *
 * <pre>{@code
 * @Property
 * void banOnANonSupplierChangesNothing(@ForAll("networks") SupplyNetwork network) { ... }
 *
 * @Provide
 * Arbitrary<SupplyNetwork> networks() {
 *     return SupplyArbitraries.networks().withCountries(2, 4).withRecyclingLoops();
 * }
 * }</pre>
 *
 * <p>Every value is valid by construction: identifiers are generated first and records refer only to them,
 * so no generator filters values away. Values shrink towards small, readable ones (fewer countries, fewer
 * edges, full bans). For {@code @ForAll SupplyNetwork} without a provider method, use the domain context
 * {@link SupplyDomain}. jqwik is an optional dependency of msp-graph: add {@code net.jqwik:jqwik} (test
 * scope) to use this package. From JShell, {@code SupplyArbitraries.networks().sample()} shows one network
 * (jqwik's engine must be on the class path).
 *
 * <p>This class is stateless; every method returns a new arbitrary.
 */
public final class SupplyArbitraries {
    /** The countries generated networks draw from, in the order they are drawn. */
    public static final List<String> NETWORK_COUNTRIES = DefaultNetworkArbitrary.COUNTRIES;
    /** The default stages of generated networks, in order. */
    public static final List<Stage> NETWORK_STAGES = List.of(Stage.MINING, Stage.REFINING, Stage.MATERIAL,
            Stage.COMPONENT);
    /** The default mineral of generated networks. */
    public static final String NETWORK_MINERAL = "lithium";
    /** The year of generated networks. */
    public static final int NETWORK_YEAR = DefaultNetworkArbitrary.YEAR;

    private SupplyArbitraries() {}

    /**
     * Countries: about half from the embedded catalogue ({@link Countries#all()}), the others with made-up
     * three-letter codes, names with non-ASCII and control characters, and a random region.
     */
    public static Arbitrary<Country> countries() {
        List<String> catalogue = Countries.all().stream().map(Country::iso3).collect(Collectors.toList());
        Arbitrary<String> code = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(catalogue)),
                Tuple.of(1, DomainArbitraries.iso3Codes()));
        return code.flatMap(DomainArbitraries::country);
    }

    /** Minerals: catalogue entries and made-up ids, names, groups and critical lists. */
    public static Arbitrary<Mineral> minerals() {
        return DomainArbitraries.minerals().map(l -> l.get(0));
    }

    /** Country groups whose members (with membership periods) are among two to six generated countries. */
    public static Arbitrary<CountryGroup> groups() {
        return Combinators.combine(DomainArbitraries.ids(), DomainArbitraries.countries())
                .flatAs((id, cs) -> DomainArbitraries.group(id, codes(cs)));
    }

    /** Facilities in one of two to six generated countries, working some of one to four generated minerals. */
    public static Arbitrary<Facility> facilities() {
        return Combinators.combine(DomainArbitraries.ids(), DomainArbitraries.countries(), DomainArbitraries.minerals())
                .flatAs((id, cs, ms) -> DomainArbitraries.facility(id, codes(cs),
                        ms.stream().map(Mineral::id).collect(Collectors.toList())));
    }

    /**
     * Valid datasets of up to about 60 records over two to six countries and one to four minerals, with every
     * record type of the model in some of them and awkward numbers and names (what the JSON format must carry).
     */
    public static Arbitrary<Dataset> datasets() {
        return DomainArbitraries.datasets();
    }

    /**
     * Datasets shaped like the statistics a network is built from ({@link org.msp.graph.SupplyNetworks}):
     * lithium in {@value #NETWORK_YEAR}, one to five of {@link #NETWORK_COUNTRIES}, production
     * by about 60% of countries at each stage (recycling included), trade flows between about 30% of pairs at
     * each stage with amounts unrelated to production, and some stockpiles for the year and the year before.
     */
    public static Arbitrary<Dataset> tradeDatasets() {
        return TradeDatasets.of("lithium", DefaultNetworkArbitrary.YEAR, 5);
    }

    /**
     * Supply networks: by default of lithium in {@value #NETWORK_YEAR}, one to five countries at
     * mining, refining, material and component, density 0.5, acyclic and without unknown sources; see
     * {@link NetworkArbitrary} for the options and what is generated.
     */
    public static NetworkArbitrary networks() {
        return DefaultNetworkArbitrary.defaults();
    }

    /**
     * Scenarios of zero to four shocks on the countries, minerals and stages of {@code network}; see
     * {@link ScenarioArbitrary}.
     */
    public static ScenarioArbitrary scenarios(SupplyNetwork network) {
        return DefaultScenarioArbitrary.of(network);
    }

    private static List<String> codes(List<Country> countries) {
        return countries.stream().map(Country::iso3).collect(Collectors.toList());
    }

    /**
     * Returns seeded synthetic facility-level networks of {@code minEdges..maxEdges} edges
     * ({@link SyntheticNetworks#generate}), for properties that must hold on realistic networks (heavy-tailed
     * facility sizes, gravity trade) rather than on small hand-shaped ones. Values shrink towards fewer edges, fewer
     * countries, no loops and seed 0.
     * <pre>{@code
     * @Provide
     * Arbitrary<SyntheticNetwork> networks() {
     *     return SupplyArbitraries.syntheticNetworks(100, 5_000);
     * }
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code minEdges < 1} or {@code maxEdges < minEdges}
     */
    public static Arbitrary<SyntheticNetwork> syntheticNetworks(int minEdges, int maxEdges) {
        return syntheticSpecs(minEdges, maxEdges).map(SyntheticNetworks::generate);
    }

    /**
     * Returns the specifications behind {@link #syntheticNetworks}: 2 to 30 countries, {@code minEdges..maxEdges}
     * edges, 1 to 6 trade partners, a loop share of 0, 0.1 or 0.5, half the facilities producers, any seed.
     *
     * @throws IllegalArgumentException if {@code minEdges < 1} or {@code maxEdges < minEdges}
     */
    public static Arbitrary<SyntheticSpec> syntheticSpecs(int minEdges, int maxEdges) {
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
