package org.msp.examples.cli;

import java.util.List;
import java.util.Set;
import org.msp.graph.dependency.MainImportSource;
import org.msp.graph.dependency.RelianceAnswer;
import org.msp.graph.dependency.RelianceAnswers;
import org.msp.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msp reliance --country ISO3 [--year Y] [--mineral ID]}: the net import reliance of one country on each
 * mineral it has a published reliance for, produces, trades or consumes in the year ({@link RelianceAnswers}):
 * the USGS's published figure as the headline where the dataset has one, the figure computed from production,
 * trade, stocks and consumption beside it, the main import source and the days of consumption stocks cover.
 *
 * <p>CSV columns: {@code country,mineral,year,net_import_reliance,reliance,reliance_source,computed,
 * computed_method,note,main_source,main_source_share,main_source_from,days_of_cover}.
 * {@code net_import_reliance} is the headline as a fraction (empty for E, W, NA, bounds and undetermined
 * figures); {@code reliance} is the headline in the USGS's form ({@code 43%}, {@code >50%}, {@code E},
 * {@code W}); {@code computed} is the computed figure ({@code 38%}, bounds {@code 0–100%}, {@code E},
 * {@code undetermined}); {@code note} says why the two differ by more than 10 points, or why the computation
 * is undetermined. With {@code --mineral}, the one answer is printed in full.
 */
@Command(name = "reliance", mixinStandardHelpOptions = true,
        description = "Net import reliance of a country: the USGS's published figure, the computed one beside it, "
                + "the main import source.")
final class RelianceCommand extends MspCommand {
    @Option(names = "--country", required = true, paramLabel = "ISO3", description = "The importing country.")
    String country;

    @Option(names = "--year", paramLabel = "Y", description = "Year (default: the dataset's latest year with trade).")
    Integer year;

    @Option(names = "--mineral", paramLabel = "ID", description = "Only this mineral, printed in full.")
    String mineral;

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
        RelianceAnswers answers = RelianceAnswers.of(d, networks().contentFactors());
        List<RelianceAnswer> rows;
        if (mineral != null) {
            String m = Arguments.mineral(d, mineral);
            Set<Integer> ys = Arguments.yearsWithData(d, c, m);
            if (!ys.contains(y)) {
                throw new MspCommand.UsageException(c + " has no published reliance, production or trade of " + m
                        + " in " + y + " in dataset " + d.name() + "; years with " + c + " " + m + " data: "
                        + Arguments.years(ys));
            }
            rows = List.of(answers.answer(c, m, y));
            if (format == OutputFormat.TABLE) {
                out().println(rows.get(0));
                out().flush();
                return 0;
            }
        } else {
            rows = answers.answers(c, y);
        }
        if (rows.isEmpty()) {
            throw new MspCommand.UsageException(c + " has no published reliance, production, trade or consumption in "
                    + y + " in dataset " + d.name() + "; years with " + c + " data: "
                    + Arguments.years(Arguments.yearsWithData(d, c, null)));
        }
        Table t = format == OutputFormat.TABLE ? compactTable() : table();
        rows.forEach(a -> {
            if (format == OutputFormat.TABLE) {
                compactRow(t, a);
            } else {
                row(t, a);
            }
        });
        t.print(format, out());
        return 0;
    }

    /** Returns the empty table with the reliance columns. */
    static Table table() {
        return Table.of(Table.text("country"), Table.text("mineral"), Table.integer("year"),
                Table.share("net_import_reliance"), Table.text("reliance"), Table.text("reliance_source"),
                Table.text("computed"), Table.text("computed_method"), Table.text("note"), Table.text("main_source"),
                Table.share("main_source_share"), Table.text("main_source_from"), Table.decimal("days_of_cover"));
    }

    /** Returns the table printed on screen: the method and the source labels are left to CSV and JSON. */
    static Table compactTable() {
        return Table.of(Table.text("country"), Table.text("mineral"), Table.integer("year"), Table.text("reliance"),
                Table.text("source"), Table.text("computed"), Table.text("main_source"), Table.share("share"),
                Table.text("from"), Table.decimal("days_of_cover"), Table.text("note"));
    }

    /** Adds one answer as a row of {@link #compactTable()}. */
    static void compactRow(Table t, RelianceAnswer a) {
        MainImportSource s = a.mainSource().orElse(null);
        t.add(a.country(), a.mineral(), a.year(), a.headline(), abbreviate(a.headlineSource()), a.computed().text(),
                s == null ? null : s.exporter(), s == null ? null : s.share(),
                s == null ? null : s.published() ? "published" : "trade",
                a.daysOfCover().isPresent() ? a.daysOfCover().getAsDouble() : null, a.note());
    }

    private static String abbreviate(String source) {
        return source.replace("USGS Mineral Commodity Summaries", "USGS MCS");
    }

    /** Adds one answer as a row. */
    static void row(Table t, RelianceAnswer a) {
        MainImportSource s = a.mainSource().orElse(null);
        t.add(a.country(), a.mineral(), a.year(), a.headlineShare().isPresent() ? a.headlineShare().getAsDouble() : null,
                a.headline(), a.headlineSource(), a.computed().text(), a.computed().method(), a.note(),
                s == null ? null : s.exporter(), s == null ? null : s.share(), s == null ? null : s.label(),
                a.daysOfCover().isPresent() ? a.daysOfCover().getAsDouble() : null);
    }
}
