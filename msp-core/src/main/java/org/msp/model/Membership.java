package org.msp.model;

import org.msp.internal.Checks;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A country's membership of a {@link CountryGroup} over a period: from {@code since} (inclusive) until
 * {@code until} (exclusive), or open-ended.
 *
 * @param country ISO3 code of the member
 * @param since   first day of membership
 * @param until   first day after membership, or empty while it lasts
 */
public record Membership(String country, LocalDate since, Optional<LocalDate> until) {
    public Membership {
        Checks.iso3(country, "Membership", "country");
        Checks.notNull(since, "Membership", "since");
        Checks.notNull(until, "Membership", "until");
        if (until.isPresent() && !until.get().isAfter(since)) {
            throw new IllegalArgumentException("Membership.until " + until.get()
                    + " is not after since " + since + " for " + country);
        }
    }

    /** Returns an open-ended membership starting on {@code since}. */
    public static Membership of(String country, LocalDate since) {
        return new Membership(country, since, Optional.empty());
    }

    /** Returns a membership from {@code since} until (exclusive) {@code until}. */
    public static Membership of(String country, LocalDate since, LocalDate until) {
        return new Membership(country, since, Optional.of(until));
    }

    /** Returns true if the membership holds on {@code date}. */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(since) && until.map(date::isBefore).orElse(true);
    }

    /** Returns true if the membership holds on any day of {@code year}. */
    public boolean isActiveIn(int year) {
        return since.getYear() <= year && until.map(u -> u.isAfter(LocalDate.of(year, 1, 1))).orElse(true);
    }

    /** Returns true if this membership's period overlaps {@code other}'s. */
    boolean overlaps(Membership other) {
        boolean thisEndsBefore = until.map(u -> !u.isAfter(other.since)).orElse(false);
        boolean otherEndsBefore = other.until.map(u -> !u.isAfter(since)).orElse(false);
        return !thisEndsBefore && !otherEndsBefore;
    }

    @Override
    public String toString() {
        return country + " " + since + ".." + until.map(LocalDate::toString).orElse("");
    }
}
