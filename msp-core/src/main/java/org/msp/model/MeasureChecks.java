package org.msp.model;

import org.msp.internal.Checks;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;

/** Checks shared by the {@link TradeMeasure} records. */
final class MeasureChecks {
    private MeasureChecks() {}

    static SortedSet<String> minerals(SortedSet<String> minerals, String record) {
        SortedSet<String> m = ImmutableSortedSet.copyOf(Checks.notNull(minerals, record, "minerals"));
        if (m.isEmpty()) {
            throw new IllegalArgumentException(record + ".minerals is empty");
        }
        m.forEach(x -> Checks.id(x, record, "minerals"));
        return m;
    }

    static SortedSet<String> countries(SortedSet<String> countries, String record, String field) {
        SortedSet<String> c = ImmutableSortedSet.copyOf(Checks.notNull(countries, record, field));
        c.forEach(x -> Checks.iso3(x, record, field));
        return c;
    }

    static SortedSet<String> groups(SortedSet<String> groups, String record, String field) {
        SortedSet<String> g = ImmutableSortedSet.copyOf(Checks.notNull(groups, record, field));
        g.forEach(x -> Checks.id(x, record, field));
        return g;
    }

    static void period(LocalDate effective, Optional<LocalDate> until, String record) {
        Checks.notNull(effective, record, "effective");
        Checks.notNull(until, record, "until");
        if (until.isPresent() && !until.get().isAfter(effective)) {
            throw new IllegalArgumentException(record + ".until " + until.get() + " is not after effective "
                    + effective);
        }
    }
}
