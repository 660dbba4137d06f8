package org.msp.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A dated policy that restricts or taxes trade in minerals: a closed hierarchy of
 * {@link ExportRestriction}, {@link Tariff} and {@link SourcingRule}.
 *
 * <p>Every measure has an id, the country that imposes it, the minerals and stage it covers, and the
 * period in force: from {@link #effective()} (inclusive) until {@link #until()} (exclusive), or open-ended.
 */
public sealed interface TradeMeasure permits ExportRestriction, Tariff, SourcingRule {
    /** Returns the measure's id, unique in a dataset. */
    String id();

    /** Returns the ISO3 code of the country that imposes the measure. */
    String country();

    /** Returns the ids of the minerals it covers, sorted. */
    SortedSet<String> minerals();

    /** Returns the stage whose products it covers. */
    Stage stage();

    /** Returns the first day in force. */
    LocalDate effective();

    /** Returns the first day no longer in force, or empty while it lasts. */
    Optional<LocalDate> until();

    /** Returns where the measure is documented. */
    Provenance provenance();

    /** Returns true if the measure is in force on {@code date}. */
    default boolean isInForceOn(LocalDate date) {
        return !date.isBefore(effective()) && until().map(date::isBefore).orElse(true);
    }

    /** Returns true if the measure is in force on any day of {@code year}. */
    default boolean isInForceIn(int year) {
        return effective().getYear() <= year
                && until().map(u -> u.isAfter(LocalDate.of(year, 1, 1))).orElse(true);
    }
}
