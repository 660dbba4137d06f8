package org.msp.examples.cli;

import java.util.List;
import java.util.Locale;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.chokepoint.Chokepoint;
import org.msp.graph.chokepoint.Chokepoints;
import org.msp.graph.chokepoint.ConsumerChokepoints;
import org.msp.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msp chokepoints --mineral M [--consumer ISO3] [--year Y]}: the nodes whose loss cuts supply.
 *
 * <p>With a consumer (its node at the highest stage where it has supply): its single points of failure
 * (kind {@code dominator}), the nodes whose loss alone costs it most ({@code removal_impact}, the largest
 * {@code --top}) and the fewest nodes whose loss cuts it off from all supply but its own ({@code cut_member});
 * {@code supply_lost_share} is the share of its supply lost with that node alone (proportional propagation, no
 * re-routing). Without a consumer: the world's transit hubs ({@code betweenness}), the share being the supply
 * they pass on over the network's total supply. See {@link Chokepoints}.
 *
 * <p>CSV columns: {@code mineral,consumer,country,stage,kind,supply_lost_share,role}; {@code consumer} is
 * {@code world} without {@code --consumer}; {@code country} is an ISO3 code, {@code facility:ID}, or
 * {@code ?ISO3} for supply of unknown origin feeding that country's node; {@code role} is what the node does
 * ({@link org.msp.graph.NodeRole}: producer, transit hub, consumer, unknown source), so that a country that
 * only passes on its imports reads as a transit hub, never as a producer.
 */
@Command(name = "chokepoints", mixinStandardHelpOptions = true,
        description = "Single points of failure, largest losses and minimum cuts of a consumer's supply, "
                + "or the world's transit hubs.")
final class ChokepointsCommand extends MspCommand {
    @Option(names = "--mineral", required = true, paramLabel = "M", description = "The mineral.")
    String mineral;

    @Option(names = "--consumer", paramLabel = "ISO3", description = "The consuming country (default: the world).")
    String consumer;

    @Option(names = "--year", paramLabel = "Y", description = "Year (default: the dataset's latest year with trade).")
    Integer year;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many removal impacts or transit hubs to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** Creates the command; picocli fills its options. */
    ChokepointsCommand() {
    }

    @Override
    int run() {
        if (top < 1) {
            throw new MspCommand.UsageException("--top must be at least 1, not " + top);
        }
        Dataset d = dataset();
        String m = Arguments.mineral(d, mineral);
        int y = Arguments.year(d, year);
        String c = consumer == null ? null : Arguments.country(d, consumer);
        Arguments.requireTrade(d, y, List.of(m));
        SupplyNetwork net = networks().of(y, m);
        Table t = Table.of(Table.text("mineral"), Table.text("consumer"), Table.text("country"), Table.text("stage"),
                Table.text("kind"), Table.share("supply_lost_share"), Table.text("role"));
        if (c == null) {
            for (Chokepoint cp : Chokepoints.betweenness(net).top(top)) {
                row(t, net, m, "world", cp);
            }
        } else {
            Node node = Arguments.consumerNode(net, c, m);
            ConsumerChokepoints cc = Chokepoints.of(net, node);
            cc.dominators().dominators().forEach(cp -> row(t, net, m, c, cp));
            cc.removalImpact().top(top).forEach(cp -> row(t, net, m, c, cp));
            cc.minimumCut().members().forEach(cp -> row(t, net, m, c, cp));
        }
        t.print(format, out());
        if (c == null) {
            coverage(format, net, java.util.List.of(m));
        } else {
            coverage(format, net, Arguments.consumerNode(net, c, m));
        }
        return 0;
    }

    private static void row(Table t, SupplyNetwork net, String mineral, String consumer, Chokepoint cp) {
        t.add(mineral, consumer, Arguments.holder(cp.node()), cp.node().stage().id(),
                cp.kind().name().toLowerCase(Locale.ROOT), cp.shareLost(), net.role(cp.node()).toString());
    }
}
