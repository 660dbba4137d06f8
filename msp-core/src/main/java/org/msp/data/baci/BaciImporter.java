package org.msp.data.baci;

import org.msp.data.CountryNames;
import org.msp.data.ImportResult;
import org.msp.data.ResolvedName;
import org.msp.data.internal.Csv;
import org.msp.data.internal.Problems;
import org.msp.data.internal.ResultBuilder;
import org.msp.data.internal.TextFile;
import org.msp.internal.Checks;
import org.msp.io.DataFileException;
import org.msp.model.Actor;
import org.msp.model.Basis;
import org.msp.model.DataGap;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.GapKind;
import org.msp.model.Provenance;
import org.msp.model.Quantity;
import org.msp.model.Stage;

import com.google.common.collect.ImmutableSortedMap;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * Reads CEPII BACI bilateral trade (HS 2017, release V202601) in the flat CSV form {@code year,exporter,
 * exporter_name,importer,importer_name,hs6,material,value_kusd,qty_t}: exporter → importer flows in metric
 * tons and thousand US dollars.
 *
 * <p>Each HS6 code is mapped by {@link #codes()} to a mineral, a stage and a basis; for a code that is not
 * an exact match (a proxy, a dominant form or a basket) the code's caveat goes into the flow's provenance
 * note; the table names the code, so an exact code needs no note. HS 811292 is a basket (gallium, germanium, hafnium, indium, niobium,
 * rhenium ...): its flows are recorded under gallium with a note that says so, not split by a guess. Coking
 * coal (270112) has no mineral id and is skipped. A flow without tonnes becomes a {@link DataGap} (its value
 * is kept in the note). Country codes are ISO3 or CEPII's own; CEPII's {@code S19} ("Other Asia, nes") is
 * Taiwan (see {@link CountryNames#resolveCode}).
 *
 * <p>Source: CEPII BACI (Gaulier and Zignago 2010), built from UN Comtrade; Etalab Open Licence 2.0.
 * Running time: linear in the file size. This class is stateless and thread-safe.
 */
public final class BaciImporter {
    /** The source name used in provenance. */
    public static final String SOURCE = "CEPII BACI";
    /** The release of the committed extract. */
    public static final String EDITION = "HS17 V202601";
    /** The licence. */
    public static final String LICENCE = "Etalab Open Licence 2.0";

    private static final List<String> HEADER = List.of("year", "exporter", "exporter_name", "importer",
            "importer_name", "hs6", "material", "value_kusd", "qty_t");
    private static final SortedMap<String, HsCode> CODES = codesTable();

    private BaciImporter() {}

    /** Returns the HS6 codes the importer maps, by code. */
    public static SortedMap<String, HsCode> codes() {
        return CODES;
    }

    /** Returns the mapping of {@code hs6}, if the importer maps it. */
    public static Optional<HsCode> code(String hs6) {
        return Optional.ofNullable(CODES.get(hs6));
    }

    /** Reads the CSV at {@code path} (plain or gzipped). */
    public static ImportResult read(Path path) {
        return TextFile.read(path, BaciImporter::read);
    }

    /**
     * Reads the CSV from {@code in}; {@code sourceName} names it in errors and results.
     *
     * @throws DataFileException naming the line and field of an unknown country code, a bad number or year,
     *     or a truncated line
     */
    public static ImportResult read(InputStream in, String sourceName) {
        Checks.notNull(in, "BaciImporter", "in");
        Checks.notNull(sourceName, "BaciImporter", "sourceName");
        List<Csv.Row> rows = Csv.readWithHeader(in, sourceName, HEADER);
        ResultBuilder out = new ResultBuilder(sourceName);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            Csv.Row r = rows.get(i);
            if (r.isBlank()) {
                continue;
            }
            out.read(r.line());
            r.requireWidth(HEADER.size(), sourceName);
            String hs6 = r.get(5).strip();
            String what = hs6 + " " + r.get(1) + " -> " + r.get(3);
            HsCode code = CODES.get(hs6);
            if (code == null) {
                out.skip(r.line(), what, "HS " + hs6 + " (" + r.get(6).strip() + ") has no mineral id");
                continue;
            }
            int year;
            try {
                year = Checks.year(Integer.parseInt(r.get(0).strip()), "BaciImporter", "year");
            } catch (IllegalArgumentException e) {
                throw Problems.single(sourceName, "line " + r.line(), "year", "not a year: '" + r.get(0) + "'");
            }
            ResolvedName from = country(sourceName, r, 1, "exporter");
            ResolvedName to = country(sourceName, r, 3, "importer");
            if (!from.isCountry() || !to.isCountry()) {
                out.skip(r.line(), what, "not a country: " + (from.isCountry() ? to : from));
                continue;
            }
            double valueUsd = number(sourceName, r, 7, "value_kusd").orElseThrow(() -> Problems.single(sourceName,
                    "line " + r.line(), "value_kusd", "empty value")) * 1000.0;
            if (Double.isInfinite(valueUsd)) {
                throw Problems.single(sourceName, "line " + r.line(), "value_kusd",
                        "too large for US dollars: '" + r.get(7).strip() + "' thousand");
            }
            OptionalDouble tonnes = number(sourceName, r, 8, "qty_t");
            String note = code.match().equals("exact") ? "" : code.match() + ": " + code.caveat();
            for (ResolvedName n : List.of(from, to)) {
                if (!n.remark().isEmpty()) {
                    note = note.isEmpty() ? n.remark() : note + "; " + n.remark();
                }
            }
            Provenance p = new Provenance(SOURCE, EDITION, "HS " + hs6 + " (" + r.get(6).strip() + ")", LICENCE, note);
            String a = from.iso3().orElseThrow();
            String b = to.iso3().orElseThrow();
            if (a.equals(b)) {
                out.skip(r.line(), what, "exporter and importer are the same country after mapping");
                continue;
            }
            String key = a + "|" + b + "|" + code.mineral() + "|" + code.stage() + "|" + year;
            Integer prev = seen.putIfAbsent(key, r.line());
            if (prev != null) {
                out.skip(r.line(), what, "a second flow for " + key + " (first at line " + prev + ")");
                continue;
            }
            if (tonnes.isEmpty()) {
                out.gaps.add(new DataGap(Actor.country(a), code.mineral(), code.stage(), year, "export_tonnes_to_" + b,
                        GapKind.NOT_AVAILABLE, p.withNote((note.isEmpty() ? "" : note + "; ")
                                + String.format(Locale.ROOT, "tonnes not given, value USD %.0f", valueUsd))));
            } else {
                out.flows.add(new Flow(Actor.country(a), Actor.country(b), code.mineral(), code.stage(), year,
                        new Quantity(tonnes.getAsDouble(), code.basis()), OptionalDouble.of(valueUsd),
                        FlowOrigin.REPORTED, p));
            }
            out.used(r.line());
        }
        return out.build();
    }

    private static ResolvedName country(String file, Csv.Row r, int col, String field) {
        return CountryNames.resolveCode(r.get(col)).orElseThrow(() -> Problems.single(file, "line " + r.line(), field,
                "unknown country code '" + r.get(col).strip() + "' (" + r.get(col + 1).strip() + ")"));
    }

    private static OptionalDouble number(String file, Csv.Row r, int col, String field) {
        String t = r.get(col).strip();
        if (t.isEmpty() || t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("nan")) {
            return OptionalDouble.empty();
        }
        try {
            double v = Double.parseDouble(t);
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return OptionalDouble.of(v);
        } catch (NumberFormatException e) {
            throw Problems.single(file, "line " + r.line(), field, "not a non-negative number: '" + t + "'");
        }
    }

    private static SortedMap<String, HsCode> codesTable() {
        ImmutableSortedMap.Builder<String, HsCode> b = ImmutableSortedMap.naturalOrder();
        add(b, "811010", "antimony", Stage.REFINING, Basis.CONTENT, "exact", "antimony unwrought and powder; excludes ores (2617) and oxides (282580)");
        add(b, "280480", "arsenic", Stage.REFINING, Basis.CONTENT, "exact", "elemental arsenic");
        add(b, "251110", "barite", Stage.MINING, Basis.CONTENT, "exact", "natural barium sulphate (barytes)");
        add(b, "260600", "bauxite", Stage.MINING, Basis.CONTENT, "dominant", "aluminium ores and concentrates; bauxite is the main but not the only aluminium ore");
        add(b, "811212", "beryllium", Stage.REFINING, Basis.CONTENT, "exact", "beryllium unwrought and powder");
        add(b, "252800", "boron", Stage.MINING, Basis.GROSS_WEIGHT, "proxy", "natural borates and concentrates, natural boric acid: the mineral, a proxy for the element");
        add(b, "282200", "cobalt", Stage.REFINING, Basis.GROSS_WEIGHT, "proxy", "cobalt oxides and hydroxides only; misses cobalt metal and mattes (8105) and ores (2605)");
        add(b, "740311", "copper", Stage.REFINING, Basis.CONTENT, "exact", "refined copper cathodes; excludes ores (2603) and blister (7402)");
        add(b, "252910", "feldspar", Stage.MINING, Basis.CONTENT, "exact", "feldspar");
        add(b, "252922", "fluorspar", Stage.MINING, Basis.CONTENT, "dominant", "acid-grade fluorspar (>97% CaF2); excludes metallurgical grade (252921)");
        add(b, "811292", "gallium", Stage.REFINING, Basis.GROSS_WEIGHT, "basket", "basket of gallium, germanium, hafnium, indium, niobium, rhenium...; all recorded under gallium, not split");
        add(b, "250490", "graphite", Stage.MINING, Basis.CONTENT, "proxy", "natural graphite other than powder or flakes; misses flake and powder (250410) and synthetic graphite (3801)");
        add(b, "811231", "hafnium", Stage.REFINING, Basis.CONTENT, "exact", "hafnium unwrought and powder");
        add(b, "280429", "helium", Stage.REFINING, Basis.GROSS_WEIGHT, "proxy", "rare gases other than argon (helium with neon, krypton, xenon)");
        add(b, "283691", "lithium", Stage.REFINING, Basis.CARBONATE_EQUIVALENT, "proxy", "lithium carbonate only; misses lithium hydroxide (282520) and spodumene (2530)");
        add(b, "810411", "magnesium", Stage.REFINING, Basis.CONTENT, "exact", "unwrought magnesium, at least 99.8%");
        add(b, "850511", "magnet-rare-earths", Stage.MATERIAL, Basis.GROSS_WEIGHT, "proxy", "metal permanent magnets: rare-earth (NdFeB, SmCo) with alnico, not separable");
        add(b, "260200", "manganese", Stage.MINING, Basis.GROSS_WEIGHT, "dominant", "manganese ores and concentrates; excludes ferromanganese (7202) and metal (8111)");
        add(b, "750210", "nickel", Stage.REFINING, Basis.CONTENT, "exact", "unwrought nickel, not alloyed; excludes ores (2604), mattes (7501) and nickel pig iron");
        add(b, "720293", "niobium", Stage.REFINING, Basis.GROSS_WEIGHT, "dominant", "ferroniobium, the main traded form of niobium");
        add(b, "711021", "palladium", Stage.REFINING, Basis.CONTENT, "exact", "palladium unwrought or in powder");
        add(b, "251010", "phosphate-rock", Stage.MINING, Basis.CONTENT, "dominant", "unground natural phosphates; excludes ground rock (251020)");
        add(b, "280470", "phosphorus", Stage.REFINING, Basis.CONTENT, "exact", "elemental phosphorus");
        add(b, "711011", "platinum", Stage.REFINING, Basis.CONTENT, "exact", "platinum unwrought or in powder");
        add(b, "280469", "silicon", Stage.REFINING, Basis.CONTENT, "dominant", "silicon under 99.99% (metallurgical grade); excludes high-purity silicon (280461)");
        add(b, "283692", "strontium", Stage.REFINING, Basis.GROSS_WEIGHT, "proxy", "strontium carbonate, a compound proxy for the element");
        add(b, "810320", "tantalum", Stage.REFINING, Basis.CONTENT, "exact", "tantalum unwrought and powder");
        add(b, "810820", "titanium", Stage.REFINING, Basis.CONTENT, "exact", "unwrought titanium including sponge and powder");
        add(b, "810194", "tungsten", Stage.REFINING, Basis.CONTENT, "dominant", "unwrought tungsten; excludes powder (810110), APT (284180) and ores (2611)");
        add(b, "720292", "vanadium", Stage.REFINING, Basis.GROSS_WEIGHT, "dominant", "ferrovanadium, the main traded form of vanadium");
        return b.build();
    }

    private static void add(ImmutableSortedMap.Builder<String, HsCode> b, String hs6, String mineral, Stage stage,
            Basis basis, String match, String caveat) {
        b.put(hs6, new HsCode(hs6, mineral, stage, basis, match, caveat));
    }
}
