package org.msp.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.msp.examples.SmallDataset;
import org.msp.graph.diversification.BlocChokepoint;
import org.msp.graph.diversification.RestrictionEffect;
import org.msp.model.Dataset;

class HtmlReportTest {
    static StateOfSupply state(Dataset d) {
        return StateOfSupply.of(Networks.of(d), SmallDataset.YEAR, null, StateOfSupply.DEFAULT_PARTNERS,
                StateOfSupply.DEFAULT_CONCERN);
    }

    @Test
    void render_selfContainedDeterministicAndEscaped() {
        Dataset d = SmallDataset.dataset().toBuilder().name("small <lithium> & co").build();
        String a = HtmlReport.render(state(d));
        assertEquals(a, HtmlReport.render(state(d)), "same state, same bytes");
        assertFalse(a.contains("<script"), "no script");
        assertFalse(a.contains("http://") && !a.contains("xmlns=\"http://www.w3.org/2000/svg\""), "nothing fetched");
        assertFalse(a.matches("(?s).*(src|href)=\"https?:.*"), "no external resource");
        assertTrue(a.contains("small &lt;lithium&gt; &amp; co"), "dataset name escaped");
        assertTrue(a.contains("<svg id=\"concentration-chart\""));
        assertTrue(a.contains("<svg id=\"flow-chart\""));
        assertTrue(a.contains("<td>cn-li-ban</td>"), "the restriction table");
        assertTrue(a.contains("as a pooled world market (inferred, unreported trade)"), "the inference stated");
        StateOfSupply conservative = StateOfSupply.of(Networks.of(d).withUnreportedTrade(false), SmallDataset.YEAR,
                null, StateOfSupply.DEFAULT_PARTNERS, StateOfSupply.DEFAULT_CONCERN);
        assertFalse(HtmlReport.render(conservative).contains("pooled world market"));
    }

    @Test
    void state_smallDataset_figuresByHand() {
        StateOfSupply s = state(SmallDataset.dataset());
        assertEquals("lithium", s.concentration().get(0).mineral());
        assertEquals(0.58, s.concentration().get(0).hhi(), 1e-9);
        BlocChokepoint c = s.chokepoints().get(0);
        assertEquals("CHN/refining/lithium", c.node().toString());
        // partners keep AUS 8,000 (ore not shipped), JPN 20,000, KOR 35,000, USA 10,000; China's refinery feeds
        // 50,000 of it
        assertEquals(73_000, c.blocSupply(), 1e-6);
        assertEquals(50_000 / 73_000.0, c.shareLost(), 1e-9);
        RestrictionEffect r = s.restrictions().get(0);
        assertEquals(2, r.consumersHit());
        assertEquals(50_000, r.lostNoReroute(), 1e-6);
        assertTrue(s.summary().contains("cn-li-ban (ban by CHN on lithium/refining): 2 consumers lose 50,000 t"),
                s.summary());
        assertTrue(s.notes().isEmpty(), s.notes().toString());
    }

    @Test
    void state_withoutGroups_notesInsteadOfSections() {
        Dataset d = SmallDataset.dataset();
        StateOfSupply s = StateOfSupply.of(Networks.of(d), SmallDataset.YEAR, null, "g7", "none");
        assertTrue(s.chokepoints().isEmpty());
        assertEquals(2, s.notes().size(), s.notes().toString());
        assertTrue(s.notes().get(0).contains("no group 'g7'"));
        assertFalse(HtmlReport.render(s).contains("id=\"chokepoints\""));
    }
}
