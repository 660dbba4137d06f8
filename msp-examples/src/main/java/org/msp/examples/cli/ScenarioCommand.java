package org.msp.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.msp.graph.ConversionSensitivity;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.graph.scenario.DaysOfCover;
import org.msp.graph.scenario.DemandOutlook;
import org.msp.graph.scenario.Scenario;
import org.msp.graph.scenario.Disruption;
import org.msp.graph.scenario.Scenarios;
import org.msp.graph.scenario.Shock;
import org.msp.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msp scenario --ban ISO3[/STAGE]/MINERAL ... [--consumer ISO3] [--year Y]}: what export bans do to each
 * consumer's supply, without re-routing (losses pass downstream in proportion) and with re-routing through
 * spare capacity (a maximum flow), and how many days its stockpile covers the shortfall ({@link Scenarios}).
 *
 * <p>CSV columns: {@code consumer,mineral,baseline_t,after_no_reroute_t,after_reroute_t,
 * shortfall_share_no_reroute,shortfall_share_reroute,stockpile_days}; {@code stockpile_days} (no re-routing) is a
 * number, {@code unbounded} when nothing is lost, and empty when the dataset records no stockpile. Rows: the
 * consumer's impacts with {@code --consumer}; otherwise the consumers that lose supply, hardest hit first
 * ({@code --all}: every consumer, by mineral then country). In table form, a banned mineral whose network applies a
 * conversion factor with a range (cobalt oxides, manganese ore, ferroniobium, ferrovanadium) gets a line per
 * listed consumer (at most three) saying how its loss moves across the range ({@link ConversionSensitivity}).
 *
 * <p>{@code --demand SCENARIO:YEAR} (e.g. {@code STEPS:2030}) grows every consumer's requirement of the banned
 * minerals by the world demand growth of the dataset's scenario from its last observed year to {@code YEAR}
 * ({@link DemandOutlook}; the embedded dataset has the IEA's STEPS, APS and NZE to 2050 for copper, cobalt,
 * lithium, nickel, graphite and magnet rare earths); supply stays at the network's year. The table then gains a
 * {@code requirement_t} column after {@code baseline_t}, and each outlook is stated on standard error.
 */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Export bans: each consumer's supply before and after, with and without re-routing, "
                + "and stockpile days of cover.")
final class ScenarioCommand extends MspCommand {
    /** How many consumers of a mineral the sensitivity lines cover. */
    static final int SENSITIVITY_ROWS = 3;

    @Option(names = "--ban", required = true, arity = "1..*", paramLabel = "ISO3[/STAGE]/MINERAL",
            description = "A full export ban (stage default: the highest stage with trade of the mineral in the dataset).")
    List<String> bans = new ArrayList<>();

    @Option(names = "--consumer", paramLabel = "ISO3", description = "Only this consuming country.")
    String consumer;

    @Option(names = "--year", paramLabel = "Y", description = "Year (default: the dataset's latest year with trade).")
    Integer year;

    @Option(names = "--all", description = "List every consumer, not only those that lose supply.")
    boolean all;

    @Option(names = "--demand", paramLabel = "SCENARIO:YEAR",
            description = "Grow each consumer's requirement with world demand under a scenario, e.g. STEPS:2030 "
                    + "(the embedded IEA scenarios: STEPS, APS, NZE; years 2030-2050).")
    String demand;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** The minerals with an undetermined ban: a consumer losing nothing of them shows "-", not 0%. */
    private final java.util.Set<String> blind = new TreeSet<>();

    /** Creates the command; picocli fills its options. */
    ScenarioCommand() {
    }

    @Override
    int run() {
        Dataset d = dataset();
        int y = Arguments.year(d, year);
        String c = consumer == null ? null : Arguments.country(d, consumer);
        List<Shock> shocks = new ArrayList<>();
        TreeSet<String> minerals = new TreeSet<>();
        Map<String, List<Shock>> byMineral = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        for (String b : bans) {
            Arguments.Target target = Arguments.target(d, b, y, "--ban");
            Arguments.stageNote(d, b, target, y).ifPresent(notes::add);
            Shock s = Shock.ExportBan.of(target.country(), target.mineral(), target.stage());
            shocks.add(s);
            minerals.add(target.mineral());
            byMineral.computeIfAbsent(target.mineral(), k -> new ArrayList<>()).add(s);
        }
        Arguments.requireTrade(d, y, minerals);
        SupplyNetwork net = networks().of(y, minerals.toArray(String[]::new));
        if (demand != null) {
            for (DemandOutlook o : outlooks(d, minerals)) {
                shocks.addAll(o.shocks(net));
                err().println("msp scenario: demand " + o + "; every consumer's requirement grows alike, supply held at "
                        + y);
            }
            err().flush();
        }
        Disruption r = Scenarios.run(d, net, Scenario.of(shocks));
        r.undetermined().forEach(u -> blind.add(u.node().mineral()));
        List<ConsumerImpact> rows;
        if (c != null) {
            rows = r.impacts().stream().filter(i -> i.country().equals(c)).toList();
            if (rows.isEmpty()) {
                String none = c + " consumes none of " + minerals + " in " + y + " in the dataset's production and trade";
                if (r.undetermined().isEmpty()) {
                    throw new MspCommand.UsageException(none);
                }
                notes.add(none + ", and a ban is undetermined: " + c + "'s loss is undetermined");
            }
        } else {
            rows = all ? r.impacts() : r.hardestHit();
        }
        if (demand != null) {
            Table t = Table.of(Table.text("consumer"), Table.text("mineral"), Table.tonnes("baseline_t"),
                    Table.tonnes("requirement_t"), Table.tonnes("after_no_reroute_t"), Table.tonnes("after_reroute_t"),
                    Table.share("shortfall_share_no_reroute"), Table.share("shortfall_share_reroute"),
                    Table.decimal("stockpile_days"));
            rows.forEach(i -> t.add(i.country(), i.mineral(), i.baseline(), i.requirement(), i.noRerouting(),
                    i.rerouting(), shown(i, i.shortfallShare()), shown(i, i.shortfallShareRerouted()), shownDays(i)));
            t.print(format, out());
            notes.forEach(n -> note(format, n));
            r.undetermined().forEach(u -> note(format, "undetermined: " + u));
            return 0;
        }
        Table t = table();
        rows.forEach(i -> t.add(i.country(), i.mineral(), i.baseline(), i.noRerouting(), i.rerouting(),
                shown(i, i.shortfallShare()), shown(i, i.shortfallShareRerouted()), shownDays(i)));
        t.print(format, out());
        notes.forEach(n -> note(format, n));
        r.undetermined().forEach(u -> note(format, "undetermined: " + u));
        rows.stream().filter(ConsumerImpact::isUndetermined).forEach(i -> note(format, i.country() + " has no "
                + i.mineral() + " supply in " + y + " in the dataset's production and trade (baseline 0 t): its loss "
                + "and days of cover are undetermined"));
        coverage(format, net, minerals);
        if (format == OutputFormat.TABLE) {
            printSensitivity(d, y, rows, byMineral);
        }
        return 0;
    }

    /**
     * For each banned mineral whose network applies a range conversion factor, prints how the loss (no
     * re-routing) of the first {@value #SENSITIVITY_ROWS} consumers listed moves across the range.
     */
    private void printSensitivity(Dataset d, int y, List<ConsumerImpact> rows, Map<String, List<Shock>> byMineral) {
        for (Map.Entry<String, List<Shock>> e : byMineral.entrySet()) {
            String m = e.getKey();
            ConversionSensitivity s = networks().sensitivity(y, m);
            if (!s.isSensitive()) {
                continue;
            }
            Scenario sc = Scenario.of(e.getValue());
            for (ConsumerImpact i : rows.stream().filter(x -> x.mineral().equals(m) && !x.isUndetermined())
                    .limit(SENSITIVITY_ROWS).toList()) {
                String name = i.country() + "'s loss (no re-routing)";
                ConversionSensitivity.Range share = s.range(name, net -> Scenarios.run(d, net, sc)
                        .impact(i.country(), m).map(ConsumerImpact::shortfallShare).orElse(0.0));
                ConversionSensitivity.Range tonnes = s.range(name, net -> Scenarios.run(d, net, sc)
                        .impact(i.country(), m).map(ConsumerImpact::shortfall).orElse(0.0));
                out().println("sensitivity: " + share.describe(v -> String.format(Locale.ROOT, "%.1f%%", 100 * v))
                        + ", " + tonnes(tonnes.atLow()) + " t to " + tonnes(tonnes.atHigh()) + " t");
            }
        }
    }

    /** Returns the demand outlook of each mineral under {@code --demand}, or a usage error saying what is missing. */
    private List<DemandOutlook> outlooks(Dataset d, TreeSet<String> minerals) {
        String[] parts = demand.split(":", -1);
        int year;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            year = Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new MspCommand.UsageException("--demand: expected SCENARIO:YEAR such as STEPS:2030, got '" + demand
                    + "'");
        }
        List<DemandOutlook> out = new ArrayList<>();
        for (String m : minerals) {
            try {
                out.add(DemandOutlook.require(d, m, parts[0].strip(), year));
            } catch (IllegalArgumentException e) {
                throw new MspCommand.UsageException("--demand: " + e.getMessage());
            }
        }
        return out;
    }

    /** Returns the empty table with the scenario columns. */
    static Table table() {
        return Table.of(Table.text("consumer"), Table.text("mineral"), Table.tonnes("baseline_t"),
                Table.tonnes("after_no_reroute_t"), Table.tonnes("after_reroute_t"),
                Table.share("shortfall_share_no_reroute"), Table.share("shortfall_share_reroute"),
                Table.decimal("stockpile_days"));
    }

    /** Adds one impact as a row; the shares and days of a consumer without supply are left empty ("-"). */
    static void row(Table t, ConsumerImpact i) {
        t.add(i.country(), i.mineral(), i.baseline(), i.noRerouting(), i.rerouting(), share(i, i.shortfallShare()),
                share(i, i.shortfallShareRerouted()), days(i));
    }

    /** Returns the share, or null ("-") when the consumer has no supply to lose a share of. */
    private static Double share(ConsumerImpact i, double share) {
        return i.isUndetermined() ? null : share;
    }

    /** Returns the days of cover (no re-routing), or null ("-") when the consumer has no supply. */
    private static Object days(ConsumerImpact i) {
        return i.isUndetermined() ? null : days(i.daysOfCover());
    }

    /**
     * Returns the share, or null ("-") when the consumer has no supply or loses nothing of a mineral whose ban the
     * data cannot see (its 0% would read the gap as no loss).
     */
    private Double shown(ConsumerImpact i, double share) {
        return blindZero(i) ? null : share(i, share);
    }

    /** Returns the days of cover, or null ("-") as {@link #shown(ConsumerImpact, double)} does. */
    private Object shownDays(ConsumerImpact i) {
        return blindZero(i) ? null : days(i);
    }

    private boolean blindZero(ConsumerImpact i) {
        return blind.contains(i.mineral()) && !(i.shortfall() > 0);
    }

    /** Returns tonnes as the table writes them: thousands separators, three significant digits below 100. */
    private static String tonnes(double t) {
        return Math.abs(t) >= 100 || t == 0 ? String.format(Locale.ROOT, "%,.0f", t)
                : String.format(Locale.ROOT, "%,.3g", t);
    }

    /** Returns the days as a number, {@code "unbounded"}, or null when no stockpile is recorded. */
    static Object days(DaysOfCover cover) {
        if (cover.isUnbounded()) {
            return "unbounded";
        }
        return cover.days().isPresent() ? (Object) cover.days().getAsDouble() : null;
    }
}
