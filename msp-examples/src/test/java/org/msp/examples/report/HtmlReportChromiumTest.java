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
            JsonNode charts = browser.evaluate("JSON.parse(JSON.stringify([...document.querySelectorAll('svg')]"
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
