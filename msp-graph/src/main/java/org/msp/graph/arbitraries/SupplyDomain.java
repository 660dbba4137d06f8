package org.msp.graph.arbitraries;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Country;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.Facility;
import org.msp.model.Mineral;

/**
 * A jqwik domain context that makes {@code @ForAll} parameters of the supply-chain types work without
 * provider methods. It is opt-in: annotate a property, class or container with
 * {@code @Domain(SupplyDomain.class)}; msp registers no global arbitrary provider.
 *
 * <pre>{@code
 * @Property
 * @Domain(SupplyDomain.class)
 * void flowIsConserved(@ForAll SupplyNetwork network) { ... }
 * }</pre>
 *
 * <p>Networks are {@link SupplyArbitraries#networks()} with recycling loops and unknown sources (the most
 * general ones); the other types use the defaults of {@link SupplyArbitraries}. Failure reports show networks
 * with their sources and edges ({@link SupplyNetworkFormat}).
 */
public class SupplyDomain extends DomainContextBase {

    /** Creates the context; jqwik calls it. */
    public SupplyDomain() {}

    /** Shows networks in failure reports with their sources and edges; registered by this context. */
    public static class NetworkFormat extends SupplyNetworkFormat {
        /** Creates the format; jqwik calls it. */
        public NetworkFormat() {}
    }

    @Provide
    Arbitrary<SupplyNetwork> networks() {
        return SupplyArbitraries.networks().withRecyclingLoops().withUnknownSources();
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return SupplyArbitraries.datasets();
    }

    @Provide
    Arbitrary<Country> countries() {
        return SupplyArbitraries.countries();
    }

    @Provide
    Arbitrary<Mineral> minerals() {
        return SupplyArbitraries.minerals();
    }

    @Provide
    Arbitrary<CountryGroup> groups() {
        return SupplyArbitraries.groups();
    }

    @Provide
    Arbitrary<Facility> facilities() {
        return SupplyArbitraries.facilities();
    }
}
