package org.msp.examples.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.msp.graph.concentration.StageRisk;
import org.msp.graph.concentration.SupplyRiskAssessment;
import org.msp.graph.concentration.SupplyRiskScore;
import org.msp.graph.concentration.SupplyRiskSurvey;

/**
 * The report's section on the EU supply risk (JRC 2017) of every mineral ({@link SupplyRiskSurvey}): the
 * terminal lines and the HTML of the section, with what was assumed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param survey the survey of the report's dataset and year
 */
public record SupplyRiskSection(SupplyRiskSurvey survey) {
    /** How many minerals the terminal summary lists. */
    public static final int SHOWN = 12;

    public SupplyRiskSection {
        Objects.requireNonNull(survey, "survey");
    }

    /** Returns the section of the networks' dataset in {@code year}, with their basis conversions. */
    public static SupplyRiskSection of(Networks networks, int year) {
        return new SupplyRiskSection(SupplyRiskSurvey.of(networks.dataset(), year, networks.contentFactors()));
    }

    /** Returns the terminal lines: the highest scores, the count at or above 1, the undetermined, the assumptions. */
    public String summary() {
        List<SupplyRiskAssessment> ranked = survey.ranked();
        long above = ranked.stream().filter(a -> a.result().orElseThrow().isAboveThreshold()).count();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%nEU supply risk (JRC 2017 method), highest first: %d minerals scored, %d at or above 1, "
                        + "%d undetermined%n", ranked.size(), above, survey.undetermined().size()));
        for (SupplyRiskAssessment a : ranked.subList(0, Math.min(SHOWN, ranked.size()))) {
            SupplyRiskScore r = a.result().orElseThrow();
            b.append(String.format(Locale.ROOT, "  %-22s SR %5.2f at %-9s EU sourcing %s%n", a.mineral(),
                    r.supplyRisk(), r.bottleneckStage().id(), a.bottleneckFromTrade()
                            ? String.format(Locale.ROOT, "from trade, IR %.0f%%", 100 * r.bottleneck().importReliance())
                            : "= global mix (no EU trade)"));
        }
        undeterminedByReason().forEach((why, minerals) -> b.append("  undetermined (").append(why).append("): ")
                .append(String.join(", ", minerals)).append('\n'));
        for (String s : survey.assumptions()) {
            b.append("  assumed: ").append(s).append('\n');
        }
        b.append("  (msp supply-risk lists every mineral with what it lacked)\n");
        return b.toString();
    }

    /** Returns the HTML of the section: an {@code <h2>}, a note on the method and a table of every mineral. */
    public String html() {
        StringBuilder h = new StringBuilder();
        h.append("<h2>EU supply risk</h2>\n<p class=\"note\">JRC 2017 method (EU critical raw materials lists of 2020 "
                + "and 2023): SR = [HHI<sub>WGI,t</sub>(global supply) · IR/2 + HHI<sub>WGI,t</sub>(EU sourcing) · "
                + "(1 − IR/2)] · (1 − EoL-RIR) · SI<sub>SR</sub>, at mining and refining; the higher stage counts. "
                + "SR ≥ 1 is the EU's supply-risk threshold. Computed from this dataset, so comparable with the EU "
                + "lists in order and class, not to the decimal.</p>\n<ul class=\"note\">\n");
        for (String s : survey.assumptions()) {
            h.append("<li>").append(HtmlReport.esc(s)).append("</li>\n");
        }
        h.append("</ul>\n<table id=\"supply-risk\"><tr><th>mineral</th><th>SR</th><th>bottleneck</th>"
                + "<th>HHI<sub>WGI,t</sub> global</th><th>HHI<sub>WGI,t</sub> EU sourcing</th><th>IR</th>"
                + "<th>EU sourcing</th><th>assumed</th></tr>\n");
        for (SupplyRiskAssessment a : survey.ranked()) {
            SupplyRiskScore r = a.result().orElseThrow();
            StageRisk s = r.bottleneck();
            boolean trade = a.bottleneckFromTrade();
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td class=\"n\">%s%.2f%s</td><td>%s</td>"
                    + "<td class=\"n\">%.2f</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td>%s</td><td>%s</td>"
                    + "</tr>%n", HtmlReport.esc(a.mineral()), r.isAboveThreshold() ? "<b>" : "", r.supplyRisk(),
                    r.isAboveThreshold() ? "</b>" : "", s.stage().id(), s.hhiWgiGlobal(),
                    trade ? String.format(Locale.ROOT, "%.2f", s.hhiWgiEu()) : "–",
                    trade ? String.format(Locale.ROOT, "%.0f%%", 100 * s.importReliance()) : "–",
                    trade ? "EU production and extra-EU trade" : "global mix (no EU trade)",
                    HtmlReport.esc(String.join("; ", a.assumptions()))));
        }
        h.append("</table>\n");
        undeterminedByReason().forEach((why, minerals) -> h.append("<p class=\"note\">Undetermined (")
                .append(HtmlReport.esc(why)).append("): ").append(HtmlReport.esc(String.join(", ", minerals)))
                .append(".</p>\n"));
        return h.toString();
    }

    /** Returns the undetermined minerals grouped by the reason, reasons and minerals sorted. */
    private java.util.SortedMap<String, List<String>> undeterminedByReason() {
        java.util.SortedMap<String, List<String>> m = new java.util.TreeMap<>();
        for (SupplyRiskAssessment a : survey.undetermined()) {
            String why = a.assumptions().isEmpty() ? "no reason given" : a.assumptions().get(0);
            m.computeIfAbsent(why, k -> new java.util.ArrayList<>()).add(a.mineral());
        }
        return m;
    }

    /** Returns one line: the year and the counts. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SupplyRiskSection[%d: %d scored, %d undetermined]", survey.year(),
                survey.ranked().size(), survey.undetermined().size());
    }
}
