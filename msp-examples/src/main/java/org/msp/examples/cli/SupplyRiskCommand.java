package org.msp.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.msp.graph.concentration.StageRisk;
import org.msp.graph.concentration.SupplyRiskAssessment;
import org.msp.graph.concentration.SupplyRiskScore;
import org.msp.graph.concentration.SupplyRiskSurvey;
import org.msp.model.Dataset;
import org.msp.model.RecyclingInputRate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msp supply-risk [--year Y]}: the EU supply risk (JRC 2017 method) of every mineral of the dataset,
 * computed by {@link SupplyRiskSurvey} from the dataset's production, EU trade, governance scores, recycling
 * input rates and export restrictions, highest first; minerals that cannot be scored follow by id.
 *
 * <p>CSV columns: {@code mineral,year,supply_risk,bottleneck,sr_at_least_1,hhi_wgi_global,hhi_wgi_eu,
 * import_reliance,eu_sourcing,eol_rir,assumed}. {@code eu_sourcing} is {@code trade} where the EU's sourcing
 * and import reliance at the bottleneck stage come from its members' production and extra-EU trade, and
 * {@code global_mix} where the dataset has no EU trade at that stage (import reliance then drops out and is
 * empty); {@code assumed} lists, separated by semicolons, what this mineral lacked and what stood in. What is
 * assumed for every mineral (governance scores, SI_SR = 1, trade factors, the EU's members) is printed as
 * notes on standard error.
 */
@Command(name = "supply-risk", mixinStandardHelpOptions = true,
        description = "EU supply risk (JRC 2017) of every mineral, with the bottleneck stage and what was assumed.")
final class SupplyRiskCommand extends MspCommand {
    @Option(names = "--year", paramLabel = "Y", description = "Year (default: the dataset's latest year with trade).")
    Integer year;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** Creates the command; picocli fills its options. */
    SupplyRiskCommand() {
    }

    @Override
    int run() {
        Dataset d = dataset();
        int y = Arguments.year(d, year);
        Arguments.requireProduction(d, y);
        SupplyRiskSurvey s = SupplyRiskSurvey.of(d, y, networks().contentFactors());
        for (String a : s.assumptions()) {
            err().println("msp supply-risk: note: " + a);
        }
        err().flush();
        Table t = table();
        List<SupplyRiskAssessment> rows = new ArrayList<>(s.ranked());
        rows.addAll(s.undetermined());
        for (SupplyRiskAssessment a : rows) {
            row(t, d, a);
        }
        t.print(format, out());
        return 0;
    }

    /** Returns the empty table with the supply-risk columns. */
    static Table table() {
        return Table.of(Table.text("mineral"), Table.integer("year"), Table.decimal("supply_risk"),
                Table.text("bottleneck"), Table.text("sr_at_least_1"), Table.decimal("hhi_wgi_global"),
                Table.decimal("hhi_wgi_eu"), Table.share("import_reliance"), Table.text("eu_sourcing"),
                Table.share("eol_rir"), Table.text("assumed"));
    }

    /** Adds one assessment as a row. */
    static void row(Table t, Dataset d, SupplyRiskAssessment a) {
        Double eol = d.recyclingInputRate(SupplyRiskSurvey.EU_REGION, a.mineral()).map(RecyclingInputRate::rate)
                .orElse(null);
        if (a.result().isEmpty()) {
            t.add(a.mineral(), a.year(), null, null, null, null, null, null, null, eol, assumed(a));
            return;
        }
        SupplyRiskScore r = a.result().get();
        StageRisk b = r.bottleneck();
        boolean trade = a.bottleneckFromTrade();
        t.add(a.mineral(), a.year(), r.supplyRisk(), b.stage().id(), r.isAboveThreshold() ? "yes" : "no",
                b.hhiWgiGlobal(), b.hhiWgiEu(), trade ? b.importReliance() : null, trade ? "trade" : "global_mix",
                eol, assumed(a));
    }

    /** Returns the mineral's assumptions in a few words each, joined by semicolons. */
    static String assumed(SupplyRiskAssessment a) {
        List<String> out = new ArrayList<>();
        for (String s : a.assumptions()) {
            if (s.startsWith("EoL_RIR")) {
                out.add("EoL_RIR 0 (no rate)");
            } else if (s.contains("EU sourcing taken as the global supply mix")) {
                out.add(s.substring(0, s.indexOf(':')) + " EU sourcing = global mix ("
                        + (s.contains("no trade of") ? "no trade code"
                        : s.contains("different bases") ? "bases without a conversion"
                        : s.contains("neither produces") ? "no EU production or imports" : "no EU group")
                        + ")");
            } else if (s.startsWith("WGI: no score for ")) {
                out.add("WGI median for " + s.substring("WGI: no score for ".length(), s.indexOf(';')));
            } else if (s.startsWith("t_c: ")) {
                out.add(s.substring(0, s.indexOf(" (")));
            } else if (!a.isDetermined()) {
                out.add("undetermined: " + s);
            }
        }
        return String.join("; ", out);
    }
}
