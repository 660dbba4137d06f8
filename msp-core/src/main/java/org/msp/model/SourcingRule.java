package org.msp.model;

import org.msp.internal.Checks;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A rule that excludes origins from qualifying supply, such as the US Inflation Reduction Act's exclusion
 * of foreign entities of concern from clean-vehicle credits.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id                lower-case identifier
 * @param description       what the rule is, in the source's words
 * @param country           ISO3 code of the country that sets the rule
 * @param minerals          mineral ids covered
 * @param stage             stage whose products are covered
 * @param effective         first day in force
 * @param until             first day no longer in force, or empty
 * @param excludedCountries ISO3 codes of excluded origins
 * @param excludedGroups    ids of excluded origin groups
 * @param provenance        where the rule is documented
 */
public record SourcingRule(String id, String description, String country, SortedSet<String> minerals, Stage stage,
        LocalDate effective, Optional<LocalDate> until, SortedSet<String> excludedCountries,
        SortedSet<String> excludedGroups, Provenance provenance) implements TradeMeasure {
    public SourcingRule {
        Checks.id(id, "SourcingRule", "id");
        description = Checks.text(description, "SourcingRule", "description");
        Checks.iso3(country, "SourcingRule", "country");
        minerals = MeasureChecks.minerals(minerals, "SourcingRule");
        Checks.notNull(stage, "SourcingRule", "stage");
        MeasureChecks.period(effective, until, "SourcingRule");
        excludedCountries = MeasureChecks.countries(excludedCountries, "SourcingRule", "excludedCountries");
        excludedGroups = MeasureChecks.groups(excludedGroups, "SourcingRule", "excludedGroups");
        if (excludedCountries.isEmpty() && excludedGroups.isEmpty()) {
            throw new IllegalArgumentException("SourcingRule " + id + " excludes no country and no group");
        }
        Checks.notNull(provenance, "SourcingRule", "provenance");
    }

    @Override
    public String toString() {
        return "SourcingRule " + id + " (" + country + " excludes " + excludedCountries + excludedGroups + " for "
                + minerals + "/" + stage + " from " + effective + until.map(u -> " until " + u).orElse("") + ")";
    }
}
