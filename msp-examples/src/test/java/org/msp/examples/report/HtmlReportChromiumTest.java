package org.msp.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.world.Datasets;
import org.msp.examples.SmallDataset;

/**
 * Opens the HTML report in a real headless Chromium (Debian's {@code chromium} package) through the DevTools
 * protocol: the page must load without console errors, failed loads or exceptions, and each chart must have a
 * non-zero size and visible, non-blank pixels in a screenshot. Skipped, with a message, only when chromium is
 * not installed.
 */
class HtmlReportChromiumTest {
    @TempDir
    Path dir;

    @Test
    void report_loadsWithoutErrorsAndChartsAreDrawn() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        if (chromium.isEmpty()) {
            System.out.println("HtmlReportChromiumTest skipped: no chromium on the PATH (apt-get install chromium)");
        }
        Assumptions.assumeTrue(chromium.isPresent(), "chromium is not installed");

        StateOfSupply state = StateOfSupply.of(Networks.of(SmallDataset.dataset()), SmallDataset.YEAR, null,
                "msp-partners", "feoc");
        Path page = dir.resolve("report.html");
        Files.writeString(page, HtmlReport.render(state));

        try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
            browser.load(page.toUri().toString());
            JsonNode charts = browser.evaluate("JSON.parse(JSON.stringify([...document.querySelectorAll('svg.chart')]"
                    + ".map(s => { const r = s.getBoundingClientRect(); return {id: s.id, x: r.x + scrollX, "
                    + "y: r.y + scrollY, w: r.width, h: r.height}; })))");
            assertEquals(2, charts.size(), charts.toString());
            for (JsonNode c : charts) {
                String id = c.get("id").asText();
                double w = c.get("w").asDouble();
                double h = c.get("h").asDouble();
                assertTrue(w > 100 && h > 50, id + " has a size: " + c);
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(
                        browser.screenshot(c.get("x").asDouble(), c.get("y").asDouble(), w, h)));
                assertTrue(img.getWidth() >= w - 1 && img.getHeight() >= h - 1, id + " screenshot size");
                long coloured = 0;
                for (int y = 0; y < img.getHeight(); y++) {
                    for (int x = 0; x < img.getWidth(); x++) {
                        int rgb = img.getRGB(x, y);
                        int r = (rgb >> 16) & 0xff;
                        int g = (rgb >> 8) & 0xff;
                        int b = rgb & 0xff;
                        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                            coloured++;
                        }
                    }
                }
                double share = coloured / (double) (img.getWidth() * img.getHeight());
                assertTrue(share > 0.03, id + " is drawn: " + Math.round(share * 1000) / 10.0 + "% coloured pixels");
            }
            assertEquals("[]", browser.problems().toString(), "console errors, exceptions or failed loads");
        }
    }

    /**
     * The full page on the embedded world dataset: no console errors; the map, concentration, trend, flow and
     * reliance charts drawn with a non-zero size and visible pixels; no two countries of one chart share a fill;
     * the sources section present; a full-page screenshot in {@code target/report.png}.
     */
    @Test
    void worldReport_allChartsDrawnDistinctColoursAndScreenshot() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        Assumptions.assumeTrue(chromium.isPresent(), "chromium is not installed");
        Networks networks = Networks.of(Datasets.world());
        StateOfSupply state = StateOfSupply.of(networks, 2024, null, StateOfSupply.DEFAULT_PARTNERS,
                StateOfSupply.DEFAULT_CONCERN);
        ReportViews views = ReportViews.of(networks, state, null, null);
        Path page = dir.resolve("report.html");
        Files.writeString(page, HtmlReport.render(state, Optional.empty(), Optional.of(views)));
        try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
            browser.load(page.toUri().toString());
            JsonNode charts = browser.evaluate("JSON.parse(JSON.stringify([...document.querySelectorAll('svg.chart')]"
                    + ".map(s => { const r = s.getBoundingClientRect(); return {id: s.id, x: r.x + scrollX, "
                    + "y: r.y + scrollY, w: r.width, h: r.height}; })))");
            java.util.Set<String> ids = new java.util.TreeSet<>();
            for (JsonNode c : charts) {
                String id = c.get("id").asText();
                ids.add(id);
                double w = c.get("w").asDouble();
                double h = c.get("h").asDouble();
                assertTrue(w > 300 && h > 150, id + " has a size: " + c);
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(
                        browser.screenshot(c.get("x").asDouble(), c.get("y").asDouble(), w, h)));
                double share = colouredShare(img);
                // the trend chart is lines on white: a smaller share of coloured pixels
                assertTrue(share > (id.equals("trend-chart") ? 0.004 : 0.03), id + " is drawn: " + share);
            }
            assertEquals(java.util.Set.of("concentration-chart", "flow-chart", "map-chart", "reliance-chart",
                    "trend-chart"), ids);
            // every country drawn in a categorical chart has one fill, and no two countries share one
            JsonNode fills = browser.evaluate("JSON.parse(JSON.stringify(['concentration-chart', 'flow-chart'].map(id"
                    + " => [...document.querySelectorAll('#' + id + ' [data-country]')].map(e => [e.dataset.country, "
                    + "getComputedStyle(e).fill]))))");
            for (JsonNode chart : fills) {
                java.util.Map<String, String> fillOf = new java.util.TreeMap<>();
                java.util.Map<String, String> countryOf = new java.util.TreeMap<>();
                for (JsonNode e : chart) {
                    String country = e.get(0).asText();
                    String fill = e.get(1).asText();
                    if (CountryPalette.isNeutral(country)) {
                        continue;
                    }
                    String before = fillOf.putIfAbsent(country, fill);
                    assertTrue(before == null || before.equals(fill), country + " drawn in two fills");
                    String other = countryOf.putIfAbsent(fill, country);
                    assertTrue(other == null || other.equals(country), country + " and " + other + " share " + fill);
                }
                assertTrue(fillOf.size() >= 5, "countries drawn: " + fillOf);
            }
            assertTrue(browser.evaluate("document.querySelectorAll('#sources-table tr').length").asInt() > 5,
                    "sources table");
            assertTrue(browser.evaluate("document.body.innerText").asText().contains("CEPII BACI"), "BACI cited");
            double height = browser.evaluate("document.documentElement.scrollHeight").asDouble();
            byte[] png = browser.screenshot(0, 0, 1200, height);
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.write(target.resolve("report.png"), png);
            }
            assertTrue(ImageIO.read(new ByteArrayInputStream(png)).getHeight() > 3000, "full page");
            assertEquals("[]", browser.problems().toString(), "console errors, exceptions or failed loads");
        }
    }

    private static double colouredShare(BufferedImage img) {
        long coloured = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    coloured++;
                }
            }
        }
        return coloured / (double) (img.getWidth() * img.getHeight());
    }

    /** The detector itself: a page with a console error and a missing image must be caught. */
    @Test
    void browser_catchesConsoleErrorsAndFailedLoads() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        Assumptions.assumeTrue(chromium.isPresent(), "chromium is not installed");
        Path page = dir.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><img src=\"missing.png\">"
                + "<script>console.error('broken chart')</script></body></html>");
        try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
            browser.load(page.toUri().toString());
            String problems = browser.problems().toString();
            assertTrue(problems.contains("broken chart"), problems);
            assertTrue(problems.contains("missing.png"), problems);
        }
    }
}
