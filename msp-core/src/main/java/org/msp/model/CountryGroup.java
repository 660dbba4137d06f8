package org.msp.model;

import org.msp.internal.Checks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;

/**
 * A named, dated set of countries: MSP partners, MSP Forum members, US free-trade-agreement partners,
 * foreign entities of concern, ASEAN ...
 *
 * <p>Membership can start and end ({@link Membership}); a country may have several memberships that do
 * not overlap. Memberships are kept sorted by country, then start date. This class is immutable and
 * thread-safe.
 *
 * @param id          lower-case identifier, e.g. {@code "msp-partners"}
 * @param name        display name
 * @param memberships the members with their periods
 * @param provenance  where the membership comes from
 */
public record CountryGroup(String id, String name, List<Membership> memberships, Provenance provenance) {
    private static final Comparator<Membership> ORDER =
            Comparator.comparing(Membership::country).thenComparing(Membership::since);

    public CountryGroup {
        Checks.id(id, "CountryGroup", "id");
        name = Checks.text(name, "CountryGroup", "name");
        memberships = ImmutableList.sortedCopyOf(ORDER, Checks.notNull(memberships, "CountryGroup", "memberships"));
        Checks.notNull(provenance, "CountryGroup", "provenance");
        for (int i = 1; i < memberships.size(); i++) {
            Membership a = memberships.get(i - 1);
            Membership b = memberships.get(i);
            if (a.country().equals(b.country()) && a.overlaps(b)) {
                throw new IllegalArgumentException("CountryGroup " + id + ".memberships: periods of "
                        + a.country() + " overlap (" + a + " and " + b + ")");
            }
        }
    }

    /** Returns a group whose members all joined on {@code since} and remain members. */
    public static CountryGroup of(String id, String name, LocalDate since, Provenance provenance,
            String... countries) {
        ImmutableList.Builder<Membership> m = ImmutableList.builder();
        for (String c : countries) {
            m.add(Membership.of(c, since));
        }
        return new CountryGroup(id, name, m.build(), provenance);
    }

    /** Returns the ISO3 codes of the members on {@code date}, sorted. */
    public SortedSet<String> membersOn(LocalDate date) {
        ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
        memberships.stream().filter(m -> m.isActiveOn(date)).forEach(m -> b.add(m.country()));
        return b.build();
    }

    /** Returns the ISO3 codes of the countries that were members on any day of {@code year}, sorted. */
    public SortedSet<String> membersIn(int year) {
        ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
        memberships.stream().filter(m -> m.isActiveIn(year)).forEach(m -> b.add(m.country()));
        return b.build();
    }

    /** Returns the ISO3 codes of every country that was ever a member, sorted. */
    public SortedSet<String> everMembers() {
        ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
        memberships.forEach(m -> b.add(m.country()));
        return b.build();
    }

    /** Returns true if {@code iso3} is a member on {@code date}. */
    public boolean isMember(String iso3, LocalDate date) {
        return memberships.stream().anyMatch(m -> m.country().equals(iso3) && m.isActiveOn(date));
    }

    /** Returns e.g. {@code "msp-partners (Minerals Security Partnership partners): 15 members"}. */
    @Override
    public String toString() {
        return id + " (" + name + "): " + everMembers().size() + " members " + everMembers();
    }
}
