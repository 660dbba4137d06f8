package org.msp.graph.scenario;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.msp.graph.CrossBorderTrade;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Stage;

/**
 * A shock whose effect the data cannot determine, with the reason: an export ban on a country that has output of a
 * mineral at a stage at which the network carries no cross-border trade of that mineral
 * ({@link CrossBorderTrade#stages(SupplyNetwork, String)}). The ban then acts on no edge and every consumer's
 * figure is unchanged, but that is a gap in the data, not a finding that nobody loses supply.
 *
 * <p>A ban on a country without output at the stage, or at a stage where others' exports are recorded but none of
 * its own, is not undetermined: the data show it exports nothing there. This class is immutable and thread-safe.
 *
 * @param node   the banning country's node whose exports are invisible, e.g. {@code CHN/refining/graphite}
 * @param reason why, in words: the missing trade, where the mineral's trade is recorded (reported trade codes by
 *               stage), the country's share of the stage's throughput in the network (its nodes over every node of
 *               the mineral at the stage but unknown sources), and the stage a ban could be shown at
 */
public record Undetermined(Node node, String reason) {
    /** Checks the record. */
    public Undetermined {
        Objects.requireNonNull(node, "Undetermined.node is null");
        Objects.requireNonNull(reason, "Undetermined.reason is null");
    }

    /**
     * Returns the export bans among {@code shocks} whose effect {@code network} cannot determine, one finding per
     * banning country, mineral and stage, in shock order: the country's nodes of the mineral at the stage (its own
     * and its facilities') have a positive throughput, and no node of the mineral at that stage sends a
     * cross-border edge. Other shocks are ignored. Running time O(bans × minerals × (n + m)).
     *
     * <pre>{@code
     * Undetermined.of(network, List.of(Shock.ExportBan.of("CHN", "graphite", Stage.REFINING)));
     * // [CHN/refining/graphite: no cross-border trade of graphite at refining in the dataset (trade is recorded
     * //  at mining: HS 250490 (graphite)); CHN's refining exports (97.5% of world refining throughput) are
     * //  invisible, so the ban's effect is undetermined; ban CHN/mining/graphite instead]
     * }</pre>
     */
    public static List<Undetermined> of(SupplyNetwork network, Collection<? extends Shock> shocks) {
        Objects.requireNonNull(network, "network");
        List<Undetermined> out = new ArrayList<>();
        TreeSet<Node> seen = new TreeSet<>();
        for (Shock s : shocks) {
            if (!(s instanceof Shock.ExportBan ban)) {
                continue;
            }
            for (String mineral : ban.minerals()) {
                Node node = Node.of(ban.country(), ban.stage(), mineral);
                if (seen.contains(node)) {
                    continue;
                }
                double own = 0;
                double world = 0;
                for (Node v : network.nodes()) {
                    if (v.mineral().equals(mineral) && v.stage() == ban.stage() && !v.isUnknownSource()) {
                        double t = network.throughput(v);
                        world += t;
                        if (network.country(v).filter(ban.country()::equals).isPresent()) {
                            own += t;
                        }
                    }
                }
                if (!(own > 0)) {
                    continue;
                }
                SortedSet<Stage> traded = CrossBorderTrade.stages(network, mineral);
                if (traded.contains(ban.stage())) {
                    continue;
                }
                seen.add(node);
                out.add(new Undetermined(node, reason(network, mineral, ban, traded, own / world)));
            }
        }
        return ImmutableList.copyOf(out);
    }

    private static String reason(SupplyNetwork network, String mineral, Shock.ExportBan ban, SortedSet<Stage> traded,
            double share) {
        String stage = ban.stage().id();
        StringBuilder b = new StringBuilder("no cross-border trade of ").append(mineral).append(" at ").append(stage)
                .append(" in the dataset");
        if (traded.isEmpty()) {
            b.append(" (none of ").append(mineral).append(" at any stage)");
        } else {
            SortedMap<Stage, SortedSet<String>> tables = CrossBorderTrade.reportedTables(network, mineral);
            List<String> where = new ArrayList<>();
            for (Stage t : traded) {
                SortedSet<String> codes = tables.get(t);
                where.add(t.id() + (codes == null || codes.isEmpty() ? " (inferred only)"
                        : ": " + String.join(", ", codes)));
            }
            b.append(" (trade is recorded at ").append(String.join("; ", where)).append(")");
        }
        b.append(String.format(Locale.ROOT, "; %s's %s exports (%.1f%% of world %s throughput) are invisible, "
                + "so the ban's effect is undetermined", ban.country(), stage, 100 * share, stage));
        if (!traded.isEmpty()) {
            b.append("; ban ").append(ban.country()).append('/').append(traded.last().id()).append('/')
                    .append(mineral).append(" instead");
        }
        return b.toString();
    }

    /** Returns e.g. {@code "CHN/refining/graphite: no cross-border trade of graphite at refining ..."}. */
    @Override
    public String toString() {
        return node + ": " + reason;
    }
}
