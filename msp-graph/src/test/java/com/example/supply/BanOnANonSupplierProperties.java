package com.example.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.graph.arbitraries.SupplyDomain;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.Disruption;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.Stage;

@Domain(SupplyDomain.class)
class BanOnANonSupplierProperties {

    /** Whatever the network, a ban on refined lithium by a country that exports none changes nothing. */
    @Property
    void banOnANonSupplier_changesNothing(@ForAll SupplyNetwork network) {
        for (String country : SupplyArbitraries.NETWORK_COUNTRIES) {
            Node refiner = Node.of(country, Stage.REFINING, "lithium");
            boolean exports = network.contains(refiner) && network.graph().outgoingEdgesOf(refiner).stream()
                    .anyMatch(e -> e.tonnes() > 0 && e.target().isCountry()
                            && !e.target().actor().equals(refiner.actor()));
            if (exports) {
                continue;
            }
            Disruption r = Scenarios.run(network, Shock.ExportBan.of(country, "lithium", Stage.REFINING));
            for (ConsumerImpact i : r.impacts()) {
                assertEquals(i.baseline(), i.noRerouting(), 1e-9 * Math.max(1, i.baseline()), i::toString);
                assertEquals(i.baseline(), i.rerouting(), 1e-9 * Math.max(1, i.baseline()), i::toString);
            }
        }
    }
}
