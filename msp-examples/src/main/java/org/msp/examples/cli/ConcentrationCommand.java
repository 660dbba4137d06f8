package org.msp.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.MarketConcentration;
import org.msp.model.Dataset;
import org.msp.model.Production;
import org.msp.model.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msp concentration --stage STAGE [--year Y] [--mineral M ...] [--listed-countries]}: the share of world
 * output of the largest producer and of the three largest, the rest of the world's share, and the
 * Herfindahl–Hirschman index, per mineral at one stage ({@link ConcentrationAlgorithm#ofProduction}: the dataset's
 * preferred production table over the world total its source reports, facilities counted in their country).
 *
 * <p>CSV columns: {@code mineral,stage,year,producers,top1_country,top1_share,top3_share,hhi,
 * rest_of_world_share,hhi_upper,shares_of}; HHI on 0–1, counting the rest of the world as fragmented (a lower
 * bound), {@code hhi_upper} counting it as one supplier; {@code shares_of} is {@code world_total},
 * {@code listed_above_world_total} (the listed countries exceed the reported total: shares of the listed
 * countries, no residual) or {@code listed_countries} (no world total reported: rest of world and
 * {@code hhi_upper} empty). {@code --listed-countries} gives shares of the listed countries for every table.
 * Without {@code --mineral}, every mineral with production at the stage in the year, by mineral id.
 */
@Command(name = "concentration", mixinStandardHelpOptions = true,
        description = "Top-1 and top-3 producer shares of world output, the rest of the world's share and HHI per "
                + "mineral at one stage.")
final class ConcentrationCommand extends MspCommand {
    @Option(names = "--stage", required = true, paramLabel = "STAGE",
            description = "mining, refining, material, component, end_use or recycling.")
    String stage;

    @Option(names = "--year", paramLabel = "Y", description = "Year (default: the dataset's latest year with trade).")
    Integer year;

    @Option(names = "--mineral", paramLabel = "M", arity = "1..*",
            description = "Minerals (default: every mineral with production at the stage).")
    List<String> minerals = new ArrayList<>();

    @Option(names = "--listed-countries",
            description = "Shares of the listed countries only, the rest of the world left out of the denominator.")
    boolean listedCountries;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** Creates the command; picocli fills its options. */
    ConcentrationCommand() {
    }

    @Override
    int run() {
        Dataset d = dataset();
        Stage s = Arguments.stage(stage);
        int y = Arguments.year(d, year);
        List<String> ids = new ArrayList<>();
        if (minerals.isEmpty()) {
            TreeSet<String> withOutput = new TreeSet<>();
            for (Production p : d.productions()) {
                if (p.stage() == s && p.year() == y && p.quantity().tonnes() > 0) {
                    withOutput.add(p.mineral());
                }
            }
            ids.addAll(withOutput);
            if (ids.isEmpty()) {
                throw new MspCommand.UsageException("no production at stage " + s + " in " + y + " in dataset "
                        + d.name() + "; years with production at " + s + ": " + Arguments.years(d.productions()
                                .stream().filter(p -> p.stage() == s && p.quantity().tonnes() > 0)
                                .map(Production::year).toList()));
            }
        } else {
            for (String m : minerals) {
                ids.add(Arguments.mineral(d, m));
            }
        }
        ConcentrationAlgorithm c = listedCountries ? ConcentrationAlgorithm.ofListedCountries(d) : ConcentrationAlgorithm.ofProduction(d);
        Table t = table();
        for (String m : ids) {
            row(t, c.concentration(m, s, y));
        }
        t.print(format, out());
        return 0;
    }

    /** Returns the empty table with the concentration columns. */
    static Table table() {
        return Table.of(Table.text("mineral"), Table.text("stage"), Table.integer("year"), Table.integer("producers"),
                Table.text("top1_country"), Table.share("top1_share"), Table.share("top3_share"), Table.decimal("hhi"),
                Table.share("rest_of_world_share"), Table.decimal("hhi_upper"), Table.text("shares_of"));
    }

    /** Adds one result as a row. */
    static void row(Table t, MarketConcentration r) {
        boolean world = r.isShareOfWorld();
        t.add(r.mineral(), r.stage().id(), r.year(), r.supplierCount(), r.top().country(), r.top().share(),
                r.topShare(3), r.hhi(), world ? r.restOfWorldShare() : null, world ? r.hhiUpperBound() : null,
                r.denominator().name().toLowerCase(java.util.Locale.ROOT));
    }
}
