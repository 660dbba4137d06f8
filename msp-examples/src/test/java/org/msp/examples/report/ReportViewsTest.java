package org.msp.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.graph.dependency.RelianceAnswer;
import org.msp.graph.diversification.BlocCoverage;
import org.msp.graph.diversification.RestrictionEffect;
import org.msp.graph.scenario.ConsumerImpact;
import org.msp.model.Dataset;
import org.msp.model.Stage;
import org.msp.model.WorldTotal;

/** The report's views on the embedded world dataset, 2024. */
class ReportViewsTest {
    static Networks networks;
    static StateOfSupply state;
    static ReportViews views;
    static String page;

    @BeforeAll
    static void compute() {
        networks = Networks.of(Datasets.world());
        state = StateOfSupply.of(networks, 2024, null, StateOfSupply.DEFAULT_PARTNERS, StateOfSupply.DEFAULT_CONCERN);
        views = ReportViews.of(networks, state, "lithium", Stage.MINING);
        page = HtmlReport.render(state, Optional.empty(), Optional.of(views));
    }

    @Test
    void sources_everyEditionWithLicenceAndVintage() {
        ReportViews.SourceRow baci = views.sources().stream().filter(r -> r.source().startsWith("CEPII BACI"))
                .findFirst().orElseThrow(() -> new AssertionError("no BACI row: " + views.sources()));
        assertTrue(baci.licence().contains("Etalab"), baci.toString());
        assertEquals("2024", baci.vintage());
        assertTrue(baci.uses().stream().anyMatch(u -> u.contains("bilateral trade")), baci.uses().toString());
        assertTrue(views.sources().stream().anyMatch(r -> r.source().startsWith("USGS") && r.edition().equals("2026")));
        assertTrue(views.sources().stream().anyMatch(r -> r.source().startsWith("USGS") && r.edition().equals("2023")),
                "the 2021 trend points come from MCS 2023");
        assertTrue(views.sources().stream().anyMatch(r -> r.source().startsWith("IEA")
                && r.vintage().contains("2030") && r.vintage().contains("2040")), views.sources().toString());
        assertTrue(views.sources().stream().anyMatch(r -> r.source().contains("Worldwide Governance")),
                "WGI cited");
        // every row on the page
        for (ReportViews.SourceRow r : views.sources()) {
            assertTrue(page.contains(HtmlReport.esc(r.source())), r.source());
        }
        assertTrue(page.contains("Natural Earth") && page.contains("public domain") && page.contains("ISC"));
    }

    @Test
    void assumptions_galliumBasketBoundAndPriceFloorAndTerminalNotes() {
        String all = views.assumptions().toString();
        assertTrue(all.contains("gallium/refining") && all.contains("upper bound"), all);
        assertTrue(all.contains("50% of the mineral's reference price"), all);
        assertTrue(all.contains("pooled world market"), all);
        assertTrue(all.contains("rest of the world"), all);
        // every note the terminal prints is on the page
        for (String n : state.notes()) {
            assertTrue(page.contains(HtmlReport.esc(n)), n);
        }
        for (StateOfSupply.ConversionAssumption a : state.conversions()) {
            assertTrue(page.contains(HtmlReport.esc(a.conversion().rationale())), a.toString());
            a.moves().forEach(m -> assertTrue(page.contains(HtmlReport.esc(m)), m));
        }
    }

    @Test
    void trend_reportedFromUsgsAndIeaBaseCase() {
        ReportViews.TrendPanel li = views.trend().stream()
                .filter(p -> p.mineral().equals("lithium") && p.stage() == Stage.MINING).findFirst().orElseThrow();
        assertEquals(List.of(2021, 2022, 2023, 2024, 2025), List.copyOf(li.reported().keySet()));
        assertTrue(li.projected().keySet().containsAll(List.of(2030, 2035, 2040)), li.toString());
        assertTrue(li.projectedSource().contains("base case"), li.projectedSource());
        // the 2025 point is the MCS 2026 world total, read here from the dataset's own record
        Dataset d = networks.dataset();
        double mcs2026 = d.worldTotals().stream().filter(w -> w.mineral().equals("lithium")
                && w.stage() == Stage.MINING && w.year() == 2025 && w.provenance().edition().equals("2026"))
                .map(WorldTotal::total).findFirst().orElseThrow().orElseThrow().tonnes();
        assertEquals(mcs2026, li.reported().get(2025), 1e-6);
        assertTrue(page.contains("stroke-dasharray=\"6 4\""), "projection dashed");
    }

    @Test
    void reliance_netExporterAndBoundsShownAsSuch() {
        assertFalse(views.reliance().isEmpty());
        RelianceAnswer any = views.reliance().stream().filter(a -> a.published().get().isNetExporter()).findFirst()
                .orElseThrow(() -> new AssertionError("no E in " + views.reliance()));
        String row = any.mineral();
        assertTrue(page.contains(">" + row + "</text>"), row);
        assertTrue(page.contains("E (net exporter)"));
        assertTrue(page.contains("&gt;50% · ") || page.contains("&gt;75% · "), "lower bounds written out");
        assertTrue(page.contains("undetermined"), "undetermined computed figures said");
    }

    @Test
    void map_lithiumMiningShares() {
        assertEquals("lithium", views.map().orElseThrow().mineral());
        assertTrue(page.contains("<svg id=\"map-chart\""));
        // Australia, the largest lithium miner, is in the top class that its share falls in
        double aus = 100 * views.map().get().share("AUS");
        assertTrue(page.contains("data-country=\"AUS\" fill=\"" + Charts.CLASS_COLOURS[Charts.shareClass(aus)] + "\""));
        assertTrue(page.contains("fill=\"url(#nodata)\""), "countries not listed hatched");
    }

    @Test
    void hardestHit_byTonnesLost() {
        for (RestrictionEffect r : state.restrictions()) {
            List<ConsumerImpact> h = r.hardestHit();
            for (int i = 1; i < h.size(); i++) {
                assertTrue(h.get(i - 1).shortfall() >= h.get(i).shortfall(), h.toString());
            }
        }
        assertTrue(page.contains("most tonnes lost"));
    }

    /** Without a browser: in the page's text, each country of a categorical chart has one fill of its own. */
    @Test
    void charts_noTwoCountriesShareAFill() {
        for (String id : List.of("concentration-chart", "flow-chart")) {
            String svg = page.substring(page.indexOf("<svg id=\"" + id + "\""));
            svg = svg.substring(0, svg.indexOf("</svg>"));
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("data-country=\"([^\"]*)\"[^>]*? fill=\"([^\"]*)\"").matcher(svg);
            java.util.Map<String, String> fillOf = new java.util.TreeMap<>();
            java.util.Map<String, String> countryOf = new java.util.TreeMap<>();
            while (m.find()) {
                if (CountryPalette.isNeutral(m.group(1))) {
                    continue;
                }
                assertEquals(m.group(2), fillOf.computeIfAbsent(m.group(1), k -> m.group(2)), m.group(1));
                assertEquals(m.group(1), countryOf.computeIfAbsent(m.group(2), k -> m.group(1)), m.group(2));
            }
            assertTrue(fillOf.size() >= 5, id + ": " + fillOf);
            // the same country has the same fill in both charts
            if (id.equals("flow-chart")) {
                assertTrue(page.contains("data-country=\"CHN\" x="), "CHN in the concentration chart");
            }
        }
    }

    @Test
    void coverage_tableNamesBasketCodes() {
        BlocCoverage ga = state.coverage().stream().filter(c -> c.mineral().equals("gallium"))
                .findFirst().orElseThrow();
        assertTrue(String.join(" ", ga.missing()).contains("basket"), ga.toString());
        assertTrue(page.contains("<table id=\"coverage\">"));
    }
}
