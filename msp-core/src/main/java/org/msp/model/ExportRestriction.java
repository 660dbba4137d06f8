package org.msp.model;

import org.msp.internal.Checks;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;

/**
 * An export ban, licensing requirement or quota imposed by a country on minerals at a stage.
 *
 * <p>The targets are the countries and groups it applies to; when both are empty it applies to every
 * destination. Exempt countries and groups are excluded from the targets. This class is immutable and
 * thread-safe.
 *
 * @param id              lower-case identifier
 * @param description     what the measure is, in the source's words
 * @param country         ISO3 code of the imposing country
 * @param minerals        mineral ids covered
 * @param stage           stage whose products are covered
 * @param kind            ban, licensing or quota
 * @param effective       first day in force
 * @param until           first day no longer in force, or empty
 * @param targetCountries ISO3 codes of destinations targeted (empty with empty targetGroups: all)
 * @param targetGroups    ids of destination groups targeted
 * @param exemptCountries ISO3 codes of destinations exempted
 * @param exemptGroups    ids of destination groups exempted
 * @param provenance      where the measure is documented
 */
public record ExportRestriction(String id, String description, String country, SortedSet<String> minerals,
        Stage stage, RestrictionKind kind, LocalDate effective, Optional<LocalDate> until,
        SortedSet<String> targetCountries, SortedSet<String> targetGroups, SortedSet<String> exemptCountries,
        SortedSet<String> exemptGroups, Provenance provenance) implements TradeMeasure {
    public ExportRestriction {
        Checks.id(id, "ExportRestriction", "id");
        description = Checks.text(description, "ExportRestriction", "description");
        Checks.iso3(country, "ExportRestriction", "country");
        minerals = MeasureChecks.minerals(minerals, "ExportRestriction");
        Checks.notNull(stage, "ExportRestriction", "stage");
        Checks.notNull(kind, "ExportRestriction", "kind");
        MeasureChecks.period(effective, until, "ExportRestriction");
        targetCountries = MeasureChecks.countries(targetCountries, "ExportRestriction", "targetCountries");
        targetGroups = MeasureChecks.groups(targetGroups, "ExportRestriction", "targetGroups");
        exemptCountries = MeasureChecks.countries(exemptCountries, "ExportRestriction", "exemptCountries");
        exemptGroups = MeasureChecks.groups(exemptGroups, "ExportRestriction", "exemptGroups");
        Checks.notNull(provenance, "ExportRestriction", "provenance");
    }

    /** Returns a measure towards every destination, open-ended from {@code effective}. */
    public static ExportRestriction of(String id, String description, String country, String mineral,
            Stage stage, RestrictionKind kind, LocalDate effective, Provenance provenance) {
        return new ExportRestriction(id, description, country, ImmutableSortedSet.of(mineral), stage, kind,
                effective, Optional.empty(), ImmutableSortedSet.of(), ImmutableSortedSet.of(),
                ImmutableSortedSet.of(), ImmutableSortedSet.of(), provenance);
    }

    /** Returns true if the measure targets every destination not exempted. */
    public boolean targetsAll() {
        return targetCountries.isEmpty() && targetGroups.isEmpty();
    }

    @Override
    public String toString() {
        return "ExportRestriction " + id + " (" + kind + " by " + country + " on " + minerals + "/" + stage
                + " from " + effective + until.map(u -> " until " + u).orElse("")
                + (targetsAll() ? "" : ", targets " + targetCountries + targetGroups)
                + (exemptCountries.isEmpty() && exemptGroups.isEmpty() ? "" : ", exempt " + exemptCountries + exemptGroups)
                + ")";
    }
}
