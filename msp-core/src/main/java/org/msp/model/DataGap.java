package org.msp.model;

import org.msp.internal.Checks;

/**
 * A figure a source lists but does not give: withheld or not available. Gaps stay visible instead of
 * being read as zero.
 *
 * @param actor      the country or facility the figure is about
 * @param mineral    mineral id
 * @param stage      stage of the figure
 * @param year       year of the figure
 * @param statistic  what is missing, e.g. {@code "production"}, {@code "reserves"}, {@code "net_import_reliance"}
 * @param kind       withheld or not available
 * @param provenance where the gap was found
 */
public record DataGap(Actor actor, String mineral, Stage stage, int year, String statistic, GapKind kind,
        Provenance provenance) {
    public DataGap {
        Checks.notNull(actor, "DataGap", "actor");
        Checks.id(mineral, "DataGap", "mineral");
        Checks.notNull(stage, "DataGap", "stage");
        Checks.year(year, "DataGap", "year");
        statistic = Checks.text(statistic, "DataGap", "statistic");
        Checks.notNull(kind, "DataGap", "kind");
        Checks.notNull(provenance, "DataGap", "provenance");
    }

    @Override
    public String toString() {
        return "DataGap " + actor + " " + mineral + "/" + stage + " " + year + " " + statistic + ": " + kind;
    }
}
