package org.msp.model;

import java.util.Locale;
import org.msp.internal.Checks;

/**
 * The end-of-life recycling input rate (EoL-RIR) of a mineral in a region: the share of the region's input
 * to production that comes from recycled old (end-of-life) scrap, as a study reports it (e.g. the European
 * Commission's Study on the critical raw materials for the EU 2023, for the EU).
 *
 * <p>The EU supply-risk formula (JRC 2017) multiplies by {@code 1 − EoL-RIR}. This class is immutable and
 * thread-safe.
 *
 * @param region     ISO3 code of the region or country the rate describes ({@code EUU} for the EU)
 * @param mineral    mineral id
 * @param rate       the rate, 0 to 1
 * @param provenance where the figure comes from
 */
public record RecyclingInputRate(String region, String mineral, double rate, Provenance provenance) {
    public RecyclingInputRate {
        Checks.iso3(region, "RecyclingInputRate", "region");
        Checks.id(mineral, "RecyclingInputRate", "mineral");
        Checks.fraction(rate, "RecyclingInputRate", "rate");
        Checks.notNull(provenance, "RecyclingInputRate", "provenance");
    }

    /** Returns the rate of {@code mineral} in {@code region}. */
    public static RecyclingInputRate of(String region, String mineral, double rate, Provenance provenance) {
        return new RecyclingInputRate(region, mineral, rate, provenance);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RecyclingInputRate %s %s: %s (%s)", region, mineral,
                Formats.share(rate), provenance);
    }
}
