package org.msp.examples.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Assertions;

class CountryPaletteProperties {
    /** No two countries of a palette share a fill, and a country's fill does not depend on who follows it. */
    @Property
    void fills_distinctAndStable(@ForAll @Size(max = 60) @UniqueElements List<@StringLength(min = 3, max = 3) String> labels) {
        List<String> countries = new ArrayList<>(labels);
        countries.removeIf(CountryPalette::isNeutral);
        CountryPalette p = CountryPalette.of(countries);
        Map<String, String> seen = new HashMap<>();
        for (String c : countries) {
            String f = p.fill(c);
            Assertions.assertNotEquals(CountryPalette.OTHER, f);
            Assertions.assertNotEquals(CountryPalette.UNKNOWN, f);
            String before = seen.put(f, c);
            Assertions.assertNull(before, c + " and " + before + " share " + f);
        }
        if (!countries.isEmpty()) {
            CountryPalette prefix = CountryPalette.of(countries.subList(0, countries.size() / 2 + 1));
            for (String c : prefix.order().keySet()) {
                Assertions.assertEquals(prefix.fill(c), p.fill(c), c);
            }
        }
    }

    /** Three significant figures: the printed tonnes are within half a unit of the third digit. */
    @Property
    void tonnes_threeSignificantFigures(@ForAll double t) {
        if (!Double.isFinite(t) || Math.abs(t) < 0.001 || Math.abs(t) > 1e12) {
            return;
        }
        double printed = Double.parseDouble(StateOfSupply.tonnes(t).replace(",", ""));
        double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(t))) - 2);
        Assertions.assertTrue(Math.abs(printed - t) <= unit / 2 + 1e-9 * Math.abs(t), t + " -> " + printed);
    }
}
