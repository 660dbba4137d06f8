package org.msp.data.usgs;

import org.msp.model.Basis;
import org.msp.model.Minerals;
import org.msp.model.Stage;

import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The USGS Mineral Commodity Summaries chapter rules, in one place: how MCS commodities, file codes and
 * statistics map to the library's mineral ids, stages and bases, and which of a chapter's several tables or
 * columns is kept where a chapter gives more than one (net import reliance, import sources, salient columns).
 *
 * <p>A statistic is mapped from its own label (kept in provenance): "mine production" is
 * {@link Stage#MINING}; refinery, smelter, plant, primary, sponge-metal and silicon-metal production are
 * {@link Stage#REFINING}; capacity is not modelled. The basis is read from the label, then the section
 * title, then the row's notes, then the chapter's "(Data in ..., X, unless otherwise specified)" header:
 * "gross weight" or an ore is {@link Basis#GROSS_WEIGHT}; an oxide equivalent (REO, K2O, Cr2O3, ZrO2,
 * TiO2, trioxide) is {@link Basis#OXIDE_EQUIVALENT}; "carbonate equivalent"/"LCE" is
 * {@link Basis#CARBONATE_EQUIVALENT}; otherwise {@link Basis#CONTENT} (for a mineral that is itself the
 * product, such as barite or bauxite, content means tonnes of that mineral). No grade is ever guessed.
 *
 */
final class McsChapters {
    private static final Map<String, String> COMMODITIES = ImmutableSortedMap.<String, String>naturalOrder()
            .put("graphite (natural)", "graphite").put("iron ore", "iron-ore").put("magnesium metal", "magnesium")
            .put("niobium (columbium)", "niobium").put("phosphate rock", "phosphate-rock")
            .put("platinum-group metals", "platinum-group-metals").put("rare earths", "rare-earths")
            .put("titanium sponge metal", "titanium").build();
    private static final Map<String, String> NOT_MAPPED = ImmutableSortedMap.<String, String>naturalOrder()
            .put("boron", "country figures are in different forms (crude ore, ulexite, refined borates, B2O3); "
                    + "they cannot be compared, so none is imported")
            .put("feldspar and nepheline syenite", "the table mixes feldspar with nepheline syenite")
            .put("zirconium and hafnium", "combined chapter; the zirconium chapter is imported")
            .put("rare earths (heavy)", "no mineral id for heavy rare earths as a group")
            .put("titanium mineral concentrates", "ilmenite and rutile have no mineral id in the catalogue")
            .put("helium", "volumes (cubic meters), not masses")
            .put("cesium", "reserves given as text only")
            .put("rubidium", "reserves given as text only")
            .put("scandium", "figures given as text only").build();
    /** Commodities whose world tables are not imported but whose U.S. salient statistics are. */
    private static final List<String> US_ONLY = List.of("boron", "cesium", "helium", "rubidium", "scandium");
    /** MCS 2023/2024 file codes ({@code mcs2024-<code>_world.csv}) to mineral ids. */
    private static final Map<String, String> CODES = ImmutableSortedMap.<String, String>naturalOrder()
            .put("alumi", "aluminum").put("antim", "antimony").put("arsen", "arsenic").put("barit", "barite")
            .put("bauxi", "bauxite").put("beryl", "beryllium").put("bismu", "bismuth").put("cadmi", "cadmium")
            .put("chrom", "chromium").put("cobal", "cobalt").put("coppe", "copper").put("felds", "feldspar")
            .put("feore", "iron-ore").put("fluor", "fluorspar").put("galli", "gallium").put("germa", "germanium")
            .put("gold", "gold").put("graph", "graphite").put("indiu", "indium").put("lead", "lead")
            .put("lithi", "lithium").put("manga", "manganese").put("mgmet", "magnesium").put("molyb", "molybdenum")
            .put("nicke", "nickel").put("niobi", "niobium").put("phosp", "phosphate-rock").put("plati", "platinum")
            .put("potas", "potash").put("raree", "rare-earths").put("rheni", "rhenium").put("selen", "selenium")
            .put("silve", "silver").put("simet", "silicon").put("stron", "strontium").put("tanta", "tantalum")
            .put("tellu", "tellurium").put("tin", "tin").put("titan", "titanium").put("tungs", "tungsten")
            .put("vanad", "vanadium").put("zinc", "zinc").put("zirco", "zirconium").put("zirco-hafni", "zirconium")
            .build();
    private static final Pattern ORE = Pattern.compile("\\bores?\\b");
    private static final Pattern OXIDE = Pattern.compile(
            "rare-earth-oxide|\\breo\\b|k2o|cr2o3|zro2|tio2|trioxide|oxide equivalent|boric oxide|y2o3");
    private static final Pattern CARBONATE = Pattern.compile("carbonate equivalent|\\blce\\b");

    private McsChapters() {}

    /** The outcome of mapping one statistic: a figure to import, or the reason it is skipped. */
    public record Statistic(boolean reserves, String mineral, Stage stage, Basis basis, String skipReason) {
        /** Returns true if the statistic is imported. */
        public boolean imported() {
            return skipReason.isEmpty();
        }

        static Statistic skip(String reason) {
            return new Statistic(false, "", Stage.MINING, Basis.CONTENT, reason);
        }
    }

    /** Returns the mineral id of an MCS 2026 commodity name, or empty. */
    public static Optional<String> mineralOfCommodity(String commodity) {
        String c = commodity.replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT);
        if (NOT_MAPPED.containsKey(c)) {
            return Optional.empty();
        }
        String m = COMMODITIES.get(c);
        if (m != null) {
            return Optional.of(m);
        }
        String id = c.replace(' ', '-');
        return Minerals.find(id).map(x -> id);
    }

    /**
     * Returns the mineral id of an MCS 2026 commodity name for the U.S. salient statistics (net import reliance,
     * import sources, consumption, stocks, prices): as {@link #mineralOfCommodity}, and also boron, helium,
     * scandium, cesium and rubidium, whose world tables are not imported (forms that cannot be compared,
     * volumes, text) but whose U.S. figures are.
     */
    public static Optional<String> mineralOfUsCommodity(String commodity) {
        Optional<String> m = mineralOfCommodity(commodity);
        if (m.isPresent()) {
            return m;
        }
        String c = commodity.replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT);
        return US_ONLY.contains(c) ? Minerals.find(c).map(x -> c) : Optional.empty();
    }

    /** Returns why an MCS commodity is not imported. */
    public static String whyNotMapped(String commodity) {
        String c = commodity.replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT);
        return NOT_MAPPED.getOrDefault(c, "commodity '" + commodity.strip() + "' has no mineral id in the catalogue");
    }

    /** Returns the mineral id of an MCS 2023/2024 file code such as {@code lithi}, or empty. */
    public static Optional<String> mineralOfFileCode(String code) {
        return Optional.ofNullable(CODES.get(code.toLowerCase(Locale.ROOT)));
    }

    /** Returns the file codes the library maps, sorted. */
    public static List<String> fileCodes() {
        return List.copyOf(CODES.keySet());
    }

    /** Removes the "rounded" marker of world-total labels. */
    public static String baseLabel(String label) {
        return label.replace('\u00a0', ' ').strip()
                .replaceAll("(?i)[:,]?\\s*\\(?rounded\\)?$", "").replaceAll("(?i):\\s*rounded", "").strip();
    }

    /**
     * Maps the statistic {@code label} of chapter {@code mineral}.
     *
     * @param mineral  the chapter's mineral id
     * @param label    the statistic's label (Statistics_detail, or Type)
     * @param contexts further text to read the basis from, in order (section title, notes, header)
     */
    public static Statistic classify(String mineral, String label, String... contexts) {
        String l = baseLabel(label).toLowerCase(Locale.ROOT);
        String m = mineral;
        if (l.contains("capacity")) {
            return Statistic.skip("capacity is not modelled (production only)");
        }
        if (m.equals("platinum") && l.contains("palladium")) {
            m = "palladium";
        }
        if (l.startsWith("alumina") || l.contains("alumina -") || l.contains(", alumina")) {
            m = "alumina";
        }
        boolean reserves = l.contains("reserves");
        if (m.equals("chromium") && reserves && l.contains("cr2o3")) {
            return Statistic.skip("Cr2O3 content is a second basis of the chromite reserves; the ore figure is kept");
        }
        if (m.equals("potash") && reserves && l.contains("recoverable ore")) {
            return Statistic.skip("recoverable ore is a second basis of the potash reserves; K2O equivalent is kept");
        }
        if (m.equals("iron-ore") && l.contains("iron content")) {
            return Statistic.skip("iron content is a second basis of iron ore; the ore figure is kept");
        }
        if (m.equals("silicon") && !l.contains("silicon metal")) {
            return Statistic.skip("only silicon metal is imported for silicon (ferrosilicon is reported apart)");
        }
        Stage stage;
        if (reserves) {
            stage = Stage.MINING;
        } else if (l.contains("mine production") || l.contains("mine poduction") || l.contains("mne production")
                || l.startsWith("mine")) {
            stage = Stage.MINING;
        } else if (l.contains("refinery") || l.contains("smelter") || l.contains("plant production")
                || l.contains("primary production") || l.contains("refined") || l.contains("sponge")
                || l.contains("silicon metal") || l.startsWith("production (arsenic")
                || l.contains("primary and secondary")) {
            stage = Stage.REFINING;
        } else if (l.equals("production") && (m.equals("arsenic") || m.equals("cadmium"))) {
            stage = Stage.REFINING;
        } else {
            return Statistic.skip("statistic '" + baseLabel(label) + "' is not mapped to a stage");
        }
        String[] texts = new String[contexts.length + 1];
        texts[0] = l;
        for (int i = 0; i < contexts.length; i++) {
            texts[i + 1] = contexts[i] == null ? "" : contexts[i].toLowerCase(Locale.ROOT);
        }
        return new Statistic(reserves, m, stage, basis(texts), "");
    }

    /**
     * Returns the basis that the first of {@code texts} to name one states (gross weight or an ore, an oxide
     * equivalent, a carbonate equivalent, content), read as {@link #classify} reads a statistic's label and
     * contexts; {@link Basis#CONTENT} if none does.
     */
    public static Basis basisOf(String... texts) {
        String[] lower = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            lower[i] = texts[i] == null ? "" : texts[i].toLowerCase(Locale.ROOT);
        }
        return basis(lower);
    }

    private static Basis basis(String... texts) {
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            if (t.contains("gross weight") || t.contains("grosss weight") || t.contains("usable ore")
                    || t.contains("crude ore") || t.contains("chromite ore")) {
                return Basis.GROSS_WEIGHT;
            }
            if (OXIDE.matcher(t).find()) {
                return Basis.OXIDE_EQUIVALENT;
            }
            if (CARBONATE.matcher(t).find()) {
                return Basis.CARBONATE_EQUIVALENT;
            }
            if (t.contains("content") || t.contains("contained")) {
                return Basis.CONTENT;
            }
            if (i == 0 && ORE.matcher(t).find()) {
                return Basis.GROSS_WEIGHT;
            }
        }
        return Basis.CONTENT;
    }

    /** The "(Data in ...)" note of an MCS 2026 chapter ("Other notes"): the chapter's default unit and basis, or "". */
    private static final Pattern DATA_HEADER = Pattern.compile("\\(Data in ([^)]*)\\)");

    /** Returns what a chapter's "(Data in ...)" note says (e.g. "metric tons, gross weight"), or "" without one. */
    static String dataHeader(String otherNotes) {
        Matcher m = DATA_HEADER.matcher(otherNotes);
        return m.find() ? m.group(1) : "";
    }

    /**
     * Returns why an MCS 2026 net import reliance row of {@code mineral} is not kept (a chapter gives it for
     * several forms and one is kept; a sentence, not a value), or empty if it is kept.
     * {@code detail} is the row's Statistics_detail in lower case.
     */
    static Optional<String> whyRelianceNotKept(String mineral, String detail) {
        String d = detail;
        if (mineral.equals("silicon") && !d.endsWith(": total")) {
            return Optional.of("silicon: the total net import reliance is kept, not its parts");
        }
        if (mineral.equals("rare-earths") && !d.endsWith("compounds and metals")) {
            return Optional.of("rare earths: the compounds-and-metals reliance is kept, not concentrates");
        }
        if (mineral.equals("zinc") && !d.endsWith("refined zinc")) {
            return Optional.of("zinc: the refined-zinc reliance is kept, not ores and concentrates");
        }
        if (!d.startsWith("net import reliance")) {
            return Optional.of("net import reliance given as a sentence, not a value");
        }
        return Optional.empty();
    }

    private static final List<String> TOTAL_DETAILS = List.of("all", "total", "total imports", "combined total",
            "metal, oxide, and salts", "all forms", "all forms of arsenic");

    /**
     * Returns true if an MCS 2026 import-sources detail is the chapter's total (or its headline form), the one
     * kept where a chapter gives import sources for several forms.
     */
    static boolean isImportSourcesTotal(String detail) {
        String dl = detail.toLowerCase(Locale.ROOT);
        return TOTAL_DETAILS.contains(dl) || dl.startsWith("combined total") || dl.startsWith("total ")
                || dl.equals("primary nickel") || dl.equals("refined copper") || dl.equals("refined metal")
                || dl.equals("refined tin") || dl.equals("metal") || dl.equals("rare-earth compounds and metals")
                || dl.startsWith("manganese contained");
    }

    /**
     * Returns the label an MCS 2023/2024 world-CSV column is classified by: {@code label}, except potash's ore
     * reserves ("Reserves, recoverable ore") and titanium's production (sponge metal).
     */
    static String worldCsvLabel(String chapter, boolean reserves, String sub, String label) {
        if (reserves && chapter.equals("potash") && sub.equalsIgnoreCase("ore")) {
            return "Reserves, recoverable ore";
        }
        if (!reserves && chapter.equals("titanium")) {
            return "Titanium sponge metal production";
        }
        return label;
    }

    /**
     * Returns the mineral an MCS 2023/2024 salient column of net import reliance gives for chapter
     * {@code chapter}, or empty if the column is not kept: the only NIR column, or the chapter's headline
     * product where it has several. {@code column} is the column name in lower case; {@code nirCount} the
     * number of columns named "nir_...".
     */
    static Optional<String> salientRelianceMineral(String chapter, String column, long nirCount) {
        String l = column;
        if (l.equals("nir_pct") || (nirCount == 1 && l.startsWith("nir_"))) {
            return Optional.of(chapter);
        } else if (chapter.equals("feldspar") && l.equals("nir_feldspar_pct")) {
            return Optional.of(chapter);
        } else if (chapter.equals("zirconium") && l.equals("nir_zr_ore_pct")) {
            return Optional.of(chapter);
        } else if (chapter.equals("platinum") && l.equals("nir_platinum_pct")) {
            return Optional.of("platinum");
        } else if (chapter.equals("platinum") && l.equals("nir_palladium_pct")) {
            return Optional.of("palladium");
        } else if (chapter.equals("rare-earths") && l.startsWith("nir_compounds-metals")) {
            return Optional.of(chapter);
        } else if (chapter.equals("silicon") && l.equals("nir_si_pct")) {
            return Optional.of(chapter);
        } else if (chapter.equals("titanium") && l.equals("nir_sponge_pct")) {
            return Optional.of(chapter);
        } else if ((chapter.equals("zinc") || chapter.equals("lead") || chapter.equals("tin"))
                && (l.equals("nir_refined_pct") || l.equals("nir_refinedpct"))) {
            return Optional.of(chapter);
        } else if (chapter.equals("bauxite") && l.equals("bauxite_nir_pct")) {
            return Optional.of(chapter);
        } else if (chapter.equals("bauxite") && l.equals("alumina_nir_pct")) {
            return Optional.of("alumina");
        }
        return Optional.empty();
    }
}
