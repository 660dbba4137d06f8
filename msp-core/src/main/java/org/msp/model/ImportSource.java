package org.msp.model;

import org.msp.internal.Checks;

/**
 * A source country's share of a country's imports of a mineral over a period, as a source reports it
 * (USGS MCS "Import Sources", e.g. 2021–24).
 *
 * @param importer   ISO3 code of the importing country
 * @param mineral    mineral id
 * @param exporter   ISO3 code of the source country
 * @param fromYear   first year of the period
 * @param toYear     last year of the period
 * @param share      share of imports, 0 to 1
 * @param provenance where the figure comes from
 */
public record ImportSource(String importer, String mineral, String exporter, int fromYear, int toYear,
        double share, Provenance provenance) {
    public ImportSource {
        Checks.iso3(importer, "ImportSource", "importer");
        Checks.id(mineral, "ImportSource", "mineral");
        Checks.iso3(exporter, "ImportSource", "exporter");
        Checks.year(fromYear, "ImportSource", "fromYear");
        Checks.year(toYear, "ImportSource", "toYear");
        if (toYear < fromYear) {
            throw new IllegalArgumentException("ImportSource.toYear " + toYear + " is before fromYear " + fromYear);
        }
        if (importer.equals(exporter)) {
            throw new IllegalArgumentException("ImportSource.exporter is the importer: " + importer);
        }
        Checks.fraction(share, "ImportSource", "share");
        Checks.notNull(provenance, "ImportSource", "provenance");
    }

    @Override
    public String toString() {
        return "ImportSource " + importer + " <- " + exporter + " " + mineral + " " + fromYear + "-" + toYear
                + ": " + Formats.share(share);
    }
}
