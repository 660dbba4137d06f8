package org.msp.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.examples.SmallDataset;
import org.msp.graph.concentration.SupplyRiskAssessment;

class SupplyRiskSectionTest {
    @Test
    void world_sectionListsTheHighestScoresAndTheAssumptions() {
        Networks n = Networks.of(Datasets.world());
        SupplyRiskSection s = SupplyRiskSection.of(n, 2024);
        SupplyRiskAssessment top = s.survey().ranked().get(0);
        String summary = s.summary();
        assertTrue(summary.contains("EU supply risk (JRC 2017 method), highest first"), summary);
        assertTrue(summary.contains(String.format(java.util.Locale.ROOT, "  %-22s SR %5.2f", top.mineral(),
                top.supplyRisk().getAsDouble())), summary);
        assertTrue(summary.contains("assumed: SI_SR = 1.0"), summary);
        String html = s.html();
        assertTrue(html.contains("<table id=\"supply-risk\">"), html);
        assertEquals(s.survey().ranked().size(), html.split("<tr><td>", -1).length - 1);
        assertTrue(html.contains("<tr><td>gallium</td>"), html);
        assertTrue(html.contains("t_c: CHN 1.10 at refining"), html);
    }

    @Test
    void smallDataset_withoutGovernanceScores_saysWhyEveryMineralIsUndetermined() {
        StateOfSupply state = HtmlReportTest.state(SmallDataset.dataset());
        assertTrue(state.supplyRisk().survey().ranked().isEmpty());
        assertTrue(state.summary().contains("undetermined (no governance scores in the dataset): "), state.summary());
        String html = HtmlReport.render(state);
        assertTrue(html.contains("<h2>EU supply risk</h2>"), html);
        assertTrue(html.contains("Undetermined (no governance scores in the dataset)"), html);
    }
}
