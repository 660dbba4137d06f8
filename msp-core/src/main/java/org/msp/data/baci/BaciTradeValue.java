package org.msp.data.baci;

import org.msp.internal.Checks;
import org.msp.model.Provenance;
import org.msp.model.Stage;

import java.util.Locale;

/**
 * The value of one exporter &rarr; importer trade flow of one mineral's traded product in one year, from a CEPII
 * BACI extract that gives values but no tonnes.
 *
 * <p>Not a {@link org.msp.model.Flow}: a flow needs tonnes and none is guessed, so these never enter a
 * network. The provenance says which extract, and its note whether the list is partial. This class is
 * immutable and thread-safe.
 *
 * @param exporter   ISO3 code of the exporter
 * @param importer   ISO3 code of the importer
 * @param mineral    mineral id the HS code maps to
 * @param stage      the stage whose product the code trades
 * @param year       calendar year
 * @param valueUsd   value in US dollars, finite and not negative
 * @param provenance extract, code and caveats
 */
public record BaciTradeValue(String exporter, String importer, String mineral, Stage stage, int year, double valueUsd,
        Provenance provenance) {
    public BaciTradeValue {
        Checks.iso3(exporter, "BaciTradeValue", "exporter");
        Checks.iso3(importer, "BaciTradeValue", "importer");
        Checks.id(mineral, "BaciTradeValue", "mineral");
        Checks.notNull(stage, "BaciTradeValue", "stage");
        Checks.year(year, "BaciTradeValue", "year");
        Checks.nonNegative(valueUsd, "BaciTradeValue", "valueUsd");
        Checks.notNull(provenance, "BaciTradeValue", "provenance");
    }

    /** Returns e.g. {@code "BaciTradeValue CHN -> KOR cobalt/refining 2017: $239,046,097"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BaciTradeValue %s -> %s %s/%s %d: $%,.0f", exporter, importer, mineral,
                stage, year, valueUsd);
    }
}
