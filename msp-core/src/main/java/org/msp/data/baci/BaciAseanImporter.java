package org.msp.data.baci;

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
import org.msp.model.BasisConversion;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * Reads the ASEAN extract of CEPII BACI in the HS 2007 nomenclature (release V202601, 2010–2024): bilateral
 * flows of thirteen mineral HS6 codes in the CSV form {@code t,hs6,i,j,trade_usd_thousands,qty_tons,i_iso3,
 * j_iso3,mineral}, in thousand US dollars and metric tons.
 *
 * <p><b>Partial by region.</b> The extract keeps only flows with an ASEAN-10 country on one side and, on the
 * other, an ASEAN country or one of the United States, China, Japan, Korea, nine EU members, the United
 * Kingdom, Canada and Australia. It is never a world table: every flow says so in its provenance
 * ({@link #EDITION}, and a note that starts {@code "partial: "}), and HS 2007 figures are not the HS 2017
 * figures of {@link BaciImporter} (BACI reconciles each nomenclature separately).
 *
 * <p><b>Codes.</b> {@link #codes()} maps each HS6 code to a mineral, stage and basis. Nickel ore is the
 * nickel mine's product. Nickel mattes (750110) and nickel oxide sinters with the other intermediate
 * products of nickel metallurgy (750120, which holds the mixed hydroxide precipitate of Indonesian
 * high-pressure acid leaching) are semi-processed feed that refineries turn into metal or sulphate: they are
 * recorded on the mining &rarr; refining edge, i.e. as flows at {@link Stage#MINING}, the stage whose product a
 * refiner takes in, so that a refiner's imported feed is traced to the country that mined and smelted it.
 * Ores, mattes and intermediates weigh the goods ({@link Basis#GROSS_WEIGHT}); their nickel content differs
 * by code (a laterite ore holds about a percent, a matte most of its weight), so no single grade converts a
 * gross sum of them: the tonnes of each nickel code are converted to contained nickel at import with the
 * code's own typical grade ({@link BaciGrades#convertedAtImport(String)}), and the flow is on
 * {@link Basis#CONTENT}. The rows of one pair, mineral, stage and year are summed into one flow (the model
 * holds one flow per pair and table), whose table names the codes and whose note gives each code's gross
 * tonnes, value and the grade applied (central and range), and the contained tonnes at both ends of the
 * ranges. Copper and cobalt ore, one code each, stay gross weight; the dataset carries their grades
 * ({@link BaciGrades#datasetConversions()}).
 *
 * <p><b>Skipped codes.</b> Ferronickel (720260, with most nickel pig iron) is a refining product weighed
 * gross, while unwrought nickel (750210) is weighed as nickel: one flow cannot add the two, so ferronickel is
 * skipped with the reason (its refining tables of 2022–2024 come from the HS 2022 and HS 2017 extracts
 * anyway, see {@link BaciTables}). Lithium carbonate (283691) is a refined chemical whose ASEAN pairs are a
 * sliver of its trade: it is skipped so that a lithium table of an earlier year is never ASEAN pairs only.
 * Codes with no mineral of the library (other mineral substances 253090,
 * other sulphates 283329, molybdenum ore 261390, uranium ore 261210) are skipped with the reason. A row
 * without tonnes becomes a {@link DataGap} holding its value.
 *
 * <p>Source: CEPII BACI (Gaulier and Zignago 2010), built from UN Comtrade; Etalab Open Licence 2.0.
 * Running time: linear in the file size. This class is stateless and thread-safe.
 */
public final class BaciAseanImporter {
    /** The edition put in provenance: the nomenclature, the release and the partial extract. */
    public static final String EDITION = "HS07 V202601, ASEAN extract";
    /** The remark that every flow's note starts with. */
    public static final String PARTIAL = "partial: only pairs with an ASEAN country on one side (the other side in "
            + "ASEAN, China, Japan, Korea, the US, nine EU members, the UK, Canada or Australia); HS 2007 nomenclature";

    private static final String FERRONICKEL = "720260";
    private static final String FERRONICKEL_REASON = "is weighed gross while unwrought nickel (750210) is "
            + "weighed as nickel, and one refining flow per pair cannot add the two bases";
    private static final String LITHIUM_CARBONATE = "283691";
    private static final String LITHIUM_CARBONATE_REASON = "is a refined chemical, not ore or refinery feed, and "
            + "its ASEAN pairs are a sliver of the trade: the lithium trade table is the complete HS17 one of 2024, "
            + "and earlier lithium tables stay without trade rather than hold ASEAN pairs only";
    private static final List<String> HEADER = List.of("t", "hs6", "i", "j", "trade_usd_thousands", "qty_tons",
            "i_iso3", "j_iso3", "mineral");
    private static final SortedMap<String, HsCode> CODES = codesTable();

    private BaciAseanImporter() {}

    /** Returns the HS 2007 six-digit codes the importer maps, by code. */
    public static SortedMap<String, HsCode> codes() {
        return CODES;
    }

    /** Returns the mapping of {@code hs6}, if the importer maps it. */
    public static Optional<HsCode> code(String hs6) {
        return Optional.ofNullable(CODES.get(hs6));
    }

    /** Reads the CSV at {@code path} (plain or gzipped). */
    public static ImportResult read(Path path) {
        return TextFile.read(path, BaciAseanImporter::read);
    }

    /**
     * Reads the CSV from {@code in}; {@code sourceName} names it in errors and results.
     *
     * @throws DataFileException naming the line and field of an unknown country code, a bad number or year,
     *     or a truncated line
     */
    public static ImportResult read(InputStream in, String sourceName) {
        Checks.notNull(in, "BaciAseanImporter", "in");
        Checks.notNull(sourceName, "BaciAseanImporter", "sourceName");
        List<Csv.Row> rows = Csv.readWithHeader(in, sourceName, HEADER);
        ResultBuilder out = new ResultBuilder(sourceName);
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            Csv.Row r = rows.get(i);
            if (r.isBlank()) {
                continue;
            }
            out.read(r.line());
            r.requireWidth(HEADER.size(), sourceName);
            String hs6 = r.get(1).strip();
            String what = hs6 + " " + r.get(6).strip() + " -> " + r.get(7).strip() + " " + r.get(0).strip();
            HsCode code = CODES.get(hs6);
            if (code == null) {
                out.skip(r.line(), what, "HS07 " + hs6 + " (" + r.get(8).strip() + ") "
                        + (hs6.equals(FERRONICKEL) ? FERRONICKEL_REASON
                                : hs6.equals(LITHIUM_CARBONATE) ? LITHIUM_CARBONATE_REASON : "has no mineral id"));
                continue;
            }
            int year = BaciRows.year(sourceName, r.line(), "t", r.get(0));
            ResolvedName from = BaciRows.country(sourceName, r.line(), "i_iso3", r.get(6));
            ResolvedName to = BaciRows.country(sourceName, r.line(), "j_iso3", r.get(7));
            if (!from.isCountry() || !to.isCountry()) {
                out.skip(r.line(), what, "not a country: " + (from.isCountry() ? to : from));
                continue;
            }
            double valueUsd = BaciRows.number(sourceName, r.line(), "trade_usd_thousands", r.get(4))
                    .orElseThrow(() -> Problems.single(sourceName, "line " + r.line(), "trade_usd_thousands",
                            "empty value")) * 1000.0;
            if (Double.isInfinite(valueUsd)) {
                throw Problems.single(sourceName, "line " + r.line(), "trade_usd_thousands",
                        "too large for US dollars: '" + r.get(4).strip() + "' thousand");
            }
            OptionalDouble tonnes = BaciRows.number(sourceName, r.line(), "qty_tons", r.get(5));
            String a = from.iso3().orElseThrow();
            String b = to.iso3().orElseThrow();
            if (a.equals(b)) {
                out.skip(r.line(), what, "exporter and importer are the same country after mapping");
                continue;
            }
            String key = a + "|" + b + "|" + hs6 + "|" + year;
            Integer prev = seen.putIfAbsent(key, r.line());
            if (prev != null) {
                out.skip(r.line(), what, "a second flow for " + key + " (first at line " + prev + ")");
                continue;
            }
            String label = r.get(8).strip();
            if (tonnes.isEmpty()) {
                String note = BaciRows.note(PARTIAL, code, from, to);
                Provenance p = new Provenance(BaciImporter.SOURCE, EDITION, "HS " + hs6 + " (" + label + ")",
                        BaciImporter.LICENCE, note + "; " + String.format(Locale.ROOT,
                                "tonnes not given, value USD %.0f", valueUsd));
                out.gaps.add(new DataGap(Actor.country(a), code.mineral(), code.stage(), year,
                        "export_tonnes_to_" + b + "_hs" + hs6, GapKind.NOT_AVAILABLE, p));
            } else {
                pairs.computeIfAbsent(a + "|" + b + "|" + code.mineral() + "|" + code.stage() + "|" + year,
                        k -> new Pair(a, b, code.mineral(), code.stage(), year, from, to))
                        .parts.add(new Part(code, label, tonnes.getAsDouble(), valueUsd));
            }
            out.used(r.line());
        }
        for (Pair pr : pairs.values()) {
            out.flows.add(pr.flow());
        }
        return out.build();
    }

    /** One code's row of a pair. */
    private record Part(HsCode code, String label, double tonnes, double valueUsd) {}

    /** The rows of one exporter, importer, mineral, stage and year: one flow, summed over its codes. */
    private static final class Pair {
        final String from;
        final String to;
        final String mineral;
        final Stage stage;
        final int year;
        final ResolvedName fromName;
        final ResolvedName toName;
        final List<Part> parts = new ArrayList<>();

        Pair(String from, String to, String mineral, Stage stage, int year, ResolvedName fromName,
                ResolvedName toName) {
            this.from = from;
            this.to = to;
            this.mineral = mineral;
            this.stage = stage;
            this.year = year;
            this.fromName = fromName;
            this.toName = toName;
        }

        Flow flow() {
            parts.sort(Comparator.comparing(x -> x.code().hs6()));
            double tonnes = 0;
            double low = 0;
            double high = 0;
            double value = 0;
            boolean convert = BaciGrades.convertedAtImport(parts.get(0).code().hs6());
            Basis basis = convert ? Basis.CONTENT : parts.get(0).code().basis();
            StringBuilder codes = new StringBuilder();
            StringBuilder labels = new StringBuilder();
            StringBuilder note = new StringBuilder();
            for (Part x : parts) {
                if (x.code().basis() != parts.get(0).code().basis()
                        || BaciGrades.convertedAtImport(x.code().hs6()) != convert) {
                    throw new IllegalStateException("codes of " + mineral + "/" + stage + " mix bases");
                }
                BasisConversion grade = convert ? BaciGrades.ofHs07(x.code().hs6()).orElseThrow() : null;
                tonnes += convert ? x.tonnes() * grade.central() : x.tonnes();
                low += convert ? x.tonnes() * grade.low() : x.tonnes();
                high += convert ? x.tonnes() * grade.high() : x.tonnes();
                value += x.valueUsd();
                codes.append(codes.length() == 0 ? "" : "+").append(x.code().hs6());
                labels.append(labels.length() == 0 ? "" : ", ").append(x.label());
            }
            note.append(BaciRows.note(PARTIAL, parts.get(0).code(), fromName, toName));
            for (Part x : parts.subList(1, parts.size())) {
                String caveat = x.code().match() + ": " + x.code().caveat();
                if (!x.code().match().equals("exact") && note.indexOf(caveat) < 0) {
                    BaciRows.append(note, caveat);
                }
            }
            if (convert) {
                StringBuilder split = new StringBuilder("gross tonnes converted to contained " + mineral
                        + " per code at its typical grade (central, range): ");
                for (Part x : parts) {
                    BasisConversion grade = BaciGrades.ofHs07(x.code().hs6()).orElseThrow();
                    split.append(x == parts.get(0) ? "" : ", ").append(String.format(Locale.ROOT,
                            "HS %s %.3f t, USD %.0f, x %s (%s)", x.code().hs6(), x.tonnes(), x.valueUsd(),
                            grade.central(), grade.factorText()));
                }
                split.append(String.format(Locale.ROOT, "; contained %.3f t, range %.3f-%.3f t", tonnes, low,
                        high));
                BaciRows.append(note, split.toString());
            } else if (parts.size() > 1) {
                StringBuilder split = new StringBuilder("gross tonnes of goods of different grades summed: ");
                for (Part x : parts) {
                    split.append(x == parts.get(0) ? "" : ", ").append(String.format(Locale.ROOT,
                            "HS %s %.3f t, USD %.0f", x.code().hs6(), x.tonnes(), x.valueUsd()));
                }
                BaciRows.append(note, split.toString());
            }
            Provenance p = new Provenance(BaciImporter.SOURCE, EDITION, "HS " + codes + " (" + labels + ")",
                    BaciImporter.LICENCE, note.toString());
            return new Flow(Actor.country(from), Actor.country(to), mineral, stage, year,
                    new Quantity(tonnes, basis), OptionalDouble.of(value), FlowOrigin.REPORTED, p);
        }
    }

    private static SortedMap<String, HsCode> codesTable() {
        ImmutableSortedMap.Builder<String, HsCode> b = ImmutableSortedMap.naturalOrder();
        add(b, "250410", "graphite", Stage.MINING, Basis.CONTENT, "exact",
                "natural graphite in powder or flakes; the mineral itself, counted in tonnes of graphite as production counts it");
        add(b, "260300", "copper", Stage.MINING, Basis.GROSS_WEIGHT, "exact",
                "copper ores and concentrates; gross weight of concentrate, not copper content");
        add(b, "260400", "nickel", Stage.MINING, Basis.GROSS_WEIGHT, "exact",
                "nickel ores and concentrates, mostly low-grade laterite ore; gross weight of ore, not nickel content");
        add(b, "260500", "cobalt", Stage.MINING, Basis.GROSS_WEIGHT, "exact",
                "cobalt ores and concentrates; gross weight, not cobalt content (most cobalt is mined with copper or nickel and ships in their ores)");
        add(b, "750110", "nickel", Stage.MINING, Basis.GROSS_WEIGHT, "intermediate",
                "nickel mattes, a smelter intermediate that refineries turn into metal or sulphate; recorded as refinery feed on the mining -> refining edge; gross weight of matte");
        add(b, "750120", "nickel", Stage.MINING, Basis.GROSS_WEIGHT, "intermediate",
                "nickel oxide sinters and other intermediate products of nickel metallurgy, incl. mixed hydroxide precipitate; recorded as refinery feed on the mining -> refining edge; gross weight");
        add(b, "750210", "nickel", Stage.REFINING, Basis.CONTENT, "exact",
                "unwrought nickel, not alloyed; excludes ores, mattes and ferronickel");
        return b.build();
    }

    private static void add(ImmutableSortedMap.Builder<String, HsCode> b, String hs6, String mineral, Stage stage,
            Basis basis, String match, String caveat) {
        b.put(hs6, new HsCode(hs6, mineral, stage, basis, match, caveat));
    }
}
