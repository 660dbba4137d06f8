package org.msp.data;

import org.msp.internal.Checks;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;
import org.msp.model.Quantity;
import org.msp.model.Stage;

/**
 * A total a source prints beside its country figures ("World total (rounded)", "Other countries", IEA
 * "Total" and "Rest of world"): kept to check coverage, never counted as a country.
 *
 * @param mineral    mineral id
 * @param stage      stage of the table
 * @param year       year of the figure
 * @param kind       {@link NameKind#WORLD_TOTAL} or {@link NameKind#REST_OF_WORLD}
 * @param quantity   the total
 * @param qualifier  how the source qualifies it ({@link Qualifier#LOWER_BOUND} for {@code ">130,000,000"})
 * @param provenance where it comes from
 */
public record ReportedTotal(String mineral, Stage stage, int year, NameKind kind, Quantity quantity,
        Qualifier qualifier, Provenance provenance) {
    public ReportedTotal {
        Checks.id(mineral, "ReportedTotal", "mineral");
        Checks.notNull(stage, "ReportedTotal", "stage");
        Checks.year(year, "ReportedTotal", "year");
        Checks.notNull(kind, "ReportedTotal", "kind");
        if (kind != NameKind.WORLD_TOTAL && kind != NameKind.REST_OF_WORLD) {
            throw new IllegalArgumentException("ReportedTotal.kind must be world_total or rest_of_world: " + kind);
        }
        Checks.notNull(quantity, "ReportedTotal", "quantity");
        Checks.notNull(qualifier, "ReportedTotal", "qualifier");
        Checks.notNull(provenance, "ReportedTotal", "provenance");
    }

    @Override
    public String toString() {
        return "ReportedTotal " + mineral + "/" + stage + " " + year + " " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + ": " + quantity + (qualifier == Qualifier.REPORTED ? "" : " (" + qualifier + ")") + " ["
                + provenance.source() + " " + provenance.edition() + "]";
    }
}
