package org.msp.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.msp.world.Datasets;
import org.msp.examples.report.Networks;
import org.msp.io.DatasetJson;
import org.msp.model.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code msp} command line: the state of critical-mineral supply ({@code msp report}) and one command per
 * analysis (concentration, reliance, dependency, chokepoints, scenario, montecarlo, export).
 *
 * <p>Every command reads the embedded world dataset ({@link Datasets#world()}) unless {@code --dataset FILE}
 * names a dataset in the library's JSON format ({@link DatasetJson}). Errors are one line on standard error
 * and a non-zero exit code: {@value #EXIT_ERROR} for bad data or an analysis that cannot run (a dataset file's problems follow, one a
 * line), {@value #EXIT_USAGE} for bad arguments, including a year without the data the command needs (the message
 * lists the years that have it) and a mistyped name (the message names the nearest); {@code --verbose} adds the
 * stack trace.
 *
 * <pre>{@code
 * java -jar msp-examples/target/msp.jar report --year 2024 --out build/report
 * java -jar msp-examples/target/msp.jar concentration --stage refining --format csv
 * }</pre>
 *
 * <p>Use {@link #commandLine()} (as {@link #main} does) to get the one-line handling of bad arguments; a plain
 * {@code new CommandLine(new Msp())} runs the same commands with picocli's default usage message.
 */
@Command(name = "msp", mixinStandardHelpOptions = true, versionProvider = Msp.Version.class,
        description = "Critical-mineral supply chains: concentration, import reliance, look-through dependency, "
                + "chokepoints, disruption scenarios and an HTML report, on the embedded world dataset or your own.",
        subcommands = {ReportCommand.class, ConcentrationCommand.class, RelianceCommand.class,
            DependencyCommand.class, ChokepointsCommand.class, ScenarioCommand.class, MonteCarloCommand.class,
            ExportCommand.class, SupplyRiskCommand.class, CommandLine.HelpCommand.class})
public final class Msp implements Callable<Integer> {
    /** Exit code of a run that failed on its data or analysis. */
    public static final int EXIT_ERROR = 1;
    /** Exit code of a run with bad arguments. */
    public static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "A dataset in the library's JSON format (default: the embedded world dataset).")
    Path datasetFile;

    @Option(names = "--conversion", paramLabel = "MINERAL:BASIS=FACTOR", scope = ScopeType.INHERIT,
            description = "Tonnes of content per tonne on another basis, replacing the dataset's factor for that "
                    + "mineral and basis (or giving one it lacks), e.g. cobalt:gross_weight=0.70 (repeatable).")
    List<String> conversions = new ArrayList<>();

    @Option(names = "--no-dataset-conversions", scope = ScopeType.INHERIT,
            description = "Do not apply the dataset's basis conversion factors (on the embedded dataset: lithium "
                    + "carbonate, arsenic trioxide, cobalt oxides, manganese ore, ferroniobium, ferrovanadium, the "
                    + "HS 811292 gallium basket); a mineral whose figures mix bases then needs --conversion.")
    boolean noDatasetConversions;

    @Option(names = "--no-unreported-trade", scope = ScopeType.INHERIT,
            description = "Do not infer unreported cross-border trade (surplus ore allocated to refiners short of "
                    + "input, in proportion): what a country's own pool does not cover stays of unknown origin.")
    boolean noUnreportedTrade;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    boolean verbose;

    private Dataset dataset;

    /** Creates the top-level command; picocli fills its options. */
    public Msp() {
    }

    /**
     * Runs the command line and exits with its exit code. Started with {@code java -jar msp.jar} and the build's
     * class archive beside the jar, it runs the command in a JVM that uses the archive ({@link MspLauncher}).
     * When the command will read the embedded dataset, a
     * second thread starts loading it at once, while picocli builds its model of the commands and parses the
     * arguments (on two cores the two overlap; docs/performance.md gives the times).
     */
    public static void main(String[] args) {
        java.util.OptionalInt relaunched = MspLauncher.relaunch(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        if (readsEmbeddedDataset(args)) {
            Thread load = new Thread(Msp::preload, "msp-dataset-load");
            load.setDaemon(true);
            load.start();
        }
        System.exit(commandLine().execute(args));
    }

    /**
     * Returns true if {@code args} name a command that reads the embedded dataset: a command, no {@code --dataset}
     * and no request for help or the version.
     */
    static boolean readsEmbeddedDataset(String[] args) {
        if (args.length == 0 || args[0].equals("help")) {
            return false;
        }
        for (String a : args) {
            if (a.equals("--dataset") || a.startsWith("--dataset=") || a.equals("-h") || a.equals("--help")
                    || a.equals("-V") || a.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Loads the embedded dataset ahead of the command; a failure is left for the command's own call of
     * {@link Datasets#world()} to report.
     */
    private static void preload() {
        try {
            Datasets.world();
        } catch (RuntimeException | Error e) {
            // reported by the command, which calls Datasets.world() itself
        }
    }

    /**
     * Returns a command line over a new {@link Msp} whose bad-argument message is one line on standard error
     * (exit code {@value #EXIT_USAGE}) instead of the usage help.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Msp());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            err.println("msp: " + oneLine(ex.getMessage()) + suggestions(ex) + " (see '"
                    + c.getCommandSpec().qualifiedName()
                    + " --help')");
            err.flush();
            return EXIT_USAGE;
        });
        return cl;
    }

    /**
     * Returns the "did you mean" hint for an unknown option or command ({@link Names#nearest}): the nearest option
     * names of the command to each unmatched word that starts with a dash, the nearest subcommands to one that does
     * not; the empty string for other mistakes or when nothing is near.
     */
    static String suggestions(CommandLine.ParameterException ex) {
        if (ex.getCommandLine() == null) {
            return "";
        }
        List<String> unmatched = ex instanceof CommandLine.UnmatchedArgumentException u ? u.getUnmatched()
                : ex.getCommandLine().getUnmatchedArguments();
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        java.util.Set<String> near = new java.util.LinkedHashSet<>();
        for (String word : unmatched) {
            if (word.startsWith("-")) {
                String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                near.addAll(Names.nearest(name, spec.optionsMap().keySet()));
            } else if (!spec.subcommands().isEmpty()) {
                near.addAll(Names.nearest(word, spec.subcommands().keySet()));
            }
            if (near.size() >= Names.MAX) {
                break;
            }
        }
        String hint = Names.hint(near.stream().limit(Names.MAX).toList(), true);
        return hint.isEmpty() || ex instanceof CommandLine.UnmatchedArgumentException ? hint
                : hint.substring(0, hint.length() - 1) + " for '" + unmatched.get(0) + "'?";
    }

    /** Without a subcommand: prints the usage help. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /**
     * Returns the dataset of this run: the file given by {@code --dataset}, read once, or the embedded world
     * dataset.
     *
     * @throws org.msp.io.DataFileException if the file cannot be read or is not a valid dataset
     */
    Dataset dataset() {
        if (dataset == null) {
            dataset = datasetFile == null ? Datasets.world() : DatasetJson.read(datasetFile);
        }
        return dataset;
    }

    /**
     * Returns the network factory of this run: the dataset with its own conversion factors (unless
     * {@code --no-dataset-conversions}), the {@code --conversion} factors (which replace the dataset's for the same
     * mineral and basis), inferring unreported trade unless {@code --no-unreported-trade} is given.
     *
     * @throws IllegalArgumentException if a conversion is malformed
     */
    Networks networks() {
        Networks n = Networks.of(dataset()).withUnreportedTrade(!noUnreportedTrade)
                .withDatasetConversions(!noDatasetConversions);
        for (String c : conversions) {
            n = n.withConversion(c);
        }
        return n;
    }

    /** Returns true if {@code --verbose} was given. */
    boolean verbose() {
        return verbose;
    }

    /** Returns the first line of {@code message}, never null. */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    /** The version: the implementation version of the jar, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Msp.class.getPackage().getImplementationVersion();
            return new String[] {"msp " + (v == null ? "(development build)" : v)};
        }
    }
}
