package org.msp.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.scenario.MonteCarlo;
import org.msp.graph.scenario.MonteCarloCluster;
import org.msp.graph.scenario.ShortfallDistributions;
import org.msp.graph.scenario.ProgressListener;
import org.msp.graph.scenario.RandomShock;
import org.msp.graph.scenario.ShortfallDistribution;
import org.msp.graph.scenario.Stockpiles;
import org.msp.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msp montecarlo --shock ISO3[/STAGE]/MINERAL=PROBABILITY ... --trials N --seed S [--threads T]}: the
 * distribution of each consumer's shortfall when each export ban strikes independently with its probability
 * ({@link MonteCarlo}, no re-routing). The same seed gives the same figures whatever the number of threads, and
 * with {@code --spark MASTER} (msp-spark on the class path, {@link MonteCarloCluster}) on Apache Spark.
 *
 * <p>CSV columns: {@code consumer,mineral,mean_shortfall_share,p50_shortfall_share,p95_shortfall_share,
 * p99_shortfall_share,prob_any_shortfall}. Rows: the consumers at risk, the largest mean shortfall first
 * ({@code --all}: every consumer, by mineral then country; a consumer without supply, or losing nothing of a mineral
 * whose ban the data cannot see, shows "-"). Each undetermined ban is stated in a note. On a terminal a progress
 * bar runs on standard error.
 */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
        description = "Random export bans: the distribution of each consumer's shortfall over many trials.")
final class MonteCarloCommand extends MspCommand {
    @Option(names = "--shock", required = true, arity = "1..*", paramLabel = "ISO3[/STAGE]/MINERAL=P",
            description = "An export ban that strikes with probability P (0 to 1) in each trial.")
    List<String> shocks = new ArrayList<>();

    @Option(names = "--trials", required = true, paramLabel = "N", description = "Number of trials.")
    long trials;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "Seed of the random numbers.")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all processors).")
    Integer threads;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "Run the trials on Apache Spark at this master URL (local[*], spark://host:port); needs "
                    + "msp-spark on the class path (see docs/spark.md). The figures equal those of a local run.")
    String spark;

    @Option(names = "--year", paramLabel = "Y", description = "Year (default: the dataset's latest year with trade).")
    Integer year;

    @Option(names = "--all", description = "List every consumer, not only those at risk.")
    boolean all;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (default: only on a terminal).")
    Boolean progress;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** Creates the command; picocli fills its options. */
    MonteCarloCommand() {
    }

    @Override
    int run() {
        if (trials < 1) {
            throw new MspCommand.UsageException("--trials must be at least 1, not " + trials);
        }
        if (threads != null && threads < 1) {
            throw new MspCommand.UsageException("--threads must be at least 1, not " + threads);
        }
        MonteCarloCluster cluster = null;
        if (spark != null) {
            cluster = MonteCarloCluster.installed().orElseThrow(() -> new MspCommand.UsageException(
                    "--spark needs msp-spark on the class path: java -cp "
                    + "'msp-spark/target/msp-spark-submit.jar:$SPARK_HOME/jars/*' org.msp.examples.cli.Msp "
                    + "montecarlo ... (see docs/spark.md)"));
        }
        Dataset d = dataset();
        int y = Arguments.year(d, year);
        List<RandomShock> random = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        TreeSet<String> minerals = new TreeSet<>();
        for (String s : shocks) {
            int eq = s.lastIndexOf('=');
            if (eq < 0) {
                throw new MspCommand.UsageException("--shock '" + s
                        + "': expected ISO3[/STAGE]/MINERAL=PROBABILITY, e.g. CHN/refining/gallium=0.1");
            }
            double p;
            try {
                p = Double.parseDouble(s.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new MspCommand.UsageException("--shock '" + s + "': probability '" + s.substring(eq + 1)
                        + "' is not a number");
            }
            if (!(p >= 0 && p <= 1)) {
                throw new MspCommand.UsageException("--shock '" + s + "': probability " + p + " is not in [0, 1]");
            }
            Arguments.Target t = Arguments.target(d, s.substring(0, eq), y, "--shock");
            Arguments.stageNote(d, s.substring(0, eq), t, y).ifPresent(notes::add);
            random.add(RandomShock.exportBan(t.country(), t.mineral(), t.stage(), p));
            minerals.add(t.mineral());
        }
        Arguments.requireTrade(d, y, minerals);
        SupplyNetwork net = networks().of(y, minerals.toArray(String[]::new));
        MonteCarlo mc = MonteCarlo.of(random).withTrials(trials).withSeed(seed)
                .withStockpiles(Stockpiles.from(d, y));
        if (threads != null) {
            mc = mc.withThreads(threads);
        }
        boolean bar = cluster == null && (progress != null ? progress : System.console() != null);
        ProgressBar pb = null;
        if (bar) {
            pb = new ProgressBar(err());
            mc = mc.withListener(pb);
        }
        ShortfallDistributions r = cluster == null ? mc.run(net) : cluster.run(mc, net, spark);
        if (pb != null) {
            pb.finish();
        }
        List<ShortfallDistribution> rows = r.distributions();
        if (!all) {
            rows = rows.stream().filter(x -> x.probabilityOfShortfall() > 0)
                    .sorted(Comparator.comparingDouble(ShortfallDistribution::mean).reversed()
                            .thenComparing(ShortfallDistribution::mineral).thenComparing(ShortfallDistribution::country))
                    .toList();
        }
        Table t = Table.of(Table.text("consumer"), Table.text("mineral"), Table.share("mean_shortfall_share"),
                Table.share("p50_shortfall_share"), Table.share("p95_shortfall_share"),
                Table.share("p99_shortfall_share"), Table.share("prob_any_shortfall"));
        java.util.Set<String> blind = new TreeSet<>();
        r.undetermined().forEach(u -> blind.add(u.node().mineral()));
        for (ShortfallDistribution x : rows) {
            // No supply, or no loss of a mineral whose ban the data cannot see: "-", not 0%.
            if (!(x.baseline() > 0) || (blind.contains(x.mineral()) && !(x.probabilityOfShortfall() > 0))) {
                t.add(x.country(), x.mineral(), null, null, null, null, null);
            } else {
                t.add(x.country(), x.mineral(), x.mean(), x.p50(), x.p95(), x.p99(), x.probabilityOfShortfall());
            }
        }
        t.print(format, out());
        notes.forEach(n -> note(format, n));
        r.undetermined().forEach(u -> note(format, "undetermined: " + u));
        return 0;
    }

    /** A one-line text progress bar redrawn with carriage returns. */
    static final class ProgressBar implements ProgressListener {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private int lastPercent = -1;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void progress(long done, long total) {
            int percent = (int) (100 * done / Math.max(1, total));
            if (percent <= lastPercent) {
                return;
            }
            lastPercent = percent;
            int filled = WIDTH * percent / 100;
            err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% %,d/%,d trials", "#".repeat(filled),
                    " ".repeat(WIDTH - filled), percent, done, total));
            err.flush();
        }

        void finish() {
            err.println();
            err.flush();
        }
    }
}
