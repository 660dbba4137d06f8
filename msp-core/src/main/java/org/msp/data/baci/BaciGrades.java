package org.msp.data.baci;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import org.msp.model.Basis;
import org.msp.model.BasisConversion;
import org.msp.model.ConversionKind;
import org.msp.model.Provenance;
import org.msp.model.Stage;

/**
 * The typical content of the ores, concentrates and refinery intermediates that the HS 2007 ASEAN extract
 * ({@link BaciAseanImporter}) and the HS 2022 top-flow extract ({@link BaciHs22TopFlowsImporter}) weigh gross:
 * tonnes of contained metal per tonne traded, each a range with its public source.
 *
 * <table>
 *   <caption>Typical grades (tonnes of metal per tonne traded)</caption>
 *   <tr><th>HS</th><th>goods</th><th>low</th><th>central</th><th>high</th><th>source</th></tr>
 *   <tr><td>260300 (HS07), 2603 (HS22)</td><td>copper ores and concentrates</td><td>0.20</td><td>0.275</td>
 *       <td>0.35</td><td>flotation concentrate of about 20–35% Cu, typically 26–30% (ICSG, The World Copper
 *       Factbook; USGS Minerals Yearbook, Copper)</td></tr>
 *   <tr><td>260400</td><td>nickel ores and concentrates (laterite)</td><td>0.006</td><td>0.009</td>
 *       <td>0.018</td><td>limonite to saprolite ore of about 1.0–1.8% Ni on dry ore (INSG; USGS Minerals Yearbook,
 *       Nickel), traded by the wet tonne with some 30–40% water; central about 1.4% Ni at a third water: a
 *       plausible range</td></tr>
 *   <tr><td>750110</td><td>nickel mattes</td><td>0.70</td><td>0.74</td><td>0.78</td><td>high-grade matte,
 *       about 70–78% Ni (PT Vale Indonesia's matte about 78% Ni; converter matte about 70–75% Ni)</td></tr>
 *   <tr><td>750120</td><td>nickel oxide sinters and intermediates (mixed hydroxide precipitate)</td><td>0.20</td>
 *       <td>0.30</td><td>0.90</td><td>MHP about 35–45% Ni on dry weight, shipped as a damp cake; nickel oxide
 *       sinter about 75–90% Ni; central the damp MHP, not the midpoint: a plausible range</td></tr>
 *   <tr><td>260500</td><td>cobalt ores and concentrates</td><td>0.01</td><td>0.105</td><td>0.20</td><td>ores of
 *       a few percent Co to concentrates of about 10–20% Co (USGS Minerals Yearbook, Cobalt): a plausible
 *       range</td></tr>
 * </table>
 *
 * <p><b>Where a factor is applied.</b> Where an extract maps one code off content to a mineral and stage, its
 * flows stay gross weight and the dataset carries the factor ({@link #datasetConversions()}: copper ore,
 * cobalt ore), so that {@link org.msp.model.BasisConversion.End} and a sensitivity analysis move the answer
 * across the range. Where it maps several codes of different grades to one mineral and stage (nickel ore,
 * mattes and intermediates, all feed of the mining &rarr; refining edge), no single factor can convert the
 * gross sum of a pair, so the importer converts each code's tonnes at import with its own central factor and
 * the flow is in contained tonnes; its note lists each code's gross tonnes, the factor range applied and the
 * contained tonnes at the low and high ends ({@link #convertedAtImport(String)}).
 *
 * <p>No source publishes a trade-weighted grade: a central factor is the midpoint of its range except where the
 * table says otherwise. This class is stateless and thread-safe.
 */
public final class BaciGrades {
    private static final Provenance COPPER = new Provenance("International Copper Study Group (ICSG), The World "
            + "Copper Factbook; USGS Minerals Yearbook", "Copper", "copper flotation concentrates of about 20-35% "
            + "Cu, typically 26-30% Cu", "published facts", "");
    private static final Provenance NICKEL_ORE = new Provenance("International Nickel Study Group (INSG); USGS "
            + "Minerals Yearbook", "Nickel", "laterite ore: limonite of about 1.0-1.5% Ni, saprolite of about "
            + "1.5-1.8% Ni (dry ore) as exported by the Philippines and, before its export bans, Indonesia; "
            + "laterite ore is sold by the wet metric tonne", "published facts", "");
    private static final Provenance MATTE = new Provenance("USGS Minerals Yearbook; PT Vale Indonesia annual "
            + "reports", "Nickel", "nickel matte of about 78% Ni (PT Vale Indonesia); high-grade matte of the "
            + "Indonesian converters of about 70-75% Ni", "published facts", "");
    private static final Provenance SINTER = new Provenance("International Nickel Study Group (INSG); USGS "
            + "Minerals Yearbook", "Nickel", "mixed hydroxide precipitate of about 35-45% Ni (dry weight); nickel "
            + "oxide sinter of about 75-90% Ni", "published facts", "");
    private static final Provenance COBALT = new Provenance("USGS Minerals Yearbook", "Cobalt", "cobalt ores "
            + "of a few percent Co; concentrates (heterogenite, cobaltite) of about 10-20% Co", "published facts",
            "");

    private static final SortedMap<String, BasisConversion> HS07 = hs07Table();
    private static final SortedMap<String, BasisConversion> HS22 = hs22Table();
    private static final SortedSet<String> AT_IMPORT = atImport();

    private BaciGrades() {}

    /** Returns the factor of each HS 2007 code of the ASEAN extract off content, by six-digit code. */
    public static SortedMap<String, BasisConversion> hs07() {
        return HS07;
    }

    /** Returns the factor of each HS 2022 heading of the top-flow extract that has one, by four-digit heading. */
    public static SortedMap<String, BasisConversion> hs22() {
        return HS22;
    }

    /** Returns the factor of the HS 2007 code {@code hs6} of the ASEAN extract, if it has one. */
    public static Optional<BasisConversion> ofHs07(String hs6) {
        return Optional.ofNullable(HS07.get(hs6));
    }

    /**
     * Returns true if the ASEAN importer converts the tonnes of the HS 2007 code {@code hs6} to contained
     * tonnes at import: the code is off content and the extract maps another code off content to the same
     * mineral and stage, so that one gross sum would mix grades.
     */
    public static boolean convertedAtImport(String hs6) {
        return AT_IMPORT.contains(hs6);
    }

    /**
     * Returns the factors the world dataset carries for the flows that stay gross weight, one per mineral,
     * stage and basis, ordered by mineral: copper ore (HS07 260300 and HS22 2603 share it) and cobalt ore.
     *
     * @throws IllegalStateException if two codes kept gross give one mineral, stage and basis different factors
     */
    public static List<BasisConversion> datasetConversions() {
        Map<String, BasisConversion> by = new LinkedHashMap<>();
        List<BasisConversion> all = new ArrayList<>();
        HS07.forEach((hs6, c) -> {
            if (!AT_IMPORT.contains(hs6)) {
                all.add(c);
            }
        });
        all.addAll(HS22.values());
        for (BasisConversion c : all) {
            String key = c.mineral() + "/" + c.stage() + "/" + c.basis();
            BasisConversion prev = by.putIfAbsent(key, c);
            if (prev != null && !prev.equals(c)) {
                throw new IllegalStateException("BaciGrades: two factors for " + key + ": " + prev + "; " + c);
            }
        }
        return ImmutableList.sortedCopyOf(java.util.Comparator.comparing(BasisConversion::mineral)
                .thenComparing(BasisConversion::stage).thenComparing(BasisConversion::basis), by.values());
    }

    private static BasisConversion copper() {
        return new BasisConversion("copper", Stage.MINING, Basis.GROSS_WEIGHT, 0.20, 0.275, 0.35,
                ConversionKind.TYPICAL_GRADE, "copper ores and concentrates (HS07 260300, HS22 heading 2603): "
                        + "flotation concentrate of 20-35% Cu, central the midpoint", COPPER.withNote(
                        "CEPII BACI HS07 260300, HS22 2603"));
    }

    private static SortedMap<String, BasisConversion> hs07Table() {
        ImmutableSortedMap.Builder<String, BasisConversion> b = ImmutableSortedMap.naturalOrder();
        put(b, "260300", copper());
        put(b, "260400", 0.006, 0.009, 0.018, "nickel ores and concentrates (HS07 260400): laterite ore of "
                + "about 1.0-1.8% Ni on dry ore, traded by the wet tonne with some 30-40% water; from 1.0% Ni at 40% "
                + "water (0.6%) to dry 1.8% ore, central exported ore of about 1.4% Ni at a third water (0.9%), not "
                + "the midpoint; a plausible range, not a published trade grade", NICKEL_ORE);
        put(b, "750110", 0.70, 0.74, 0.78, "nickel mattes (HS07 750110): high-grade matte of about 70-78% Ni, "
                + "central the midpoint; low-grade furnace mattes (about 25-45% Ni) would hold less", MATTE);
        put(b, "750120", 0.20, 0.30, 0.90, "nickel oxide sinters and other intermediates (HS07 750120): mixed "
                + "hydroxide precipitate of about 35-45% Ni on dry weight, shipped as a damp cake (about a quarter "
                + "to two fifths water: 0.20-0.34 t of nickel per gross tonne), to nickel oxide sinter of about "
                + "75-90% Ni; central the damp precipitate (about 40% Ni dry, a quarter water), not the midpoint, "
                + "because the precipitate of Indonesian high-pressure acid leaching is most of the subheading's "
                + "trade in the extract; a plausible range", SINTER);
        put(b, "260500", 0.01, 0.105, 0.20, "cobalt ores and concentrates (HS07 260500): ores of a few percent Co "
                + "to concentrates of about 10-20% Co; a plausible range, central the midpoint", COBALT);
        return b.build();
    }

    private static SortedMap<String, BasisConversion> hs22Table() {
        ImmutableSortedMap.Builder<String, BasisConversion> b = ImmutableSortedMap.naturalOrder();
        HsCode code = BaciHs22TopFlowsImporter.code("2603").orElseThrow(() -> new IllegalStateException(
                "BaciGrades: HS22 heading 2603 is not mapped by BaciHs22TopFlowsImporter"));
        BasisConversion c = copper();
        check(code, c);
        b.put("2603", c);
        return b.build();
    }

    private static void put(ImmutableSortedMap.Builder<String, BasisConversion> b, String hs6, double low,
            double central, double high, String rationale, Provenance provenance) {
        HsCode code = code(hs6);
        put(b, hs6, new BasisConversion(code.mineral(), code.stage(), code.basis(), low, central, high,
                ConversionKind.TYPICAL_GRADE, rationale, provenance.withNote("CEPII BACI HS07 " + hs6)));
    }

    private static void put(ImmutableSortedMap.Builder<String, BasisConversion> b, String hs6, BasisConversion c) {
        check(code(hs6), c);
        b.put(hs6, c);
    }

    private static HsCode code(String hs6) {
        return BaciAseanImporter.code(hs6).orElseThrow(() -> new IllegalStateException(
                "BaciGrades: HS07 " + hs6 + " is not mapped by BaciAseanImporter"));
    }

    private static void check(HsCode code, BasisConversion c) {
        if (code.basis() == Basis.CONTENT || !code.mineral().equals(c.mineral()) || code.stage() != c.stage()
                || code.basis() != c.basis()) {
            throw new IllegalStateException("BaciGrades: " + c + " does not convert " + code);
        }
    }

    private static SortedSet<String> atImport() {
        Map<String, Integer> offContent = new HashMap<>();
        for (HsCode c : BaciAseanImporter.codes().values()) {
            if (c.basis() != Basis.CONTENT) {
                offContent.merge(c.mineral() + "/" + c.stage(), 1, Integer::sum);
            }
        }
        ImmutableSortedSet.Builder<String> s = ImmutableSortedSet.naturalOrder();
        for (HsCode c : BaciAseanImporter.codes().values()) {
            if (c.basis() != Basis.CONTENT && offContent.get(c.mineral() + "/" + c.stage()) > 1) {
                s.add(c.hs6());
            }
        }
        return s.build();
    }
}
