package org.msp.graph.diversification;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.model.Dataset;

/**
 * A named set of countries whose share of supply is measured: a dataset group on a date (MSP partners, FTA
 * partners), or the complement of one (sources outside the foreign entities of concern). This class is immutable
 * and thread-safe.
 *
 * @param label   e.g. {@code "msp-partners"} or {@code "outside feoc"}
 * @param members ISO3 codes, sorted
 */
public record Bloc(String label, SortedSet<String> members) {
    public Bloc {
        Objects.requireNonNull(label, "Bloc.label is null");
        members = ImmutableSortedSet.copyOf(Objects.requireNonNull(members, "Bloc.members is null"));
    }

    /** Returns a bloc of the given ISO3 codes. */
    public static Bloc of(String label, String... members) {
        return new Bloc(label, ImmutableSortedSet.copyOf(members));
    }

    /**
     * Returns the members of dataset group {@code groupId} on {@code date}.
     *
     * @throws IllegalArgumentException if the dataset has no such group (the message lists those it has)
     */
    public static Bloc group(Dataset dataset, String groupId, LocalDate date) {
        return new Bloc(groupId, dataset.members(groupId, date));
    }

    /**
     * Returns the members of dataset group {@code groupId} at any time in {@code year}
     * ({@link org.msp.model.CountryGroup#membersIn(int)}).
     *
     * @throws IllegalArgumentException if the dataset has no such group (the message lists those it has)
     */
    public static Bloc group(Dataset dataset, String groupId, int year) {
        return new Bloc(groupId, dataset.members(groupId, year));
    }

    /**
     * Returns every country with a node in {@code network} that is not a member of {@code groupId} on
     * {@code date}: for example the sources outside the foreign entities of concern.
     *
     * @throws IllegalArgumentException if the dataset has no such group
     */
    public static Bloc outside(Dataset dataset, String groupId, LocalDate date, SupplyNetwork network) {
        SortedSet<String> excluded = dataset.members(groupId, date);
        TreeSet<String> out = new TreeSet<>();
        for (Node n : network.nodes()) {
            if (n.isCountry() && !excluded.contains(n.actor().id())) {
                out.add(n.actor().id());
            }
        }
        Preconditions.checkArgument(!out.isEmpty(), "every country of the network is in %s", groupId);
        return new Bloc("outside " + groupId, out);
    }

    /** Returns true if {@code iso3} is a member. */
    public boolean contains(String iso3) {
        return members.contains(iso3);
    }

    /** Returns e.g. {@code "msp-partners (16 countries)"}. */
    @Override
    public String toString() {
        return label + " (" + members.size() + " countries)";
    }
}
