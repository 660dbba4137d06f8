package org.msp.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.model.Actor;
import org.msp.model.Basis;
import org.msp.model.BasisConversion;
import org.msp.model.BasisConversion.End;
import org.msp.model.ConversionKind;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.Production;
import org.msp.model.Quantity;
import org.msp.model.Stage;

/** The dataset's basis conversions in the network builder: applied by default, overridden, turned off. */
class DatasetConversionsTest {
    private static final double EPS = 1e-9;

    /** HandWorked lithium plus a carbonate flow CHL -> KOR of 50 t and a factor range 0.1-0.3 (central 0.2). */
    private static Dataset mixed() {
        return HandWorked.dataset().toBuilder()
                .add(new Flow(Actor.country("CHL"), Actor.country("KOR"), "lithium", Stage.REFINING, 2024,
                        new Quantity(50, Basis.CARBONATE_EQUIVALENT), OptionalDouble.empty(), FlowOrigin.REPORTED,
                        HandWorked.P))
                .add(new BasisConversion("lithium", Stage.REFINING, Basis.CARBONATE_EQUIVALENT, 0.1, 0.2, 0.3,
                        ConversionKind.TYPICAL_GRADE, "test", HandWorked.P))
                .build();
    }

    private static double tonnes(SupplyNetwork n, String from, String to) {
        return n.edge(Node.of(from, Stage.REFINING, "lithium"), Node.of(to, Stage.REFINING, "lithium"))
                .orElseThrow().tonnes();
    }

    @Test
    void of_appliesTheDatasetFactorAtItsCentralValue() {
        assertEquals(10, tonnes(SupplyNetworks.of(mixed(), 2024, "lithium"), "CHL", "KOR"), EPS);
        assertEquals(5, tonnes(SupplyNetworks.builder(mixed(), 2024).conversionEnd(End.LOW).build(), "CHL", "KOR"),
                EPS);
        assertEquals(15, tonnes(SupplyNetworks.builder(mixed(), 2024).conversionEnd(End.HIGH).build(), "CHL", "KOR"),
                EPS);
        assertEquals(List.of(mixed().conversions().get(0)), SupplyNetworks.conversions(mixed(), 2024, "lithium"));
        assertEquals(List.of(), SupplyNetworks.conversions(mixed(), 2023, "lithium"), "2023 does not mix bases");
    }

    @Test
    void userConversion_overridesTheDatasetAtEveryEnd() {
        SupplyNetwork n = SupplyNetworks.builder(mixed(), 2024).conversion("lithium", Basis.CARBONATE_EQUIVALENT, 0.4)
                .conversionEnd(End.LOW).build();
        assertEquals(20, tonnes(n, "CHL", "KOR"), EPS);
    }

    @Test
    void noDatasetConversions_refusesTheMixNamingTheFactor() {
        MixedBasesException e = assertThrows(MixedBasesException.class,
                () -> SupplyNetworks.builder(mixed(), 2024).noDatasetConversions().build());
        assertEquals(List.of("lithium", Stage.REFINING, Basis.CARBONATE_EQUIVALENT),
                List.of(e.mineral(), e.stage(), e.basis()));
        assertTrue(e.getMessage().contains("dataset conversions are turned off"), e::getMessage);
    }

    @Test
    void world_everyMineralWithProductionAndTradeGetsANetwork() {
        Dataset world = Datasets.world();
        List<String> checked = new ArrayList<>();
        for (int year : List.of(2024, 2023)) {
            TreeSet<String> produced = new TreeSet<>();
            for (Production p : world.productions()) {
                if (p.year() == year) {
                    produced.add(p.mineral());
                }
            }
            produced.retainAll(world.mineralsWithTrade(year));
            // a code whose lack of a factor is a stated reason (permanent magnets are counted in magnet tonnes)
            TreeSet<String> withoutFactor = new TreeSet<>();
            org.msp.data.baci.BaciConversions.withoutFactor().keySet().forEach(hs -> withoutFactor.add(
                    org.msp.data.baci.BaciImporter.code(hs).orElseThrow().mineral()));
            for (String m : produced) {
                if (withoutFactor.contains(m)) {
                    try {
                        SupplyNetworks.of(world, year, m);
                    } catch (MixedBasesException e) {
                        assertEquals(m, e.mineral());
                    }
                    continue;
                }
                SupplyNetwork n = SupplyNetworks.of(world, year, m);
                assertTrue(n.nodeCount() > 0 && n.edgeCount() > 0, m + " " + year);
                checked.add(m + " " + year);
            }
        }
        for (String m : List.of("arsenic", "cobalt", "copper", "gallium", "lithium", "manganese", "nickel", "niobium",
                "vanadium")) {
            assertTrue(checked.contains(m + " 2024"), m + " has production and trade in 2024: " + checked);
        }
    }

    @Test
    void world_cobaltTradeIsConvertedAtCo3O4() {
        Dataset world = Datasets.world();
        Flow f = world.flows("cobalt", Stage.REFINING, 2024).stream()
                .max(java.util.Comparator.comparingDouble(x -> x.quantity().tonnes())).orElseThrow();
        assertEquals(Basis.GROSS_WEIGHT, f.quantity().basis());
        SupplyNetwork n = SupplyNetworks.of(world, 2024, "cobalt");
        double t = n.edge(Node.of(f.from(), Stage.REFINING, "cobalt"), Node.of(f.to(), Stage.REFINING, "cobalt"))
                .orElseThrow().tonnes();
        assertEquals(f.quantity().tonnes() * 3 * 58.933 / (3 * 58.933 + 4 * 15.999), t, 1e-6 * t);
    }

    @Test
    void reliance_appliesTheDatasetFactorsByDefault() {
        Dataset world = Datasets.world();
        org.msp.graph.dependency.Reliance byDefault = org.msp.graph.dependency.NetImportRelianceAlgorithm.of(world)
                .reliance("USA", "manganese", 2024);
        org.msp.graph.dependency.Reliance explicit = org.msp.graph.dependency.NetImportRelianceAlgorithm.of(world, java.util.Map.of("manganese", java.util.Map.of(Basis.GROSS_WEIGHT, 0.425)))
                .reliance("USA", "manganese", 2024);
        assertEquals(explicit.totalImports(), byDefault.totalImports(), 1e-9);
        assertTrue(byDefault.totalImports() > 0, byDefault::toString);
        assertThrows(IllegalArgumentException.class, () -> org.msp.graph.dependency.NetImportRelianceAlgorithm.of(world, java.util.Map.of()).reliance("USA", "manganese", 2024), "no factor, no answer");
        assertEquals(0.425, SupplyNetworks.contentFactors(world).get("manganese").get(Basis.GROSS_WEIGHT));
    }

    @Test
    void sensitivity_movesWithTheRangeAndNotWithExactFactors() {
        Dataset world = Datasets.world();
        // without the mass balance (exports held to what the exporter has) and the value witness (tonnes held to
        // what the dollars pay for), every reported edge moves with its factor alone
        ConversionSensitivity co = ConversionSensitivity.of(world, 2024, "cobalt",
                b -> b.noMassBalance().noValueWitness());
        assertTrue(co.isSensitive());
        // cobalt ore (HS07 260500, mining) and cobalt oxides and hydroxides (HS 282200, refining) are both gross
        assertEquals(List.of(world.conversion("cobalt", Stage.MINING, Basis.GROSS_WEIGHT).orElseThrow(),
                world.conversion("cobalt", Stage.REFINING, Basis.GROSS_WEIGHT).orElseThrow()), co.conversions());
        ConversionSensitivity.Range r = co.range("refining trade", n -> n.edges().stream()
                .filter(e -> e.origin() == FlowOrigin.REPORTED && e.source().stage() == Stage.REFINING
                        && e.provenance().table().contains("282200"))
                .mapToDouble(SupplyEdge::tonnes).sum());
        assertEquals(r.atLow() / 0.63405, r.atHigh() / 0.78649, 1e-3 * r.atHigh() / 0.78649, r::toString);
        assertTrue(r.atLow() < r.atCentral() && r.atCentral() < r.atHigh(), r::toString);
        assertTrue(r.toString().startsWith("cobalt: factors 0.01\u20130.2 at mining and 0.634\u20130.7865 at refining, "
                + "low ends then high ends together, move refining trade from "),
                r::toString);
        ConversionSensitivity li = ConversionSensitivity.of(world, 2024, "lithium");
        assertFalse(li.isSensitive());
        ConversionSensitivity.Range lr = li.range("trade", ConversionSensitivityTestSupport::reportedTonnes);
        assertEquals(lr.atLow(), lr.atHigh());
        assertTrue(lr.toString().startsWith("lithium: no range factor"), lr::toString);
    }

    @Test
    void sensitivity_withTheCentralNetworkGiven_usesItAndMovesAsWhenBuilt() {
        Dataset world = Datasets.world();
        java.util.function.UnaryOperator<NetworkBuilder> configure = b -> b.noMassBalance().noValueWitness();
        SupplyNetwork central = configure.apply(SupplyNetworks.builder(world, 2024).minerals("cobalt")).build();
        ConversionSensitivity given = ConversionSensitivity.of(world, 2024, "cobalt", configure, central);
        ConversionSensitivity built = ConversionSensitivity.of(world, 2024, "cobalt", configure);
        assertTrue(given.network(End.CENTRAL) == central, "the central network given is the one used");
        assertTrue(given.network(End.LOW) != central && given.network(End.HIGH) != central);
        ConversionSensitivity.Range a = given.range("trade", ConversionSensitivityTestSupport::reportedTonnes);
        ConversionSensitivity.Range b = built.range("trade", ConversionSensitivityTestSupport::reportedTonnes);
        assertEquals(b, a);
        assertTrue(a.atLow() < a.atHigh(), a::toString);
        // no range factor: the central network stands for every end
        SupplyNetwork li = SupplyNetworks.builder(world, 2024).minerals("lithium").build();
        ConversionSensitivity l = ConversionSensitivity.of(world, 2024, "lithium", UnaryOperator.identity(), li);
        assertFalse(l.isSensitive());
        assertTrue(l.network(End.LOW) == li && l.network(End.HIGH) == li);
    }
}
