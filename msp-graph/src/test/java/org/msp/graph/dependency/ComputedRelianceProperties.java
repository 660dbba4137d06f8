package org.msp.graph.dependency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.msp.model.Stage;

/** Invariants of {@link ComputedReliance#compute}: bounds are sound, a gap never becomes a point. */
class ComputedRelianceProperties {
    /** The inputs of one computation; an empty optional is an unpublished (or withheld) figure. */
    record Inputs(double imports, double exports, OptionalDouble stockChange, OptionalDouble consumption,
            OptionalDouble production) {
        ComputedReliance compute() {
            return ComputedReliance.compute("USA", "nickel", 2024, Stage.REFINING, imports, exports, stockChange,
                    consumption, production, "test", List.of());
        }

        Inputs withProduction(OptionalDouble p) {
            return new Inputs(imports, exports, stockChange, consumption, p);
        }
    }

    private static Arbitrary<OptionalDouble> optional(Arbitrary<Double> values) {
        return Arbitraries.oneOf(Arbitraries.just(OptionalDouble.empty()), values.map(OptionalDouble::of));
    }

    @Provide
    Arbitrary<Inputs> inputs() {
        Arbitrary<Double> tonnes = Arbitraries.oneOf(Arbitraries.just(0.0),
                Arbitraries.doubles().between(0, 1e6).ofScale(2));
        return Combinators.combine(tonnes, tonnes, optional(Arbitraries.doubles().between(-1e5, 1e5).ofScale(2)),
                optional(Arbitraries.doubles().between(1, 1e6).ofScale(2)), optional(tonnes)).as(Inputs::new);
    }

    @Property
    void withheldProduction_neverNarrowsBoundsToAPoint(@ForAll("inputs") Inputs in) {
        Inputs withheld = new Inputs(in.imports(), in.exports(), in.stockChange(), OptionalDouble.empty(),
                OptionalDouble.empty());
        ComputedReliance r = withheld.compute();
        if (r.netImports() != 0) {
            assertFalse(r.isPoint(), r::toString);
            assertTrue(r.value().isEmpty(), r::toString);
        }
    }

    @Property
    void boundsWithWithheldProduction_containEveryValueProductionCouldGive(@ForAll("inputs") Inputs in,
            @ForAll("productions") double production) {
        Inputs withheld = new Inputs(in.imports(), in.exports(), in.stockChange(), OptionalDouble.empty(),
                OptionalDouble.empty());
        ComputedReliance bounds = withheld.compute();
        ComputedReliance known = withheld.withProduction(OptionalDouble.of(production)).compute();
        if (bounds.isUndetermined()) {
            assertEquals(0, bounds.netImports(), 0, () -> "only zero net imports leave it undetermined: " + bounds);
            assertFalse(bounds.reason().isEmpty(), bounds::toString);
        } else if (known.isPoint()) {
            double v = known.value().getAsDouble();
            assertTrue(bounds.low() <= v && v <= bounds.high(), () -> v + " outside " + bounds);
        }
        assertEquals(known.isNetExporter(), bounds.isNetExporter(), () -> known + " / " + bounds);
    }

    @Property
    void aProductionCap_givesBoundsThatHoldEveryProductionUpToIt(@ForAll("inputs") Inputs in,
            @ForAll("productions") double cap, @ForAll double fraction) {
        ComputedReliance capped = ComputedReliance.compute("KOR", "gallium", 2024, Stage.REFINING, in.imports(),
                in.exports(), in.stockChange(), OptionalDouble.empty(), OptionalDouble.empty(), cap, "test", List.of());
        double p = cap * Math.abs(fraction % 1.0);
        ComputedReliance known = new Inputs(in.imports(), in.exports(), in.stockChange(), OptionalDouble.empty(),
                OptionalDouble.of(p)).compute();
        if (!capped.isUndetermined() && known.isPoint()) {
            double v = known.value().getAsDouble();
            assertTrue(capped.low() <= v + 1e-12 && v <= capped.high(), () -> v + " (production " + p + ") outside "
                    + capped);
        }
    }

    @Provide
    Arbitrary<Double> productions() {
        return Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 1e7).ofScale(2));
    }

    @Property
    void value_liesWithinItsBounds_atMostOne(@ForAll("inputs") Inputs in) {
        ComputedReliance r = in.compute();
        if (!r.isUndetermined()) {
            assertTrue(r.low() <= r.high() && r.high() <= 1, r::toString);
            r.value().ifPresent(v -> assertTrue(r.low() <= v && v <= r.high(), r::toString));
        }
    }

    @Property
    void netExporter_iffExportsExceedImportsPlusStockDrawdown(@ForAll("inputs") Inputs in) {
        ComputedReliance r = in.compute();
        double drawdown = -in.stockChange().orElse(0);
        assertEquals(in.exports() > in.imports() + drawdown, r.isNetExporter(), r::toString);
        assertEquals(r.isNetExporter(), r.text().equals("E"), r::toString);
    }

    @Property
    void publishedConsumption_givesAPointOrNetExporter(@ForAll("inputs") Inputs in) {
        if (in.consumption().isEmpty()) {
            return;
        }
        ComputedReliance r = in.compute();
        assertTrue(r.isPoint(), r::toString);
        assertTrue(r.production().isEmpty(), "production is not used when consumption is published");
    }
}
