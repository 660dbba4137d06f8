package org.msp.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msp.data.baci.BaciAseanImporter;
import org.msp.data.baci.BaciConversions;
import org.msp.data.baci.BaciGrades;
import org.msp.data.baci.BaciHs22TopFlowsImporter;
import org.msp.data.baci.BaciImporter;
import org.msp.data.baci.HsCode;
import org.msp.data.usgs.McsConversions;
import org.msp.model.Basis;
import org.msp.model.BasisConversion;
import org.msp.model.ConversionKind;
import org.msp.model.Dataset;
import org.msp.model.Stage;

class WorldConversionsTest {
    // IUPAC CIAAW 2021 abridged standard atomic weights, typed here independently of the importers.
    private static final Map<String, Double> ATOMIC = Map.of("H", 1.008, "Li", 6.94, "C", 12.011, "O", 15.999,
            "Co", 58.933, "As", 74.922, "Sr", 87.62);

    /** Returns the mass fraction of {@code element} in a formula given as alternating symbols and counts. */
    private static double fraction(String element, Object... formula) {
        double total = 0;
        double part = 0;
        for (int i = 0; i < formula.length; i += 2) {
            double m = ATOMIC.get((String) formula[i]) * (Integer) formula[i + 1];
            total += m;
            if (formula[i].equals(element)) {
                part += m;
            }
        }
        return part / total;
    }

    private static BasisConversion conversion(String mineral, Stage stage, Basis basis) {
        return Datasets.world().conversion(mineral, stage, basis).orElseThrow(
                () -> new AssertionError("no conversion " + mineral + "/" + stage + "/" + basis));
    }

    @Test
    void stoichiometricFactors_matchMolarMasses() {
        assertExact(conversion("lithium", Stage.REFINING, Basis.CARBONATE_EQUIVALENT),
                fraction("Li", "Li", 2, "C", 1, "O", 3), 0.18785);
        assertExact(conversion("arsenic", Stage.REFINING, Basis.GROSS_WEIGHT), fraction("As", "As", 2, "O", 3),
                0.75740);
        assertExact(conversion("arsenic", Stage.REFINING, Basis.OXIDE_EQUIVALENT), fraction("As", "As", 2, "O", 3),
                0.75740);
        assertExact(conversion("strontium", Stage.REFINING, Basis.GROSS_WEIGHT), fraction("Sr", "Sr", 1, "C", 1, "O", 3),
                0.59352);
        BasisConversion co = conversion("cobalt", Stage.REFINING, Basis.GROSS_WEIGHT);
        assertEquals(ConversionKind.STOICHIOMETRIC, co.kind());
        assertEquals(fraction("Co", "Co", 1, "O", 2, "H", 2), co.low(), 1e-9, "Co(OH)2");
        assertEquals(fraction("Co", "Co", 3, "O", 4), co.central(), 1e-9, "Co3O4");
        assertEquals(fraction("Co", "Co", 1, "O", 1), co.high(), 1e-9, "CoO");
        assertEquals(0.6340, co.low(), 5e-5);
        assertEquals(0.7342, co.central(), 5e-5);
        assertEquals(0.7865, co.high(), 5e-5);
    }

    private static void assertExact(BasisConversion c, double computed, double published) {
        assertEquals(ConversionKind.STOICHIOMETRIC, c.kind(), c::toString);
        assertFalse(c.isRange(), c::toString);
        assertEquals(computed, c.central(), 1e-9, c::toString);
        assertEquals(published, c.central(), 5e-5, c::toString);
    }

    @Test
    void typicalGrades_areTheirPublishedRanges() {
        assertRange(conversion("manganese", Stage.MINING, Basis.GROSS_WEIGHT), 0.35, 0.50);
        assertRange(conversion("niobium", Stage.REFINING, Basis.GROSS_WEIGHT), 0.63, 0.67);
        assertRange(conversion("vanadium", Stage.REFINING, Basis.GROSS_WEIGHT), 0.50, 0.80);
        // copper concentrate of 20-35% Cu (ICSG); cobalt ores of a few percent to concentrates of 20% Co
        assertRange(conversion("copper", Stage.MINING, Basis.GROSS_WEIGHT), 0.20, 0.35);
        assertRange(conversion("cobalt", Stage.MINING, Basis.GROSS_WEIGHT), 0.01, 0.20);
        BasisConversion ga = conversion("gallium", Stage.REFINING, Basis.GROSS_WEIGHT);
        assertEquals(ConversionKind.UPPER_BOUND, ga.kind());
        assertEquals(1.0, ga.central());
        assertTrue(ga.toString().startsWith("gallium/refining gross_weight x 1 (upper bound: "), ga::toString);
    }

    private static void assertRange(BasisConversion c, double low, double high) {
        assertEquals(ConversionKind.TYPICAL_GRADE, c.kind(), c::toString);
        assertEquals(low, c.low(), 1e-12, c::toString);
        assertEquals(high, c.high(), 1e-12, c::toString);
        assertEquals((low + high) / 2, c.central(), 1e-12, "central is the midpoint: " + c);
    }

    @Test
    void everyRange_isOrderedWithinZeroOne() {
        List<BasisConversion> all = Datasets.world().conversions();
        // one per importer factor of a mineral the dataset holds: the arsenic, lithium, strontium, cobalt,
        // manganese, niobium, vanadium and gallium factors and the copper and cobalt ore grades
        long expected = java.util.stream.Stream.of(McsConversions.all(), BaciConversions.all(),
                BaciGrades.datasetConversions()).mapToLong(List::size).sum();
        assertEquals(expected, all.size(), all::toString);
        assertTrue(all.size() >= 11, all::toString);
        for (BasisConversion c : all) {
            assertTrue(0 < c.low() && c.low() <= c.central() && c.central() <= c.high() && c.high() <= 1,
                    c::toString);
        }
    }

    @Test
    void everyBaciCodeOffContent_hasAFactorOrAReason() {
        List<String> missing = new ArrayList<>();
        for (HsCode code : BaciImporter.codes().values()) {
            boolean factor = BaciConversions.byCode().containsKey(code.hs6());
            boolean reason = BaciConversions.withoutFactor().containsKey(code.hs6());
            if (code.basis() == Basis.CONTENT) {
                assertFalse(factor || reason, code + " is on content and needs no entry");
            } else if (factor == reason) {
                missing.add(code.hs6());
            }
            if (factor) {
                BasisConversion c = BaciConversions.byCode().get(code.hs6());
                assertEquals(List.of(code.mineral(), code.stage(), code.basis()),
                        List.of(c.mineral(), c.stage(), c.basis()), code::toString);
                assertTrue(c.provenance().note().contains("HS " + code.hs6()), c::toString);
            }
        }
        assertEquals(List.of(), missing, "codes off content with neither a factor nor a reason");
    }

    @Test
    void everyOreAndFeedCodeOfTheHs07AndHs22Extracts_hasAGrade() {
        List<HsCode> codes = new ArrayList<>(BaciAseanImporter.codes().values());
        codes.addAll(BaciHs22TopFlowsImporter.codes().values());
        List<String> missing = new ArrayList<>();
        for (HsCode code : codes) {
            BasisConversion c = code.hs6().length() == 4 ? BaciGrades.hs22().get(code.hs6())
                    : BaciGrades.hs07().get(code.hs6());
            if (code.basis() == Basis.CONTENT) {
                assertEquals(null, c, code::toString);
            } else if (c == null) {
                missing.add(code.hs6());
            } else {
                assertEquals(List.of(code.mineral(), code.stage(), code.basis()),
                        List.of(c.mineral(), c.stage(), c.basis()), code::toString);
                assertEquals(ConversionKind.TYPICAL_GRADE, c.kind(), c::toString);
                assertTrue(c.provenance().note().contains(code.hs6()), c::toString);
            }
        }
        // iron ore (HS22 2601) is weighed gross as the USGS counts iron ore production, gross usable ore
        assertEquals(List.of("2601"), missing);
    }

    @Test
    void nickelFeed_convertedAtImport_andNoNickelGrossFigureLeft() {
        for (String hs6 : List.of("260400", "750110", "750120")) {
            assertTrue(BaciGrades.convertedAtImport(hs6), hs6);
        }
        for (String hs6 : List.of("260300", "260500", "750210", "250410")) {
            assertFalse(BaciGrades.convertedAtImport(hs6), hs6);
        }
        Dataset w = Datasets.world();
        assertTrue(w.flows().stream().filter(f -> f.mineral().equals("nickel") && f.stage() == Stage.MINING)
                .allMatch(f -> f.quantity().basis() == Basis.CONTENT));
        assertTrue(w.conversion("nickel", Stage.MINING, Basis.GROSS_WEIGHT).isEmpty());
        // the Philippines ships laterite ore: at the low end of the grade, the contained nickel it exports to the
        // extract's partners never exceeds the nickel it mines (USGS), in any year the dataset has both
        int years = 0;
        for (int year = 2010; year <= 2024; year++) {
            final int y = year;
            double mined = w.productions().stream().filter(p -> p.producer().id().equals("PHL")
                    && p.mineral().equals("nickel") && p.stage() == Stage.MINING && p.year() == y)
                    .mapToDouble(p -> p.quantity().tonnes()).sum();
            // the contained tonnes at the low end of every code's range, as each flow's note gives them
            double low = w.flows("nickel", Stage.MINING, year).stream().filter(f -> f.from().id().equals("PHL"))
                    .mapToDouble(f -> {
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile("; contained ([0-9.]+) t, range "
                                + "([0-9.]+)-([0-9.]+) t").matcher(f.provenance().note());
                        assertTrue(m.find(), f.provenance()::note);
                        assertEquals(f.quantity().tonnes(), Double.parseDouble(m.group(1)), 1e-3);
                        return Double.parseDouble(m.group(2));
                    }).sum();
            if (mined > 0 && low > 0) {
                years++;
                assertTrue(low <= mined, year + ": " + low + " t exported, " + mined + " t mined");
            }
        }
        assertTrue(years >= 3, "years with both: " + years);
        // a matte holds most of its weight in nickel, a laterite ore about a percent: never one factor
        assertTrue(BaciGrades.hs07().get("750110").low() > 30 * BaciGrades.hs07().get("260400").high());
    }

    @Test
    void worldDataset_carriesTheImporterFactors() {
        List<BasisConversion> expected = new ArrayList<>(McsConversions.all());
        expected.addAll(BaciConversions.all());
        expected.addAll(BaciGrades.datasetConversions());
        assertEquals(expected.stream().sorted(java.util.Comparator.comparing(BasisConversion::mineral)
                .thenComparing(BasisConversion::stage).thenComparing(BasisConversion::basis)).toList(),
                Datasets.world().conversions());
    }

    @Test
    void everyConversion_coversABasisTheWorldDatasetHas() {
        Dataset w = Datasets.world();
        for (BasisConversion c : w.conversions()) {
            boolean present = w.productions().stream().anyMatch(p -> p.mineral().equals(c.mineral())
                    && p.stage() == c.stage() && p.quantity().basis() == c.basis())
                    || w.flows().stream().anyMatch(f -> f.mineral().equals(c.mineral()) && f.stage() == c.stage()
                    && f.quantity().basis() == c.basis());
            assertTrue(present, c + " converts figures the dataset does not have");
        }
    }
}
