package org.msp.examples.cli;

import java.util.TreeSet;
import org.msp.graph.dependency.NetImportReliance;
import org.msp.graph.dependency.Reliance;
import org.msp.model.Actor;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.Production;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msp reliance --country ISO3 [--year Y]}: the net import reliance of one country on each mineral it
 * produces or trades in the year (USGS definition, {@link NetImportReliance}), at the mineral's default stage,
 * with its main import source.
 *
 * <p>CSV columns: {@code country,mineral,year,net_import_reliance,main_source,main_source_share}; the reliance
 * is a fraction (at most 1, negative for a net exporter) and empty where apparent consumption is not positive.
 * Minerals whose figures cannot be combined (production in contained tonnes, trade in gross weight) are left
 * out with a note on standard error.
 */
@Command(name = "reliance", mixinStandardHelpOptions = true,
        description = "Net import reliance of a country on each mineral it produces or trades, with its main source.")
final class RelianceCommand extends MspCommand {
    @Option(names = "--country", required = true, paramLabel = "ISO3", description = "The importing country.")
    String country;

    @Option(names = "--year", paramLabel = "Y", description = "Year (default: the dataset's latest year with trade).")
    Integer year;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** Creates the command; picocli fills its options. */
    RelianceCommand() {
    }

    @Override
    int run() {
        Dataset d = dataset();
        String c = Arguments.country(d, country);
        int y = Arguments.year(d, year);
        Actor a = Actor.country(c);
        TreeSet<String> minerals = new TreeSet<>();
        for (Production p : d.productions()) {
            if (p.year() == y && p.producer().equals(a)) {
                minerals.add(p.mineral());
            }
        }
        for (Flow f : d.flows()) {
            if (f.year() == y && (f.from().equals(a) || f.to().equals(a))) {
                minerals.add(f.mineral());
            }
        }
        if (minerals.isEmpty()) {
            throw new MspCommand.UsageException(c + " has no production or trade in " + y + " in dataset " + d.name());
        }
        NetImportReliance nir = NetImportReliance.from(d, networks().contentFactors());
        Table t = Table.of(Table.text("country"), Table.text("mineral"), Table.integer("year"),
                Table.share("net_import_reliance"), Table.text("main_source"), Table.share("main_source_share"));
        for (String m : minerals) {
            Reliance r;
            try {
                r = nir.reliance(c, m, y);
            } catch (IllegalArgumentException e) {
                err().println("msp reliance: note: " + m + " left out: " + Msp.oneLine(e.getMessage()));
                continue;
            }
            t.add(c, m, y, r.share().isPresent() ? r.share().getAsDouble() : null, r.mainSource().orElse(null),
                    r.mainSource().isPresent() ? r.mainSourceShare() : null);
        }
        err().flush();
        t.print(format, out());
        return 0;
    }
}
