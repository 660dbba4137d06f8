package org.msp.model;

import org.msp.internal.Checks;

/**
 * A country's net import reliance for a mineral as a source reports it (e.g. USGS MCS), as opposed to the
 * reliance the library computes from production and trade.
 *
 * <p>USGS definition: (imports − exports ± stock changes) / apparent consumption. {@link Qualifier#NET_EXPORTER}
 * (USGS "E") is recorded as share 0; {@link Qualifier#LOWER_BOUND} and {@link Qualifier#UPPER_BOUND} as
 * the bound given ({@code ">50"} is 0.5, lower bound).
 *
 * @param country    ISO3 code of the importing country
 * @param mineral    mineral id
 * @param year       calendar year
 * @param share      reliance as a fraction of apparent consumption, 0 to 1
 * @param qualifier  how the source qualifies the figure
 * @param provenance where the figure comes from
 */
public record ImportReliance(String country, String mineral, int year, double share, Qualifier qualifier,
        Provenance provenance) {
    public ImportReliance {
        Checks.iso3(country, "ImportReliance", "country");
        Checks.id(mineral, "ImportReliance", "mineral");
        Checks.year(year, "ImportReliance", "year");
        Checks.fraction(share, "ImportReliance", "share");
        Checks.notNull(qualifier, "ImportReliance", "qualifier");
        Checks.notNull(provenance, "ImportReliance", "provenance");
        if (qualifier == Qualifier.NET_EXPORTER && share != 0.0) {
            throw new IllegalArgumentException("ImportReliance.share must be 0 for a net exporter: " + share);
        }
    }

    @Override
    public String toString() {
        String prefix = switch (qualifier) {
            case LOWER_BOUND -> ">";
            case UPPER_BOUND -> "<";
            default -> "";
        };
        return "ImportReliance " + country + " " + mineral + " " + year + ": "
                + (qualifier == Qualifier.NET_EXPORTER ? "net exporter" : prefix + Formats.share(share));
    }
}
