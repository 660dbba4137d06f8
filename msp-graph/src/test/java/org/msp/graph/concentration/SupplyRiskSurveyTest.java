package org.msp.graph.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msp.model.CountryGroup;
import org.msp.model.Dataset;
import org.msp.model.ExportRestriction;
import org.msp.model.Flow;
import org.msp.model.GovernanceScore;
import org.msp.model.Membership;
import org.msp.model.Production;
import org.msp.model.Provenance;
import org.msp.model.RecyclingInputRate;
import org.msp.model.RestrictionKind;
import org.msp.model.Stage;

class SupplyRiskSurveyTest {
    private static final Provenance P = Provenance.user("hand-worked example");

    /**
     * Lithium 2024. WGI 2023 estimates AUS 1.5, CHN −0.5, DEU 1.25, FRA 1.0, GBR 1.0 scale (5 − 2x) to 2, 6, 2.5,
     * 3, 3; ARG has none and gets the median, 3. CHN licenses refined lithium exports to every destination: t 1.1.
     * The EU is DEU and FRA (GBR left in 2020).
     *
     * <p>Mining: AUS 60, CHN 20, ARG 20; no mining trade, so the EU sourcing is the global mix:
     * HHI_WGI = .36·2 + .04·6 + .04·3 = 1.08; SR = 1.08 · (1 − 0.1) = 0.972.
     *
     * <p>Refining: CHN 80, DEU 20: HHI_WGI,t = .64·6·1.1 + .04·2.5 = 4.324. Trade: CHN→DEU 30, CHN→FRA 10,
     * DEU→FRA 15 (inside the EU: nets out), GBR→DEU 10, FRA→GBR 5. EU sourcing DEU 20, CHN 40, GBR 10 of 70:
     * (4·2.5 + 16·6·1.1 + 1·3)/49 = 118.6/49; IR = (50 − 5)/(20 + 50 − 5) = 45/65;
     * SR = (4.324·IR/2 + 118.6/49·(1 − IR/2))·0.9 = 2.771. Bottleneck: refining.
     */
    static Dataset handWorked() {
        return Dataset.builder().countries("ARG", "AUS", "CHN", "DEU", "FRA", "GBR", "EUU").minerals("lithium", "cobalt")
                .add(new CountryGroup("eu", "EU", List.of(Membership.of("DEU", LocalDate.of(1958, 1, 1)),
                        Membership.of("FRA", LocalDate.of(1958, 1, 1)),
                        Membership.of("GBR", LocalDate.of(1973, 1, 1), LocalDate.of(2020, 2, 1))), P))
                .add(GovernanceScore.of("AUS", 2023, 1.5, 5, P)).add(GovernanceScore.of("CHN", 2023, -0.5, 5, P))
                .add(GovernanceScore.of("DEU", 2023, 1.25, 5, P)).add(GovernanceScore.of("FRA", 2023, 1.0, 5, P))
                .add(GovernanceScore.of("GBR", 2023, 1.0, 5, P)).add(GovernanceScore.of("CHN", 2019, 2.0, 5, P))
                .add(RecyclingInputRate.of("EUU", "lithium", 0.1, P))
                .add(ExportRestriction.of("cn-li", "licensing", "CHN", "lithium", Stage.REFINING,
                        RestrictionKind.LICENSING, LocalDate.of(2023, 8, 1), P))
                .add(Production.of("AUS", "lithium", Stage.MINING, 2024, 60, P))
                .add(Production.of("CHN", "lithium", Stage.MINING, 2024, 20, P))
                .add(Production.of("ARG", "lithium", Stage.MINING, 2024, 20, P))
                .add(Production.of("CHN", "lithium", Stage.REFINING, 2024, 80, P))
                .add(Production.of("DEU", "lithium", Stage.REFINING, 2024, 20, P))
                .add(Flow.of("CHN", "DEU", "lithium", Stage.REFINING, 2024, 30, P))
                .add(Flow.of("CHN", "FRA", "lithium", Stage.REFINING, 2024, 10, P))
                .add(Flow.of("DEU", "FRA", "lithium", Stage.REFINING, 2024, 15, P))
                .add(Flow.of("GBR", "DEU", "lithium", Stage.REFINING, 2024, 10, P))
                .add(Flow.of("FRA", "GBR", "lithium", Stage.REFINING, 2024, 5, P))
                .build();
    }

    @Test
    void of_handWorked_everyInputFromTheDataset() {
        SupplyRiskSurvey s = SupplyRiskSurvey.of(handWorked(), 2024);
        assertEquals(2, s.assessments().size());
        SupplyRiskAssessment li = s.assessment("lithium").orElseThrow();
        StageRisk mining = li.result().orElseThrow().stages().get(0);
        assertEquals(Stage.MINING, mining.stage());
        assertEquals(1.08, mining.hhiWgiGlobal(), 1e-12);
        assertEquals(1.08 * 0.9, mining.supplyRisk(), 1e-12);
        StageRisk refining = li.result().orElseThrow().stages().get(1);
        double ir = 45.0 / 65;
        double eu = 118.6 / 49;
        assertEquals(4.324, refining.hhiWgiGlobal(), 1e-12);
        assertEquals(eu, refining.hhiWgiEu(), 1e-12);
        assertEquals(ir, refining.importReliance(), 1e-12);
        assertEquals((4.324 * ir / 2 + eu * (1 - ir / 2)) * 0.9, refining.supplyRisk(), 1e-12);
        assertEquals(2.771, li.supplyRisk().getAsDouble(), 5e-4);
        assertEquals(Stage.REFINING, li.bottleneckStage().orElseThrow());
        assertEquals(List.of(Stage.REFINING), List.copyOf(li.euFromTrade()));
        assertTrue(li.bottleneckFromTrade());
        String text = li.toString();
        assertTrue(text.contains("no trade of lithium at mining in 2024"), text);
        assertTrue(text.contains("WGI: no score for [ARG]; the median 3.00 assumed"), text);
        assertTrue(text.contains("t_c: CHN 1.10 at refining"), text);
        SupplyRiskAssessment co = s.assessment("cobalt").orElseThrow();
        assertFalse(co.isDetermined());
        assertTrue(co.toString().contains("undetermined"), co::toString);
        assertTrue(s.toString().contains("1 minerals scored (1 with SR >= 1), 1 undetermined"), s::toString);
    }

    @Test
    void of_restrictionTargetingAnotherCountry_leavesTheTradeFactorAt1() {
        // the all-destination licence replaced by a ban that targets GBR only: it does not reach the EU
        Dataset noLicence = rebuildWithMeasure(new ExportRestriction("cn-li-gbr", "ban", "CHN",
                ImmutableSortedSet.of("lithium"), Stage.REFINING, RestrictionKind.BAN,
                LocalDate.of(2023, 8, 1), Optional.empty(), ImmutableSortedSet.of("GBR"),
                ImmutableSortedSet.of(), ImmutableSortedSet.of(),
                ImmutableSortedSet.of(), P));
        StageRisk refining = SupplyRiskSurvey.assess(noLicence, "lithium", 2024, Map.of()).result().orElseThrow()
                .stages().get(1);
        assertEquals(.64 * 6 + .04 * 2.5, refining.hhiWgiGlobal(), 1e-12);
    }

    private static Dataset rebuildWithMeasure(ExportRestriction m) {
        Dataset d = handWorked();
        Dataset.Builder b = Dataset.builder().name(d.name());
        d.countries().forEach(b::add);
        d.minerals().forEach(b::add);
        d.groups().forEach(b::add);
        d.governanceScores().forEach(b::add);
        d.recyclingInputRates().forEach(b::add);
        d.productions().forEach(b::add);
        d.flows().forEach(b::add);
        b.add(m);
        return b.build();
    }

    @Test
    void of_noEuGroup_takesTheGlobalMixAndSaysSo() {
        Dataset d = handWorked();
        Dataset.Builder b = Dataset.builder().name(d.name());
        d.countries().forEach(b::add);
        d.minerals().forEach(b::add);
        d.governanceScores().forEach(b::add);
        d.productions().forEach(b::add);
        d.flows().forEach(b::add);
        SupplyRiskSurvey s = SupplyRiskSurvey.of(b.build(), 2024);
        SupplyRiskAssessment li = s.assessment("lithium").orElseThrow();
        assertTrue(li.euFromTrade().isEmpty());
        assertEquals(.64 * 6 + .04 * 2.5, li.supplyRisk().getAsDouble(), 1e-12);
        assertTrue(li.toString().contains("EoL_RIR: no EU rate for lithium"), li::toString);
        assertTrue(s.toString().contains("no group 'eu'"), s::toString);
    }
}
