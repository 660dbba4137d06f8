package org.msp.data.baci;

import static org.msp.data.internal.Stoichiometry.ATOMIC_WEIGHTS;
import static org.msp.data.internal.Stoichiometry.C;
import static org.msp.data.internal.Stoichiometry.CO;
import static org.msp.data.internal.Stoichiometry.H;
import static org.msp.data.internal.Stoichiometry.LI;
import static org.msp.data.internal.Stoichiometry.O;
import static org.msp.data.internal.Stoichiometry.SR;
import static org.msp.data.internal.Stoichiometry.fraction;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.msp.model.Basis;
import org.msp.model.BasisConversion;
import org.msp.model.ConversionKind;
import org.msp.model.Provenance;

/**
 * The factor to contained tonnes of every HS code that {@link BaciImporter#codes()} maps on a basis other than
 * content, keyed by HS code, or the reason a code has none. The world dataset carries these factors
 * ({@link org.msp.model.Dataset#conversions()}) so that a network can join the trade of the code with production
 * in contained tonnes.
 *
 * <table>
 *   <caption>Factors (tonnes of mineral per tonne traded)</caption>
 *   <tr><th>HS</th><th>goods</th><th>low</th><th>central</th><th>high</th><th>kind, source</th></tr>
 *   <tr><td>283691</td><td>lithium carbonate Li2CO3</td><td colspan="3">0.1879</td>
 *       <td>stoichiometric (IUPAC CIAAW 2021 atomic weights)</td></tr>
 *   <tr><td>283692</td><td>strontium carbonate SrCO3</td><td colspan="3">0.5935</td>
 *       <td>stoichiometric</td></tr>
 *   <tr><td>282200</td><td>cobalt oxides and hydroxides</td><td>0.6340 Co(OH)2</td><td>0.7342 Co3O4</td>
 *       <td>0.7865 CoO</td><td>stoichiometric range: the defined compounds of the subheading</td></tr>
 *   <tr><td>260200</td><td>manganese ores and concentrates</td><td>0.35</td><td>0.425</td><td>0.50</td>
 *       <td>typical grade: USGS metallurgical ore (35% Mn or more) to the high-grade ores of Gabon, Australia and
 *       South Africa (about 44–50% Mn, International Manganese Institute); HS heading 2602 itself requires
 *       20% Mn or more</td></tr>
 *   <tr><td>720293</td><td>ferroniobium</td><td>0.63</td><td>0.65</td><td>0.67</td>
 *       <td>typical grade: standard-grade FeNb, 63–67% Nb (CBMM; USGS Minerals Yearbook, Niobium)</td></tr>
 *   <tr><td>720292</td><td>ferrovanadium</td><td>0.50</td><td>0.65</td><td>0.80</td>
 *       <td>typical grade: FeV50 to FeV80 (ISO 5451 grades)</td></tr>
 *   <tr><td>850511</td><td>permanent magnets of metal (NdFeB, SmCo, alnico)</td><td>0.25</td><td>0.30</td>
 *       <td>0.33</td><td>typical grade: NdFeB magnets hold about 30-32% rare earths by weight (U.S. DOE Critical
 *       Materials Strategy 2011); alnico, also in the code, none</td></tr>
 *   <tr><td>811292</td><td>unwrought gallium, germanium, hafnium, indium, niobium, rhenium ...</td>
 *       <td colspan="3">1</td><td>upper bound: a basket holds at most its weight of gallium</td></tr>
 * </table>
 *
 * <p>A typical-grade central factor is the midpoint of its range: no source publishes a trade-weighted grade.
 * Codes without a factor: 252800 (natural borates of varying B2O3 content; the dataset's boron figures are all
 * gross weight), 280429 (rare gases traded by weight, helium not separable from neon, krypton, xenon).
 *
 * <p>A new code on another basis than content needs an entry here, a factor or a reason; a test checks that
 * every mapped code has one. This class is stateless and thread-safe.
 */
public final class BaciConversions {
    private static final SortedMap<String, BasisConversion> FACTORS = factors();
    private static final SortedMap<String, String> WITHOUT = ImmutableSortedMap.of(
            "252800", "natural borates and boric acid of varying B2O3 content; the dataset's boron figures are all "
                    + "gross weight, so no network mixes them with content",
            "280429", "rare gases other than argon traded by weight; helium is not separable from neon, krypton and "
                    + "xenon in the code");

    private BaciConversions() {}

    /** Returns the factor of each HS code that has one, by code. */
    public static SortedMap<String, BasisConversion> byCode() {
        return FACTORS;
    }

    /** Returns the codes on another basis than content that have no factor, with the reason, by code. */
    public static SortedMap<String, String> withoutFactor() {
        return WITHOUT;
    }

    /** Returns the factor of {@code hs6}, if it has one. */
    public static Optional<BasisConversion> of(String hs6) {
        return Optional.ofNullable(FACTORS.get(hs6));
    }

    /** Returns every factor, ordered by HS code: what the world dataset carries for its BACI trade. */
    public static List<BasisConversion> all() {
        return ImmutableList.copyOf(FACTORS.values());
    }

    private static SortedMap<String, BasisConversion> factors() {
        ImmutableSortedMap.Builder<String, BasisConversion> b = ImmutableSortedMap.naturalOrder();
        double li2co3 = fraction(2, LI, C + 3 * O);
        put(b, "283691", li2co3, li2co3, li2co3, ConversionKind.STOICHIOMETRIC,
                "lithium carbonate Li2CO3 (HS 283691): 2 x 6.94 / 73.89", ATOMIC_WEIGHTS);
        double srco3 = fraction(1, SR, C + 3 * O);
        put(b, "283692", srco3, srco3, srco3, ConversionKind.STOICHIOMETRIC,
                "strontium carbonate SrCO3 (HS 283692): 87.62 / 147.63", ATOMIC_WEIGHTS);
        put(b, "282200", fraction(1, CO, 2 * (O + H)), fraction(3, CO, 4 * O), fraction(1, CO, O),
                ConversionKind.STOICHIOMETRIC, "cobalt oxides and hydroxides (HS 282200): from cobalt hydroxide "
                        + "Co(OH)2 to cobalt monoxide CoO, central the commercial oxide Co3O4; crude hydroxide "
                        + "intermediates shipped wet hold less", ATOMIC_WEIGHTS);
        put(b, "260200", 0.35, 0.425, 0.50, ConversionKind.TYPICAL_GRADE, "manganese ores and concentrates "
                + "(HS 260200): metallurgical ore of 35% Mn or more to high-grade ore of about 50% Mn, central "
                + "the midpoint", new Provenance("USGS Minerals Yearbook; International Manganese Institute",
                "Manganese", "metallurgical ore 35% Mn or more; high-grade ore about 44-50% Mn", "published facts",
                "HS 2017 heading 2602 requires 20% Mn or more on the dry weight"));
        put(b, "720293", 0.63, 0.65, 0.67, ConversionKind.TYPICAL_GRADE, "ferroniobium (HS 720293): "
                + "standard-grade FeNb of 63-67% Nb, central the midpoint", Provenance.of("CBMM; USGS Minerals "
                + "Yearbook", "Niobium (Columbium)", "standard-grade ferroniobium, 63-67% Nb", "published facts"));
        put(b, "720292", 0.50, 0.65, 0.80, ConversionKind.TYPICAL_GRADE, "ferrovanadium (HS 720292): grades "
                + "FeV50 to FeV80, central the midpoint", Provenance.of("ISO 5451", "Ferrovanadium",
                "grades FeV50 (about 50% V) to FeV80 (about 80% V)", "published facts"));
        put(b, "850511", 0.25, 0.30, 0.33, ConversionKind.TYPICAL_GRADE, "permanent magnets of metal "
                + "(HS 850511): sintered NdFeB magnets hold about 30-32% rare earths (Nd, Pr, Dy) by weight and "
                + "dominate the code; alnico magnets, also in it, hold none, so the low end allows a share of them",
                Provenance.of("U.S. Department of Energy, Critical Materials Strategy", "2011",
                        "NdFeB magnet composition: about 31% rare earths by weight", "published facts"));
        put(b, "811292", 1.0, 1.0, 1.0, ConversionKind.UPPER_BOUND, "HS 811292 is a basket of unwrought gallium, "
                + "germanium, hafnium, indium, niobium, rhenium ...; a tonne of it holds at most a tonne of gallium",
                Provenance.of("World Customs Organization, Harmonized System", "2017", "subheading 811292",
                "published nomenclature"));
        return b.build();
    }

    private static void put(ImmutableSortedMap.Builder<String, BasisConversion> b, String hs6, double low,
            double central, double high, ConversionKind kind, String rationale, Provenance provenance) {
        HsCode code = BaciImporter.code(hs6).orElseThrow(() -> new IllegalStateException(
                "BaciConversions: HS " + hs6 + " is not mapped by BaciImporter"));
        if (code.basis() == Basis.CONTENT) {
            throw new IllegalStateException("BaciConversions: HS " + hs6 + " is already on content");
        }
        b.put(hs6, new BasisConversion(code.mineral(), code.stage(), code.basis(), low, central, high, kind,
                rationale, provenance.withNote(provenance.note().isEmpty() ? "CEPII BACI HS " + hs6
                        : "CEPII BACI HS " + hs6 + "; " + provenance.note())));
    }
}
