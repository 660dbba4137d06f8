package org.msp.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.msp.graph.ConversionSensitivity;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.dependency.BlocDependenceAlgorithm;
import org.msp.graph.dependency.Dependence;
import org.msp.graph.dependency.DependenceBounds;
import org.msp.graph.dependency.LookThroughDependencyAlgorithm;
import org.msp.graph.dependency.OriginShare;
import org.msp.graph.dependency.StageOrigins;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msp dependency --country ISO3 --mineral M [--year Y] [--group NAME]}: where a country's supply of a
 * mineral entered each stage of the chain, looked through every stage (proportional tracing,
 * {@link LookThroughDependencyAlgorithm}), with the minimum and maximum share that any routing of the year's flows allows
 * ({@link BlocDependenceAlgorithm}, Cheng et al. 2024).
 *
 * <p>The consumer is the country's node at the highest stage where it has supply. CSV columns:
 * {@code consumer,mineral,stage,origin,share,min_share,max_share}; origins are ISO3 codes, {@code facility:ID},
 * {@code unknown} (no bounds) or, with {@code --group}, the group's id (its members in the year taken together).
 * In table form, when the network applies a conversion factor with a range, a last line says how the dependence on
 * the group (or on the largest origin at the first stage) moves across it ({@link ConversionSensitivity}).
 */
@Command(name = "dependency", mixinStandardHelpOptions = true,
        description = "Look-through dependency of a country on each origin, stage by stage, with min/max bounds.")
final class DependencyCommand extends MspCommand {
    @Option(names = "--country", required = true, paramLabel = "ISO3", description = "The consuming country.")
    String country;

    @Option(names = "--mineral", required = true, paramLabel = "M", description = "The mineral.")
    String mineral;

    @Option(names = "--year", paramLabel = "Y", description = "Year (default: the dataset's latest year with trade).")
    Integer year;

    @Option(names = "--group", paramLabel = "NAME",
            description = "Also the dependence on a group of countries (id or name, e.g. feoc, msp-partners).")
    String group;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** Creates the command; picocli fills its options. */
    DependencyCommand() {
    }

    @Override
    int run() {
        Dataset d = dataset();
        String c = Arguments.country(d, country);
        String m = Arguments.mineral(d, mineral);
        int y = Arguments.year(d, year);
        CountryGroup g = group == null ? null : Arguments.group(d, group);
        Arguments.requireTrade(d, y, List.of(m));
        SupplyNetwork net = networks().of(y, m);
        Node consumer = Arguments.consumerNode(net, c, m);
        Dependence dep = LookThroughDependencyAlgorithm.of(net).dependence(consumer);
        BlocDependenceAlgorithm bounds = BlocDependenceAlgorithm.of(net);
        Table t = Table.of(Table.text("consumer"), Table.text("mineral"), Table.text("stage"), Table.text("origin"),
                Table.share("share"), Table.share("min_share"), Table.share("max_share"));
        for (StageOrigins so : dep.stages()) {
            if (g != null) {
                SortedSet<String> members = g.membersIn(y);
                DependenceBounds b = bounds.bounds(consumer, so.stage(), members);
                t.add(c, m, so.stage().id(), g.id(), b.proportionalShare(), b.minimumShare(), b.maximumShare());
            }
            for (OriginShare o : so.origins()) {
                if (o.isUnknown()) {
                    t.add(c, m, so.stage().id(), OriginShare.UNKNOWN, o.share(), null, null);
                } else {
                    DependenceBounds b = bounds.bounds(consumer, so.stage(), Set.of(o.origin()));
                    t.add(c, m, so.stage().id(), o.origin(), o.share(), b.minimumShare(), b.maximumShare());
                }
            }
        }
        t.print(format, out());
        // Unknown origin is unknown *via* a country: the unknown source that feeds it, with the share of the
        // consumer's supply it carries (the chokepoint removal of that source, the same attribution).
        List<String> via = new java.util.ArrayList<>();
        if (dep.stages().stream().anyMatch(so -> so.unknown() > 0)) {
            for (org.msp.graph.chokepoint.Chokepoint cp : org.msp.graph.chokepoint.Chokepoints.removalImpact(net,
                    consumer).impacts()) {
                if (cp.node().isUnknownSource() && via.size() < 5) {
                    via.add(String.format(java.util.Locale.ROOT, "%s %.1f%% (%s)", cp.node().actor(),
                            100 * cp.shareLost(), cp.node().stage()));
                }
            }
        }
        if (!via.isEmpty()) {
            note(format, "unknown origin reaches " + c + " via: " + String.join(", ", via));
        }
        coverage(format, net, consumer);
        if (format == OutputFormat.TABLE) {
            printSensitivity(d, y, c, m, g, dep);
        }
        return 0;
    }

    /**
     * When the network applies a conversion factor with a range, prints how the dependence on the group (or, without
     * {@code --group}, on the largest known origin at the first stage) moves across it.
     */
    private void printSensitivity(Dataset d, int y, String c, String m, CountryGroup g, Dependence dep) {
        ConversionSensitivity s = networks().sensitivity(y, m);
        if (!s.isSensitive() || dep.stages().isEmpty()) {
            return;
        }
        StageOrigins first = dep.stages().get(0);
        Stage stage = first.stage();
        Set<String> origins;
        String name;
        if (g != null) {
            origins = g.membersIn(y);
            name = g.id();
        } else {
            Optional<OriginShare> top = first.origins().stream().filter(o -> !o.isUnknown())
                    .max(java.util.Comparator.comparingDouble(OriginShare::share));
            if (top.isEmpty()) {
                return;
            }
            origins = Set.of(top.get().origin());
            name = top.get().origin();
        }
        out().println("sensitivity: " + s.range(c + "'s look-through dependence on " + name + " at " + stage.id(),
                net -> {
                    Dependence x = LookThroughDependencyAlgorithm.of(net).dependence(Arguments.consumerNode(net, c, m));
                    return x.stages().stream().filter(so -> so.stage() == stage).findFirst()
                            .map(so -> origins.stream().mapToDouble(so::share).sum()).orElse(0.0);
                }).describe(v -> String.format(Locale.ROOT, "%.1f%%", 100 * v)));
    }
}
