package org.msp.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.msp.examples.report.HtmlReport;
import org.msp.examples.report.StateOfSupply;
import org.msp.model.Dataset;
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

    /** Creates the command; picocli fills its options. */
    ReportCommand() {
    }

    @Override
    int run() throws Exception {
        Dataset d = dataset();
        int y = Arguments.year(d, year);
        String m = mineral == null ? null : Arguments.mineral(d, mineral);
        StateOfSupply state = StateOfSupply.of(networks(), y, m, partners, concern);
        Files.createDirectories(out);
        Path file = out.resolve("report.html");
        Files.writeString(file, HtmlReport.render(state), StandardCharsets.UTF_8);
        out().print(state.summary());
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
}
