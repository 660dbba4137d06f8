package org.msp.graph.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.model.Dataset;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;
import org.msp.model.Quantity;
import org.msp.model.Stage;
import org.msp.model.WorldTotal;

/**
 * Shares of world output: with a reported world total (or rest-of-world line) the countries' shares and the
 * rest of the world's share sum to 1; the rest of the world is never negative (listed countries above the
 * total are reported as an excess); every CR_k is at most 1; the HHI lies between its lower bound (the rest
 * fragmented) and its upper bound (the rest one supplier). Expected shares are computed here, independently.
 */
class WorldShareProperties {
    private static final List<String> COUNTRIES = List.of("AUS", "CHL", "CHN", "COD", "IDN", "PER", "USA");
    private static final Provenance P = Provenance.of("survey", "2025", "mine production", "public domain");

    @Provide
    Arbitrary<Map<String, Double>> tables() {
        return Arbitraries.maps(Arbitraries.of(COUNTRIES), Arbitraries.doubles().between(0, 1e6).ofScale(3))
                .ofMinSize(1).ofMaxSize(COUNTRIES.size())
                .filter(m -> m.values().stream().mapToDouble(Double::doubleValue).sum() > 0);
    }

    /** A reported world total anywhere from 0 to twice the listed countries' tonnes, so above and below them. */
    @Provide
    Arbitrary<Double> factors() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 2).ofScale(4), Arbitraries.of(0.0, 1.0, 0.999999, 1.5));
    }

    @Property(tries = 400)
    void ofWorldTotal_sharesAndRestOfWorldSumToOne(@ForAll("tables") Map<String, Double> table,
            @ForAll("factors") double factor) {
        double listed = table.values().stream().mapToDouble(Double::doubleValue).sum();
        double world = listed * factor;
        MarketConcentration r = MarketConcentration.ofWorldTotal("x", Stage.MINING, 2024, table, world, "test");
        check(r, table, Math.max(world, listed));
        if (listed - world > 1e-8 * listed) {
            assertEquals(MarketConcentration.Denominator.LISTED_ABOVE_WORLD_TOTAL, r.denominator(), r::toString);
            assertEquals(listed - world, r.excess(), 1e-9 * listed, r::toString);
            assertEquals(0.0, r.restOfWorld(), r::toString);
        } else if (world - listed > 1e-8 * listed) {
            assertEquals(MarketConcentration.Denominator.WORLD_TOTAL, r.denominator(), r::toString);
            assertEquals(world, r.totalTonnes(), 1e-9 * world, r::toString);
        } else {
            assertTrue(r.excess() <= 1e-8 * listed, r::toString);
        }
        assertEquals(world, r.reportedWorldTotal().getAsDouble(), 1e-9 * Math.max(1, listed), r::toString);
    }

    /** The dataset's world total of the table's own source: total only, rest-of-world only, or both. */
    @Property(tries = 300)
    void productionConcentration_measuresAgainstTheDatasetWorldTotal(@ForAll("tables") Map<String, Double> table,
            @ForAll("factors") double factor, @ForAll boolean printsTotal, @ForAll boolean printsRest) {
        double listed = table.values().stream().mapToDouble(Double::doubleValue).sum();
        Dataset.Builder b = Dataset.builder().countries(COUNTRIES.toArray(String[]::new)).minerals("copper");
        table.forEach((c, t) -> b.add(new Production(org.msp.model.Actor.country(c), "copper", Stage.MINING, 2024,
                Quantity.tonnes(t), Qualifier.REPORTED, P)));
        double total = listed * factor;
        double rest = Math.abs(total - listed) * 0.5;
        Optional<Quantity> t = printsTotal ? Optional.of(Quantity.tonnes(total)) : Optional.empty();
        Optional<Quantity> o = printsRest || !printsTotal ? Optional.of(Quantity.tonnes(rest)) : Optional.empty();
        b.add(new WorldTotal("copper", Stage.MINING, 2024, t, o, Qualifier.ESTIMATED, P));
        MarketConcentration r = Concentrations.of(b.build(), "copper", Stage.MINING, 2024);
        // the printed total wins over the rest-of-world line; without a total, the world is listed + rest
        double denominator = printsTotal ? Math.max(total, listed) : listed + rest;
        check(r, table, denominator);
        assertTrue(r.isShareOfWorld(), r::toString);
        MarketConcentration listedOnly = ConcentrationAlgorithm.ofListedCountries(b.build()).concentration("copper",
                Stage.MINING, 2024);
        check(listedOnly, table, listed);
        assertEquals(listedOnly.shares(), r.listedOnly().shares());
    }

    /** The invariants, and each share against tonnes over {@code denominator} computed by the caller. */
    private static void check(MarketConcentration r, Map<String, Double> table, double denominator) {
        assertTrue(r.restOfWorld() >= 0, r::toString);
        double sum = r.shares().stream().mapToDouble(SupplierShare::share).sum();
        assertEquals(1.0, sum + r.restOfWorldShare(), 1e-9, r::toString);
        for (Map.Entry<String, Double> e : new TreeMap<>(table).entrySet()) {
            assertEquals(e.getValue() / denominator, r.share(e.getKey()), 1e-9, r::toString);
        }
        double prev = 0;
        for (int k = 1; k <= r.supplierCount() + 1; k++) {
            double s = r.topShare(k);
            assertTrue(s <= 1 && s >= prev - 1e-12, r::toString);
            prev = s;
        }
        assertEquals(1 - r.restOfWorldShare(), r.topShare(r.supplierCount()), 1e-9, r::toString);
        assertTrue(r.hhi() <= r.hhiUpperBound() + 1e-12 && r.hhiUpperBound() <= 1 + 1e-12, r::toString);
        assertEquals(r.hhi() + r.restOfWorldShare() * r.restOfWorldShare(), r.hhiUpperBound(), 1e-12, r::toString);
        double listedSum = r.listedOnly().shares().stream().mapToDouble(SupplierShare::share).sum();
        assertEquals(1.0, listedSum, 1e-9, r::toString);
    }
}
