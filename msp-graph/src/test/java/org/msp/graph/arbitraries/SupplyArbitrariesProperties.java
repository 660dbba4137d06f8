package org.msp.graph.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.Example;
import org.msp.graph.Node;
import org.msp.graph.SupplyEdge;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Shock;
import org.msp.model.Country;
import org.msp.model.Dataset;
import org.msp.model.Facility;
import org.msp.model.Stage;

/** The generators keep their promises: valid, conserving, configured as asked, edge cases included. */
class SupplyArbitrariesProperties {

    @Provide
    Arbitrary<SupplyNetwork> general() {
        return SupplyArbitraries.networks().withCountries(1, 6).withFacilities(3).withRecyclingLoops()
                .withUnknownSources();
    }

    @Provide
    Arbitrary<SupplyNetwork> twoStagesAcyclic() {
        return SupplyArbitraries.networks().withStages(Stage.MINING, Stage.REFINING).withCountries(2, 3)
                .withDensity(1.0);
    }

    @Property(tries = 300)
    void networks_conserveFlowAtEveryNode(@ForAll("general") SupplyNetwork n) {
        for (Node v : n.nodes()) {
            double out = n.graph().outgoingEdgesOf(v).stream().mapToDouble(SupplyEdge::tonnes).sum();
            assertTrue(out <= n.throughput(v) * (1 + 1e-12) + 1e-9, () -> v + " sends " + out + " of "
                    + n.throughput(v) + " in " + n);
        }
    }

    @Property(tries = 200)
    void networks_haveOrderedStages(@ForAll("general") SupplyNetwork n) {
        for (SupplyEdge e : n.edges()) {
            Stage s = e.source().stage();
            Stage t = e.target().stage();
            boolean forward = t == s || t == s.next() || t == Stage.RECYCLING || s == Stage.RECYCLING;
            assertTrue(forward, e::toString);
            if (e.source().isUnknownSource()) {
                assertEquals(e.source().actor(), e.target().actor(), e::toString);
            }
        }
    }

    @Property(tries = 200)
    void networks_respectTheirConfiguration(@ForAll("twoStagesAcyclic") SupplyNetwork n) {
        assertTrue(n.compact().isAcyclic(), n::toString);
        TreeSet<String> countries = new TreeSet<>();
        for (Node v : n.nodes()) {
            assertFalse(v.isUnknownSource(), v::toString);
            assertTrue(v.stage() == Stage.MINING || v.stage() == Stage.REFINING, v::toString);
            countries.add(v.actor().id());
        }
        assertTrue(countries.size() <= 3, countries::toString);
    }

    @Example
    void fluentMethods_returnNewArbitraries() {
        NetworkArbitrary base = SupplyArbitraries.networks();
        NetworkArbitrary loops = base.withRecyclingLoops();
        assertFalse(base == loops);
        assertFalse(base.toString().contains("loops"), base::toString);
        assertTrue(loops.toString().contains("loops"), loops::toString);
    }

    @Property(tries = 200)
    void scenarios_nameTheNetworksCountries(@ForAll("general") SupplyNetwork n) {
        Scenario s = SupplyArbitraries.scenarios(n).withShocks(1, 3).lossesOnly().sample();
        TreeSet<String> countries = new TreeSet<>();
        n.nodes().stream().filter(v -> v.isCountry() && !v.isUnknownSource()).forEach(v -> countries.add(v.actor().id()));
        assertTrue(s.isLossOnly(), s::toString);
        assertTrue(s.shocks().size() >= 1 && s.shocks().size() <= 3, s::toString);
        for (Shock k : s.shocks()) {
            String c = k instanceof Shock.ExportBan ? ((Shock.ExportBan) k).country()
                    : ((Shock.CapacityLoss) k).actor().id();
            assertTrue(countries.isEmpty() ? c.equals("AUS") : countries.contains(c), () -> k + " in " + n);
        }
    }

    @Example
    void edgeCases_includeEmptyOneSourceAndALoop() {
        List<SupplyNetwork> cases = new ArrayList<>();
        for (Shrinkable<SupplyNetwork> s : SupplyArbitraries.networks().withRecyclingLoops().edgeCases()) {
            cases.add(s.value());
        }
        assertTrue(cases.stream().anyMatch(n -> n.nodeCount() == 0), cases::toString);
        assertTrue(cases.stream().anyMatch(n -> n.nodes().stream().filter(v -> n.ownSupply(v) > 0).count() == 1
                && n.compact().isAcyclic()), cases::toString);
        assertTrue(cases.stream().anyMatch(n -> !n.compact().isAcyclic()), cases::toString);
        for (Shrinkable<SupplyNetwork> s : SupplyArbitraries.networks().edgeCases()) {
            assertTrue(s.value().compact().isAcyclic(), "no loop unless asked: " + s.value());
        }
    }

    @Property(tries = 50)
    @Domain(SupplyDomain.class)
    void domain_providesEveryType(@ForAll SupplyNetwork n, @ForAll Dataset d, @ForAll Country c,
            @ForAll Facility f) {
        // What the generators promise beyond what the records' constructors check: the network year, a
        // conserved flow and a dataset with trade partners.
        assertEquals(SupplyArbitraries.NETWORK_YEAR, n.year());
        for (Node v : n.nodes()) {
            double out = n.graph().outgoingEdgesOf(v).stream().mapToDouble(SupplyEdge::tonnes).sum();
            assertTrue(out <= n.throughput(v) * (1 + 1e-12) + 1e-9, () -> v + " sends " + out + " in " + n);
        }
        assertTrue(d.countries().size() >= 2, d::toString);
    }
}
