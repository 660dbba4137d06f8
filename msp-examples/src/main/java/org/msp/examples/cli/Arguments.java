package org.msp.examples.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.OptionalInt;
import org.msp.examples.cli.MspCommand.UsageException;
import org.msp.graph.CrossBorderTrade;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.dependency.NetImportRelianceAlgorithm;
import org.msp.model.Country;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.Mineral;
import org.msp.model.Production;
import org.msp.model.Stage;

/**
 * Checks and resolves the arguments that commands share: years, countries, minerals, groups, stages, the
 * shock syntax {@code ISO3[/STAGE]/MINERAL} and a country's consumer node in a network. Static and stateless.
 */
final class Arguments {
    private Arguments() {
    }

    /**
     * Returns the default year of a dataset: the latest year with trade flows (every network analysis needs
     * them), or, when there are none, the latest year with production.
     *
     * @throws UsageException if the dataset has neither
     */
    static int defaultYear(Dataset d) {
        OptionalInt flows = d.latestTradeYear();
        if (flows.isPresent()) {
            return flows.getAsInt();
        }
        return d.productions().stream().map(Production::year).max(Comparator.naturalOrder())
                .orElseThrow(() -> new UsageException("dataset " + d.name()
                        + " has no production and no trade flows to analyse"));
    }

    /** Returns {@code year} if given, else the dataset's default year. */
    static int year(Dataset d, Integer year) {
        return year == null ? defaultYear(d) : year;
    }

    /**
     * Returns the years as ranges, e.g. {@code "2010-2022, 2024"}; {@code "none"} when empty. O(n log n).
     */
    static String years(java.util.Collection<Integer> years) {
        List<Integer> ys = years.stream().distinct().sorted().toList();
        if (ys.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        int start = ys.get(0);
        for (int i = 1; i <= ys.size(); i++) {
            if (i == ys.size() || ys.get(i) != ys.get(i - 1) + 1) {
                int end = ys.get(i - 1);
                b.append(b.length() == 0 ? "" : ", ").append(start).append(end == start ? "" : "-" + end);
                if (i < ys.size()) {
                    start = ys.get(i);
                }
            }
        }
        return b.toString();
    }

    /**
     * Checks that the dataset has trade flows in {@code year}, which every network analysis needs, and, for each of
     * {@code minerals} traded in some year, trade of that mineral in {@code year} (a mineral the dataset never
     * reports trade of is analysed on its production alone).
     *
     * @throws UsageException naming the years with trade, e.g. {@code "no lithium trade in 2030 in dataset
     *                        msp-world; years with lithium trade: 2024"}
     */
    static void requireTrade(Dataset d, int year, java.util.Collection<String> minerals) {
        Set<Integer> all = new java.util.TreeSet<>();
        d.flows().forEach(f -> all.add(f.year()));
        if (!all.contains(year)) {
            throw new UsageException("no trade in " + year + " in dataset " + d.name() + "; years with trade: "
                    + years(all));
        }
        for (String m : minerals) {
            Set<Integer> ys = new java.util.TreeSet<>();
            d.flows().stream().filter(f -> f.mineral().equals(m)).forEach(f -> ys.add(f.year()));
            if (!ys.isEmpty() && !ys.contains(year)) {
                throw new UsageException("no " + m + " trade in " + year + " in dataset " + d.name() + "; years with "
                        + m + " trade: " + years(ys));
            }
        }
    }

    /**
     * Checks that the dataset has production in {@code year}, which the report and the supply-risk scores need.
     *
     * @throws UsageException naming the years with production, e.g. {@code "no production in 1990 in dataset
     *                        msp-world; years with production: 2010-2025"}
     */
    static void requireProduction(Dataset d, int year) {
        Set<Integer> ys = new java.util.TreeSet<>();
        d.productions().forEach(p -> ys.add(p.year()));
        if (!ys.contains(year)) {
            throw new UsageException("no production in " + year + " in dataset " + d.name()
                    + "; years with production: " + years(ys));
        }
    }

    /**
     * Returns the years in which the dataset has production, trade or a published import reliance of country
     * {@code iso3} (of {@code mineral} only, unless null).
     */
    static Set<Integer> yearsWithData(Dataset d, String iso3, String mineral) {
        Set<Integer> ys = new java.util.TreeSet<>();
        d.productions().stream().filter(p -> p.producer().id().equals(iso3)
                && (mineral == null || p.mineral().equals(mineral))).forEach(p -> ys.add(p.year()));
        d.flows().stream().filter(f -> (f.from().id().equals(iso3) || f.to().id().equals(iso3))
                && (mineral == null || f.mineral().equals(mineral))).forEach(f -> ys.add(f.year()));
        d.importReliances().stream().filter(r -> r.country().equals(iso3)
                && (mineral == null || r.mineral().equals(mineral))).forEach(r -> ys.add(r.year()));
        return ys;
    }

    /** Checks that the dataset has country {@code iso3} (any case) and returns its upper-case code. */
    static String country(Dataset d, String iso3) {
        String c = iso3.strip().toUpperCase(Locale.ROOT);
        if (d.countries().stream().map(Country::iso3).noneMatch(c::equals)) {
            List<Country> near = nearCountries(d, iso3);
            throw new UsageException("unknown country '" + iso3 + "' in dataset " + d.name() + (near.isEmpty()
                    ? " (use an ISO 3166-1 alpha-3 code such as KOR)"
                    : Names.hint(near.stream().map(k -> "'" + k.iso3() + "' (" + k.name() + ")").toList(), false)));
        }
        return c;
    }

    /** Checks that the dataset has mineral {@code id} (any case) and returns its id. */
    static String mineral(Dataset d, String id) {
        String m = id.strip().toLowerCase(Locale.ROOT);
        if (d.minerals().stream().map(Mineral::id).noneMatch(m::equals)) {
            List<String> near = nearMinerals(d, id);
            throw new UsageException("unknown mineral '" + id + "' in dataset " + d.name() + (near.isEmpty()
                    ? " (known: " + abbreviate(d.minerals().stream().map(Mineral::id).toList()) + ")"
                    : Names.hint(near, true)));
        }
        return m;
    }

    /** Returns the group with id or name {@code name} (ignoring case). */
    static CountryGroup group(Dataset d, String name) {
        String n = name.strip();
        return d.groups().stream().filter(g -> g.id().equalsIgnoreCase(n) || g.name().equalsIgnoreCase(n))
                .findFirst().orElseThrow(() -> new UsageException("unknown group '" + name + "' in dataset "
                        + d.name() + Names.hint(Names.nearest(n, d.groups().stream().map(CountryGroup::id).toList()),
                                true) + " (known: " + abbreviate(d.groups().stream().map(CountryGroup::id).toList())
                        + ")"));
    }

    /** Reads a stage, as a usage error if it names none. */
    static Stage stage(String text) {
        try {
            return Stage.parse(text);
        } catch (IllegalArgumentException e) {
            List<String> near = Names.nearest(text, Arrays.stream(Stage.values()).map(Stage::id).toList());
            throw new UsageException(near.isEmpty() ? e.getMessage()
                    : "unknown stage '" + text + "'" + Names.hint(near, true));
        }
    }

    /**
     * Returns the mineral ids nearest to {@code typed}: ids and names within a small edit distance or sharing a
     * prefix ({@link Names#nearest}), each offered as its id.
     */
    static List<String> nearMinerals(Dataset d, String typed) {
        Map<String, String> idByName = new LinkedHashMap<>();
        for (Mineral m : d.minerals()) {
            idByName.putIfAbsent(m.id(), m.id());
            idByName.putIfAbsent(m.name().toLowerCase(Locale.ROOT), m.id());
            idByName.putIfAbsent(m.id().replace('_', ' '), m.id());
        }
        return Names.nearest(typed, idByName.keySet()).stream().map(idByName::get).distinct().toList();
    }

    /**
     * Returns the countries nearest to {@code typed} (at most {@link Names#MAX}): ISO3 codes and
     * names within a small edit distance or sharing a prefix ({@link Names#nearest}), and names that contain the
     * typed text (four characters or more).
     */
    static List<Country> nearCountries(Dataset d, String typed) {
        Map<String, Country> byKey = new LinkedHashMap<>();
        for (Country c : d.countries()) {
            byKey.putIfAbsent(c.iso3(), c);
            byKey.putIfAbsent(c.name(), c);
        }
        Set<Country> near = new LinkedHashSet<>();
        for (String k : Names.nearest(typed, byKey.keySet())) {
            near.add(byKey.get(k));
        }
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if (t.length() >= 4) {
            d.countries().stream().filter(c -> c.name().toLowerCase(Locale.ROOT).contains(t)).forEach(near::add);
        }
        return near.stream().limit(Names.MAX).toList();
    }

    /**
     * A country, mineral and stage named on the command line in a node's text form ({@link Node#toString()}):
     * {@code ISO3/STAGE/MINERAL}, or {@code ISO3/MINERAL} to leave the stage to the command.
     *
     * @param country ISO3 code
     * @param mineral mineral id
     * @param stage   the stage: given, or the mineral's default stage for the year
     */
    record Target(String country, String mineral, Stage stage) {
        /** Returns the country's node at the stage. */
        Node node() {
            return Node.of(country, stage, mineral);
        }

        /** Returns the node's text form, e.g. {@code "CHN/refining/gallium"}. */
        @Override
        public String toString() {
            return node().toString();
        }
    }

    /**
     * Reads {@code ISO3[/STAGE]/MINERAL}, a node's text form ({@link Node#parse}) whose stage may be left out;
     * without a stage, the stage at which a ban has an effect the data can show ({@link #banStage}).
     */
    static Target target(Dataset d, String text, int year, String option) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length < 2 || parts.length > 3 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
            throw new UsageException(option + " '" + text + "': expected ISO3[/STAGE]/MINERAL, e.g. CHN/refining/gallium");
        }
        String c = country(d, parts[0]);
        String m = mineral(d, parts[parts.length - 1]);
        Stage s = parts.length == 3 ? stage(parts[1]) : banStage(d, m, year);
        return new Target(c, m, s);
    }

    /**
     * Returns the default stage of a shock on {@code mineral} in {@code year}: the highest primary stage at which the
     * dataset records trade of it ({@link CrossBorderTrade#banStage}; graphite: mining, where HS 250490 is its only
     * trade; gallium: refining), since a ban at a stage without trade acts on nothing the data hold. A mineral the
     * dataset records no trade of that year falls back on the stage at which the dataset measures it
     * ({@link NetImportRelianceAlgorithm#defaultStage}: refining when there are refining figures), whose ban the
     * scenario then reports as undetermined. Import reliance keeps its own default: it asks how much of a country's
     * use at the measured stage is imported, a question the production figures answer without trade.
     */
    static Stage banStage(Dataset d, String mineral, int year) {
        return CrossBorderTrade.banStage(d, mineral, year)
                .orElseGet(() -> NetImportRelianceAlgorithm.of(d).defaultStage(mineral, year));
    }

    /**
     * Returns the sentence saying which stage a shock written without one ({@code text} as typed) was applied at
     * and why, e.g. {@code "CHN/graphite: applied at mining: the dataset records graphite trade at mining only in
     * 2024"}; empty when {@code text} names its stage.
     */
    static java.util.Optional<String> stageNote(Dataset d, String text, Target target, int year) {
        if (text.strip().split("/", -1).length == 3) {
            return java.util.Optional.empty();
        }
        java.util.SortedSet<Stage> traded = CrossBorderTrade.stages(d, target.mineral(), year);
        String m = target.mineral();
        String head = text.strip() + ": applied at " + target.stage().id();
        if (traded.isEmpty()) {
            return java.util.Optional.of(head + ", the stage of the dataset's " + m + " figures: the dataset records no "
                    + m + " trade in " + year);
        }
        if (traded.size() == 1) {
            return java.util.Optional.of(head + ": the dataset records " + m + " trade at " + traded.first().id()
                    + " only in " + year);
        }
        return java.util.Optional.of(head + ", the highest stage at which the dataset records " + m + " trade in "
                + year + " (" + String.join(", ", traded.stream().map(Stage::id).toList()) + ")");
    }

    /**
     * Returns the node at which country {@code iso3} consumes {@code mineral} in a network: its actor node of
     * the mineral at the highest primary stage with a positive throughput.
     *
     * @throws UsageException if the country has no such node
     */
    static Node consumerNode(SupplyNetwork network, String iso3, String mineral) {
        return network.consumerNode(iso3, mineral).orElseThrow(() -> new UsageException(iso3 + " has no supply of " + mineral + " in "
                        + network.year() + " in the dataset's production and trade"));
    }

    /** Returns the label of a node's holder: its ISO3 code or {@code facility:ID}, prefixed by "?" for an unknown source. */
    static String holder(Node n) {
        return (n.isUnknownSource() ? "?" : "") + n.actor();
    }

    private static String abbreviate(List<String> ids) {
        return ids.size() <= 12 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 12)) + ", ... " + (ids.size() - 12) + " more";
    }
}
