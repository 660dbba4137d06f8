package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.graph.chokepoint.Chokepoint;
import org.msp.graph.chokepoint.Chokepoints;
import org.msp.graph.dependency.Dependence;
import org.msp.graph.dependency.LookThroughDependencyAlgorithm;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Disruption;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.Price;
import org.msp.model.PriceKind;
import org.msp.model.Provenance;
import org.msp.model.Stage;

/**
 * Mass balance, the value witness and the one origin rule on networks the builder makes from generated trade
 * data (re-exports, gaps and inconsistent figures, as in real trade statistics), with and without values and a
 * price.
 */
class OriginRuleProperties {
    private static final double TOL = 1e-9;
    private static final Provenance P = Provenance.user("generated price");

    /** Generated datasets; half of them with a value on every flow (0 to 2 times tonnes x 10) and a price of 10. */
    @Provide
    Arbitrary<Dataset> datasets() {
        return Combinators.combine(SupplyArbitraries.tradeDatasets(), Arbitraries.longs(), Arbitraries.of(false, true))
                .as((d, seed, valued) -> valued ? valued(d, seed) : d);
    }

    private static Dataset valued(Dataset d, long seed) {
        Random r = new Random(seed);
        Dataset.Builder b = Dataset.builder().name("valued");
        d.countries().forEach(c -> b.countries(c.iso3()));
        d.minerals().forEach(m -> b.minerals(m.id()));
        d.productions().forEach(b::add);
        d.stockpiles().forEach(b::add);
        for (Flow f : d.flows()) {
            b.add(f.withValueUsd(f.quantity().tonnes() * 10 * 2 * r.nextDouble()));
        }
        d.minerals().forEach(m -> b.add(Price.of(m.id(), 2024, 10, PriceKind.PRICE, "generated", P)));
        return b.build();
    }

    private static double out(SupplyNetwork n, Node v) {
        return n.graph().outgoingEdgesOf(v).stream().mapToDouble(SupplyEdge::tonnes).sum();
    }

    @Property(tries = 200)
    void massBalance_neverViolatedAtAnyNode(@ForAll("datasets") Dataset d) {
        SupplyNetwork n = SupplyNetworks.of(d, 2024);
        for (Node v : n.nodes()) {
            assertTrue(out(n, v) <= n.throughput(v) * (1 + TOL) + TOL, v + " sends " + out(n, v) + " of "
                    + n.throughput(v));
        }
    }

    /**
     * Capping never creates mass: each trade edge carries at most its reported tonnes and at most what the flows'
     * value pays for at half the price; what it does not carry is listed as unexplained trade, tonne for tonne;
     * and at a stage with production figures no exporter is fed from an unknown source of its own stage.
     */
    @Property(tries = 200)
    void capping_neverCreatesMass(@ForAll("datasets") Dataset d) {
        SupplyNetwork n = SupplyNetworks.of(d, 2024);
        Map<List<Node>, double[]> reported = new HashMap<>();
        for (Flow f : d.flows()) {
            double[] r = reported.computeIfAbsent(List.of(Node.of(f.from(), f.stage(), f.mineral()),
                    Node.of(f.to(), f.stage(), f.mineral())), k -> new double[2]);
            r[0] += f.quantity().tonnes();
            r[1] += f.valueUsd().isPresent() ? f.valueUsd().getAsDouble() / (0.5 * 10) : f.quantity().tonnes();
        }
        Map<List<Node>, Double> unexplained = new HashMap<>();
        for (UnexplainedTrade u : n.unexplainedTrade()) {
            unexplained.merge(List.of(u.exporter(), u.importer()), u.tonnes(), Double::sum);
        }
        for (Map.Entry<List<Node>, double[]> e : reported.entrySet()) {
            double kept = n.edge(e.getKey().get(0), e.getKey().get(1)).map(SupplyEdge::tonnes).orElse(0.0);
            double r = e.getValue()[0];
            assertTrue(kept <= r * (1 + TOL), e.getKey() + " carries " + kept + " of " + r);
            assertTrue(kept <= e.getValue()[1] * (1 + TOL) + TOL, e.getKey() + " carries " + kept + " beyond value");
            assertEquals(r, kept + unexplained.getOrDefault(e.getKey(), 0.0), TOL * Math.max(1, r), e.getKey()::toString);
        }
        for (SupplyEdge e : n.edges()) {
            if (e.source().isUnknownSource() && e.source().stage() == e.target().stage()) {
                assertTrue(d.productions(e.target().mineral(), e.target().stage(), 2024).isEmpty(),
                        () -> "unknown supply " + e + " at a stage with production figures");
            }
        }
    }

    /**
     * Every analysis attributes origins the same way. For each consumer node and each actor node {@code o} at
     * stage {@code s}: the share of the consumer's supply that entered {@code s} at {@code o} (look-through) is at
     * most what the consumer loses when {@code o} is removed (chokepoint removal), and at most what the consuming
     * country loses, at that stage, when {@code o}'s country bans its exports at {@code s} (scenario, no
     * re-routing). A transit hub is the origin of nothing.
     */
    @Property(tries = 100)
    void everyAnalysis_attributesOriginsTheSameWay(@ForAll("datasets") Dataset d) {
        SupplyNetwork n = SupplyNetworks.of(d, 2024);
        LookThroughDependencyAlgorithm tracing = LookThroughDependencyAlgorithm.of(n);
        Map<String, Disruption> bans = new HashMap<>();
        for (Node c : n.nodes()) {
            if (c.isUnknownSource() || n.throughput(c) <= 1e-6) {
                continue;
            }
            Dependence dep = tracing.dependence(c);
            Map<Node, Double> removal = new HashMap<>();
            for (Chokepoint cp : Chokepoints.removalImpact(n, c).impacts()) {
                removal.put(cp.node(), cp.shareLost());
            }
            for (Node o : n.nodes()) {
                if (o.isUnknownSource() || o.equals(c)) {
                    continue;
                }
                double share = dep.share(o.stage(), o.actor().toString());
                assertTrue(share <= removal.getOrDefault(o, 0.0) + 1e-6,
                        () -> c + " from " + o + ": look-through " + share + ", removal " + removal.get(o));
                if (n.role(o) == NodeRole.TRANSIT_HUB) {
                    assertEquals(0, share, 1e-9, () -> "transit hub " + o + " is an origin of " + c);
                }
                if (!o.actor().equals(c.actor()) && o.stage() == c.stage() && share > 0) {
                    double retained = n.throughput(c) - out(n, c);
                    String key = o.actor().id() + "/" + o.stage();
                    Disruption r = bans.computeIfAbsent(key, k -> Scenarios.run(n,
                            Scenario.of(Shock.ExportBan.of(o.actor().id(), o.mineral(), o.stage()))));
                    ConsumerImpact i = r.impact(c.actor().id(), c.mineral()).orElseThrow();
                    double loss = i.baseline() - i.noRerouting();
                    assertTrue(share * retained <= loss + 1e-6 * Math.max(1, i.baseline()),
                            () -> c + " from " + o + ": look-through " + share * retained + " t, ban loses " + loss);
                }
            }
        }
    }
}
