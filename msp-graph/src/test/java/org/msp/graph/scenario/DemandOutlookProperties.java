package org.msp.graph.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.model.Dataset;
import org.msp.model.Demand;
import org.msp.model.Minerals;
import org.msp.model.Provenance;
import org.msp.model.Quantity;

/** Invariants of scenario demand as demand growth. */
class DemandOutlookProperties {
    private static final Provenance P = Provenance.of("IEA", "May 2025", "totalDemand", "CC BY 4.0");

    @Provide
    Arbitrary<SupplyNetwork> networks() {
        return SupplyArbitraries.networks().withCountries(1, 5).withFacilities(2);
    }

    /**
     * Every consumer's requirement becomes its baseline times the world growth; supply is untouched, so the
     * shortfall share is {@code g / (1 + g)} for every consumer with supply.
     */
    @Property(tries = 200)
    void shocks_growEveryConsumerByTheWorldGrowth(@ForAll("networks") SupplyNetwork net,
            @ForAll @DoubleRange(min = 1, max = 1e7) double base, @ForAll @DoubleRange(min = 0, max = 8) double growth) {
        String mineral = SupplyArbitraries.NETWORK_MINERAL;
        DemandOutlook o = new DemandOutlook(mineral, "steps", 2024, base, 2030, base * (1 + growth), P);
        assertEquals(growth, o.growth(), 1e-9 * (1 + growth));
        Disruption r = Scenarios.run(net, o.scenario(net));
        for (ConsumerImpact i : r.impacts()) {
            assertEquals(i.baseline() * (1 + o.growth()), i.requirement(), 1e-9 * (1 + i.requirement()), i::toString);
            assertEquals(i.baseline(), i.noRerouting(), 1e-6 * (1 + i.baseline()), i::toString);
            if (i.baseline() > 1e-9) {
                assertEquals(o.growth() / (1 + o.growth()), i.shortfallShare(), 1e-6, i::toString);
            }
        }
        List<String> consumers = o.shocks(net).stream().map(Shock.DemandGrowth::country).toList();
        assertTrue(r.impacts().stream().allMatch(i -> consumers.contains(i.country())), r::toString);
    }

    /** The outlook is the projected figure over the latest observed one of the same edition, whatever the order. */
    @Property(tries = 200)
    void of_growthIsProjectedOverLatestObserved(@ForAll @DoubleRange(min = 1, max = 1e7) double older,
            @ForAll @DoubleRange(min = 1, max = 1e7) double base, @ForAll @DoubleRange(min = 0, max = 1e8) double projected,
            @ForAll @IntRange(min = 1, max = 20) int ahead) {
        Provenance other = Provenance.of("IEA", "May 2024", "totalDemand", "CC BY 4.0");
        Dataset d = Dataset.builder().name("d").add(Minerals.find("lithium").orElseThrow())
                .add(new Demand(Demand.WORLD, "lithium", 2024 + ahead, Quantity.tonnes(projected), P,
                        Optional.of("steps"), Optional.empty()))
                .add(new Demand(Demand.WORLD, "lithium", 2024, Quantity.tonnes(base), P))
                .add(new Demand(Demand.WORLD, "lithium", 2023, Quantity.tonnes(older), P))
                .add(new Demand(Demand.WORLD, "lithium", 2024, Quantity.tonnes(older), other))
                .add(new Demand(Demand.WORLD, "lithium", 2024 + ahead, Quantity.tonnes(1), P, Optional.of("steps"),
                        Optional.of("electric-vehicles")))
                .build();
        DemandOutlook o = DemandOutlook.require(d, "lithium", "STEPS", 2024 + ahead);
        assertEquals(2024, o.baseYear());
        assertEquals(base, o.baseTonnes(), 0);
        assertEquals(projected, o.tonnes(), 0);
        assertEquals(projected / base - 1, o.growth(), 1e-12 * (1 + projected / base));
        assertTrue(DemandOutlook.of(d, "lithium", "aps", 2024 + ahead).isEmpty());
    }
}
