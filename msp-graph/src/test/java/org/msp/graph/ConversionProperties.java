package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.graph.arbitraries.SupplyArbitraries;
import org.msp.model.Basis;
import org.msp.model.BasisConversion;
import org.msp.model.BasisConversion.End;
import org.msp.model.ConversionKind;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.Provenance;
import org.msp.model.Quantity;
import org.msp.model.Stage;

/**
 * Properties of the basis conversion of a network: on generated datasets whose trade at one stage is weighed
 * gross and whose production is in content, with a generated range factor for that stage.
 */
class ConversionProperties {
    private static final double EPS = 1e-6;

    /** A dataset whose {@code stage} trade is gross weight, with a range factor for it. */
    record Case(Dataset dataset, Stage stage, BasisConversion conversion) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<Double>> factors = Arbitraries.doubles().between(0.001, 1.0).ofScale(4).list().ofSize(3);
        Arbitrary<Stage> stages = Arbitraries.of(Stage.MINING, Stage.REFINING, Stage.MATERIAL);
        return Combinators.combine(SupplyArbitraries.tradeDatasets(), stages, factors).as((d, stage, f) -> {
            List<Double> sorted = f.stream().sorted().toList();
            BasisConversion c = new BasisConversion("lithium", stage, Basis.GROSS_WEIGHT, sorted.get(0),
                    sorted.get(1), sorted.get(2), ConversionKind.TYPICAL_GRADE, "generated grade",
                    Provenance.user("generated"));
            Dataset.Builder b = Dataset.builder().name(d.name()).sourcePriority(d.sourcePriority());
            d.countries().forEach(b::add);
            d.minerals().forEach(b::add);
            d.productions().forEach(b::add);
            for (Flow x : d.flows()) {
                b.add(x.stage() != stage ? x : new Flow(x.from(), x.to(), x.mineral(), x.stage(), x.year(),
                        new Quantity(x.quantity().tonnes(), Basis.GROSS_WEIGHT), x.valueUsd(), x.origin(),
                        x.provenance()));
            }
            b.add(c);
            return new Case(b.build(), stage, c);
        });
    }

    private static int year(Dataset d) {
        return d.years().isEmpty() ? 2024 : d.years().last();
    }

    /** Gross tonnes of the reported flows between two nodes of the converted stage. */
    private static Map<List<Node>, Double> gross(Case c) {
        Map<List<Node>, Double> g = new HashMap<>();
        for (Flow f : c.dataset().flows(c.conversion().mineral(), c.stage(), year(c.dataset()))) {
            g.merge(List.of(Node.of(f.from(), f.stage(), f.mineral()), Node.of(f.to(), f.stage(), f.mineral())),
                    f.quantity().tonnes(), Double::sum);
        }
        return g;
    }

    /**
     * Builds at {@code end} without mass balance and the value witness, which cap converted edges by what each
     * exporter has (their own properties are in {@code OriginRuleProperties}): here only the conversion acts.
     */
    private static SupplyNetwork build(Case c, End end) {
        return SupplyNetworks.builder(c.dataset(), year(c.dataset())).conversionEnd(end).noMassBalance()
                .noValueWitness().build();
    }

    @Property(tries = 200)
    void conversion_neverCreatesMassBeyondTheGrossTonnes(@ForAll("cases") Case c) {
        boolean mixed = !SupplyNetworks.conversions(c.dataset(), year(c.dataset()), "lithium").isEmpty();
        for (End end : End.values()) {
            SupplyNetwork n = build(c, end);
            for (Map.Entry<List<Node>, Double> g : gross(c).entrySet()) {
                double t = n.edge(g.getKey().get(0), g.getKey().get(1)).map(SupplyEdge::tonnes).orElse(0.0);
                assertTrue(t <= g.getValue() * (1 + EPS) + EPS, g.getKey() + " carries " + t + " t, more than its "
                        + g.getValue() + " gross tonnes");
                if (mixed) {
                    assertEquals(g.getValue() * c.conversion().factor(end), t, EPS * (1 + g.getValue()),
                            g.getKey() + " at " + end);
                }
            }
        }
    }

    @Property(tries = 200)
    void lowEnd_neverCarriesMoreThanHighEnd(@ForAll("cases") Case c) {
        SupplyNetwork low = build(c, End.LOW);
        SupplyNetwork central = build(c, End.CENTRAL);
        SupplyNetwork high = build(c, End.HIGH);
        double[] total = new double[3];
        for (List<Node> pair : gross(c).keySet()) {
            double[] t = new double[3];
            int i = 0;
            for (SupplyNetwork n : List.of(low, central, high)) {
                t[i] = n.edge(pair.get(0), pair.get(1)).map(SupplyEdge::tonnes).orElse(0.0);
                total[i] += t[i];
                i++;
            }
            assertTrue(t[0] <= t[1] + EPS && t[1] <= t[2] + EPS, pair + ": " + t[0] + ", " + t[1] + ", " + t[2]);
        }
        assertTrue(total[0] <= total[1] + EPS && total[1] <= total[2] + EPS,
                "converted trade at low, central, high: " + java.util.Arrays.toString(total));
        assertTrue(reported(low) <= reported(high) + EPS, "reported tonnes at low " + reported(low) + " > high "
                + reported(high));
    }

    private static double reported(SupplyNetwork n) {
        return n.edges().stream().filter(e -> e.origin() == FlowOrigin.REPORTED).mapToDouble(SupplyEdge::tonnes)
                .sum();
    }
}
