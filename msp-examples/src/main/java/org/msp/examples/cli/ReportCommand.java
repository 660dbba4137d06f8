package org.msp.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.msp.examples.report.Background;
import org.msp.examples.report.DemandOutlookEffects;
import org.msp.examples.report.HtmlReport;
import org.msp.examples.report.ReportViews;
import org.msp.examples.report.StateOfSupply;
import org.msp.model.Dataset;
import org.msp.model.Demand;
import org.msp.model.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msp report [--year Y] [--out DIR]}: the main job. Prints the state of critical-mineral supply for the
 * year ({@link StateOfSupply#summary()}: the most concentrated minerals and stages, the main chokepoints, the
 * dependence of the MSP partners on foreign entities of concern, the effect of the export restrictions in the
 * dataset) and writes {@code DIR/report.html} ({@link HtmlReport}).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "The state of critical-mineral supply for a year: a terminal summary and DIR/report.html.")
final class ReportCommand extends MspCommand {
    @Option(names = "--year", paramLabel = "Y", description = "Year (default: the dataset's latest year with trade).")
    Integer year;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "msp-report",
            description = "Directory for report.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--mineral", paramLabel = "M",
            description = "Mineral of the flow diagram (default: the traded mineral that passes the largest share "
                    + "of its supply from one stage to the next).")
    String mineral;

    @Option(names = "--partners", paramLabel = "GROUP", defaultValue = StateOfSupply.DEFAULT_PARTNERS,
            description = "Id of the partner group (default: ${DEFAULT-VALUE}).")
    String partners;

    @Option(names = "--concern", paramLabel = "GROUP", defaultValue = StateOfSupply.DEFAULT_CONCERN,
            description = "Id of the group of concern (default: ${DEFAULT-VALUE}).")
    String concern;

    @Option(names = "--demand", paramLabel = "SCENARIO:YEAR",
            description = "Demand scenario of the outlook section, e.g. NZE:2040 (default: STEPS and its first "
                    + "projected year after the report's year, when the dataset has it).")
    String demand;

    @Option(names = "--map", paramLabel = "MINERAL[:STAGE]",
            description = "Mineral (and stage) of the world map of production shares (default: the flow diagram's "
                    + "mineral at its first stage with production).")
    String map;

    /** Creates the command; picocli fills its options. */
    ReportCommand() {
    }

    @Override
    int run() throws Exception {
        Dataset d = dataset();
        int y = Arguments.year(d, year);
        Arguments.requireProduction(d, y);
        String m = mineral == null ? null : Arguments.mineral(d, mineral);
        // The demand outlook needs nothing of the state of supply: computed alongside it.
        Background<Optional<DemandOutlookEffects>> outlookAhead = Background.start(() -> demandOutlook(d, y));
        StateOfSupply state = StateOfSupply.of(networks(), y, m, partners, concern);
        Optional<DemandOutlookEffects> outlook = outlookAhead.join();
        String mapMineral = null;
        Stage mapStage = null;
        if (map != null) {
            String[] parts = map.split(":", 2);
            mapMineral = Arguments.mineral(d, parts[0].strip());
            if (parts.length == 2) {
                try {
                    mapStage = Stage.parse(parts[1].strip());
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--map: " + e.getMessage());
                }
            }
        }
        ReportViews views;
        try {
            views = ReportViews.of(networks(), state, mapMineral, mapStage);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--map: " + e.getMessage());
        }
        Files.createDirectories(out);
        Path file = out.resolve("report.html");
        Files.writeString(file, HtmlReport.render(state, outlook, Optional.of(views)), StandardCharsets.UTF_8);
        out().print(state.summary());
        outlook.ifPresent(o -> out().print("\n" + o.summary()));
        out().println();
        for (StateOfSupply.ConversionAssumption a : state.conversions()) {
            out().println("assumption: " + a.conversion());
            a.moves().forEach(mv -> out().println("  sensitivity: " + mv));
        }
        if (networks().unreportedTrade()) {
            out().println("assumption: ore and intermediates that no trade figure explains move between countries "
                    + "as a pooled world market (inferred edges; --no-unreported-trade to leave them unknown)");
        }
        out().println("Report written to " + file);
        out().flush();
        return 0;
    }

    /** Returns the demand-outlook section of {@code --demand}, or of STEPS by default when the dataset has it. */
    private Optional<DemandOutlookEffects> demandOutlook(Dataset d, int y) {
        String scenario = "steps";
        Integer at = null;
        if (demand != null) {
            String[] parts = demand.split(":", -1);
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                scenario = parts[0].strip().toLowerCase(Locale.ROOT);
                at = Integer.parseInt(parts[1].strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--demand: expected SCENARIO:YEAR such as STEPS:2030, got '" + demand + "'");
            }
        } else {
            String s = scenario;
            at = d.demands().stream().filter(x -> x.isWorld() && x.isAllUses()
                    && x.scenario().equals(Optional.of(s)) && x.year() > y).map(Demand::year).min(Integer::compare)
                    .orElse(null);
            if (at == null) {
                return Optional.empty();
            }
        }
        Optional<DemandOutlookEffects> o = DemandOutlookEffects.of(networks(), y, scenario, at, partners);
        if (o.isEmpty() && demand != null) {
            throw new UsageException("--demand: the dataset has no world demand projection under "
                    + scenario.toUpperCase(Locale.ROOT) + " in " + at);
        }
        return o;
    }
}
