package org.msp.data;

import org.msp.internal.Checks;
import org.msp.model.Countries;
import org.msp.model.Country;

import com.google.common.collect.ImmutableSortedMap;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one mapping of the country names and codes used by the library's sources (USGS MCS, the IEA, CEPII
 * BACI, USITC DataWeb, the USGS facility layers) to ISO 3166-1 alpha-3 codes of the built-in catalogue
 * {@link Countries}.
 *
 * <p>Resolution of a name, in order:
 * <ol>
 *   <li>no-break spaces become spaces, surrounding spaces go, text that was UTF-8 decoded as Latin-1
 *       ({@code "CÃ´te d'Ivoire"}, as in CEPII's code table) is repaired;</li>
 *   <li>totals and remainders ("World total (rounded)", "Other countries4", "Rest of world", "Total") are
 *       {@link NameKind#WORLD_TOTAL} or {@link NameKind#REST_OF_WORLD}: never a country;</li>
 *   <li>a footnote number glued to the name is dropped ({@code "New Caledonia11"});</li>
 *   <li>the name is looked up among the catalogue's short names and the aliases below
 *       ({@code "Congo (Kinshasa)"} is {@code COD}, {@code "Burma"} is {@code MMR} ...);</li>
 *   <li>failing that, a trailing USGS estimate marker {@code e} is dropped ({@code "Japane"} is Japan,
 *       estimated), then a trailing qualifier ({@code "Russia (recoverable)"}, {@code "Kazakhstan,
 *       concentrate"}), which is kept in {@link ResolvedName#remark()}.</li>
 * </ol>
 *
 * <p>Codes ({@link #resolveCode}) are ISO3 codes of the catalogue, plus CEPII's own codes: {@code S19}
 * ("Other Asia, nes", UN M49 490) is resolved to Taiwan ({@code TWN}), as UN Comtrade and CEPII use that
 * code for Taiwan's trade; the remark says so. Former states and customs areas ({@code CSK} Czechoslovakia,
 * {@code DDR}, {@code SUN} USSR, {@code SCG} Serbia and Montenegro, {@code ANT} Netherlands Antilles,
 * {@code ZA1} Southern African Customs Union, {@code R20} "Europe EFTA, nes", {@code PUS} US Misc. Pacific
 * Islands) are {@link NameKind#AGGREGATE}: never one present-day country.
 *
 * <p>Running time: O(length of the name). This class is thread-safe.
 */
public final class CountryNames {
    private static final Pattern FOOTNOTE = Pattern.compile("^(.*?[^\\d\\s])\\s*(\\d{1,2})$");
    private static final Pattern QUALIFIER = Pattern.compile("^(.*?)\\s*(\\(([^)]*)\\)|,\\s*([a-z][a-z ]*))$");
    private static final Map<String, String> ALIASES = ImmutableSortedMap.<String, String>naturalOrder()
            .put("bahamas", "BHS").put("the bahamas", "BHS")
            .put("bolivia", "BOL")
            .put("burma", "MMR").put("myanmar (burma)", "MMR").put("myanmar", "MMR")
            .put("congo (kinshasa)", "COD").put("democratic republic of congo", "COD")
            .put("democratic republic of the congo", "COD").put("congo, democratic republic of the", "COD")
            .put("dr congo", "COD").put("congo (brazzaville)", "COG").put("republic of the congo", "COG")
            .put("cote d'ivoire", "CIV").put("côte d'ivoire", "CIV").put("côte d’ivoire", "CIV")
            .put("ivory coast", "CIV")
            .put("czech republic", "CZE").put("czechia", "CZE")
            .put("european union", "EUU")
            .put("hong kong", "HKG").put("china, hong kong sar", "HKG")
            .put("iran", "IRN").put("korea, north", "PRK").put("north korea", "PRK")
            .put("korea, republic of", "KOR").put("korea, south", "KOR").put("south korea", "KOR")
            .put("rep. of korea", "KOR").put("republic of korea", "KOR")
            .put("kyrgyzstan", "KGZ").put("laos", "LAO").put("lao people's dem. rep.", "LAO")
            .put("macedonia", "MKD").put("north macedonia", "MKD")
            .put("moldova", "MDA").put("reunion", "REU").put("réunion", "REU")
            .put("russia", "RUS").put("russian federation", "RUS")
            .put("syria", "SYR").put("taiwan", "TWN").put("tanzania", "TZA")
            .put("turkey", "TUR").put("türkiye", "TUR").put("turkiye", "TUR")
            .put("united kingdom", "GBR").put("united states", "USA").put("united states of america", "USA")
            .put("usa", "USA").put("venezuela", "VEN").put("vietnam", "VNM").put("viet nam", "VNM")
            .put("brunei", "BRN").put("cabo verde", "CPV").put("cape verde", "CPV").put("eswatini", "SWZ")
            .put("swaziland", "SWZ").put("palestine", "PSE").put("micronesia", "FSM")
            .put("kosovo", "XKX").put("west bank", "PSE").put("east timor", "TLS").put("timor-leste", "TLS")
            .put("the gambia", "GMB").put("gambia", "GMB").put("curacao", "CUW").put("curaçao", "CUW")
            .build();
    private static final Map<String, String> CEPII_AGGREGATES = ImmutableSortedMap.<String, String>naturalOrder()
            .put("ANT", "Netherlands Antilles (dissolved 2010)").put("CSK", "Czechoslovakia (dissolved 1992)")
            .put("DDR", "German Democratic Republic (to 1990)").put("PUS", "US Misc. Pacific Islands")
            .put("R20", "Europe EFTA, nes (residual trade area)").put("SCG", "Serbia and Montenegro (to 2005)")
            .put("SUN", "USSR (to 1990)").put("ZA1", "Southern African Customs Union (to 1999)").build();

    /** The remark put on names resolved from CEPII's {@code S19}. */
    public static final String S19_REMARK =
            "CEPII S19 'Other Asia, nes' (UN M49 490) is Taiwan's trade in UN Comtrade; mapped to TWN";

    private CountryNames() {}

    /**
     * Resolves a country name as a source wrote it.
     *
     * @return the resolution, or empty if the name is unknown (the importers turn that into an error
     *     naming the file, line and field)
     */
    public static Optional<ResolvedName> resolve(String raw) {
        Checks.notNull(raw, "CountryNames", "raw");
        String t = clean(raw);
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResolvedName> agg = aggregate(raw, lower);
        if (agg.isPresent()) {
            return agg;
        }
        String remark = "";
        Matcher f = FOOTNOTE.matcher(t);
        if (f.matches()) {
            t = f.group(1);
            lower = t.toLowerCase(Locale.ROOT);
            remark = "footnote " + f.group(2);
        }
        Optional<String> c = lookup(lower);
        if (c.isPresent()) {
            return Optional.of(country(raw, c.get(), false, remark));
        }
        if (lower.endsWith("e")) {
            Optional<String> e = lookup(lower.substring(0, lower.length() - 1).strip());
            if (e.isPresent()) {
                return Optional.of(country(raw, e.get(), true, remark));
            }
        }
        Matcher q = QUALIFIER.matcher(t);
        if (q.matches()) {
            Optional<ResolvedName> base = resolve(q.group(1));
            if (base.isPresent() && base.get().isCountry()) {
                String what = q.group(3) != null ? q.group(3) : q.group(4);
                ResolvedName b = base.get();
                String r = join(join(remark, b.remark()), "qualifier '" + what.strip() + "'");
                return Optional.of(new ResolvedName(raw, NameKind.COUNTRY, b.iso3(), b.estimated(), r));
            }
        }
        if (lower.contains(",") && (lower.contains(" and ") || lower.contains("&"))) {
            return Optional.of(new ResolvedName(raw, NameKind.AGGREGATE, Optional.empty(), false,
                    "a list of countries"));
        }
        return Optional.empty();
    }

    /**
     * Resolves an ISO3 code or one of CEPII's own codes (see the class comment).
     *
     * @return the resolution, or empty if the code is unknown
     */
    public static Optional<ResolvedName> resolveCode(String code) {
        Checks.notNull(code, "CountryNames", "code");
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.equals("S19")) {
            return Optional.of(new ResolvedName(code, NameKind.COUNTRY, Optional.of("TWN"), false, S19_REMARK));
        }
        String agg = CEPII_AGGREGATES.get(c);
        if (agg != null) {
            return Optional.of(new ResolvedName(code, NameKind.AGGREGATE, Optional.empty(), false, agg));
        }
        return Countries.find(c).map(k -> new ResolvedName(code, NameKind.COUNTRY, Optional.of(k.iso3()), false, ""));
    }

    /**
     * Repairs text that was UTF-8 but decoded as Latin-1 or Windows-1252 ({@code "CÃ´te d'Ivoire"} becomes
     * {@code "Côte d'Ivoire"}); returns other text unchanged.
     */
    public static String repairMojibake(String text) {
        Checks.notNull(text, "CountryNames", "text");
        if (text.indexOf('Ã') < 0 && text.indexOf('Â') < 0) {
            return text;
        }
        byte[] b = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch > 0xff) {
                return text;
            }
            b[i] = (byte) ch;
        }
        String fixed = new String(b, StandardCharsets.UTF_8);
        return fixed.indexOf('\uFFFD') >= 0 ? text : fixed;
    }

    private static String clean(String raw) {
        return repairMojibake(raw).replace('\u00a0', ' ').replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }

    private static Optional<ResolvedName> aggregate(String raw, String lower) {
        String l = lower.replaceAll("\\d+$", "").strip();
        if (l.startsWith("world total") || l.equals("total") || l.equals("world")) {
            return Optional.of(new ResolvedName(raw, NameKind.WORLD_TOTAL, Optional.empty(), false, ""));
        }
        if (l.equals("other countries") || l.equals("other") || l.equals("rest of world")
                || l.equals("rest of the world") || l.startsWith("other countries")) {
            return Optional.of(new ResolvedName(raw, NameKind.REST_OF_WORLD, Optional.empty(), false, ""));
        }
        if (l.equals("top 3 share") || l.startsWith("total ")) {
            return Optional.of(new ResolvedName(raw, NameKind.AGGREGATE, Optional.empty(), false, "statistic row"));
        }
        return Optional.empty();
    }

    private static Optional<String> lookup(String lower) {
        String a = ALIASES.get(lower);
        if (a != null) {
            return Optional.of(a);
        }
        return Countries.byName(lower).map(Country::iso3);
    }

    private static ResolvedName country(String raw, String iso3, boolean estimated, String remark) {
        return new ResolvedName(raw, NameKind.COUNTRY, Optional.of(iso3), estimated, remark);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }
}
