package org.msp.model;

import org.msp.internal.Checks;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;

/**
 * An import tariff or duty imposed by a country on minerals at a stage from some exporters.
 *
 * <p>When both {@code onCountries} and {@code onGroups} are empty the duty applies to every origin. This
 * class is immutable and thread-safe.
 *
 * @param id          lower-case identifier
 * @param description what the measure is, in the source's words
 * @param country     ISO3 code of the imposing (importing) country
 * @param minerals    mineral ids covered
 * @param stage       stage whose products are covered
 * @param rate        ad valorem rate as a fraction (7.21 for 721%)
 * @param effective   first day in force
 * @param until       first day no longer in force, or empty
 * @param onCountries ISO3 codes of the origins taxed
 * @param onGroups    ids of the origin groups taxed
 * @param provenance  where the measure is documented
 */
public record Tariff(String id, String description, String country, SortedSet<String> minerals, Stage stage,
        double rate, LocalDate effective, Optional<LocalDate> until, SortedSet<String> onCountries,
        SortedSet<String> onGroups, Provenance provenance) implements TradeMeasure {
    public Tariff {
        Checks.id(id, "Tariff", "id");
        description = Checks.text(description, "Tariff", "description");
        Checks.iso3(country, "Tariff", "country");
        minerals = MeasureChecks.minerals(minerals, "Tariff");
        Checks.notNull(stage, "Tariff", "stage");
        Checks.nonNegative(rate, "Tariff", "rate");
        MeasureChecks.period(effective, until, "Tariff");
        onCountries = MeasureChecks.countries(onCountries, "Tariff", "onCountries");
        onGroups = MeasureChecks.groups(onGroups, "Tariff", "onGroups");
        Checks.notNull(provenance, "Tariff", "provenance");
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Tariff %s (%s on %s/%s at %.0f%% from %s%s)", id, country,
                minerals, stage, rate * 100, onCountries.isEmpty() && onGroups.isEmpty() ? "all origins"
                        : onCountries.toString() + onGroups, until.map(u -> " until " + u).orElse(""));
    }
}
