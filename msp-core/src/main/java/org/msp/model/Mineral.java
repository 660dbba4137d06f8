package org.msp.model;

import org.msp.internal.Checks;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.SortedSet;

/**
 * A mineral or mineral group, with the critical-mineral lists it belongs to.
 *
 * <pre>{@code
 * Mineral ga = Mineral.of("gallium");   // from the built-in catalogue
 * ga.isOn("us-2025");                   // true: on the USGS 2025 list of critical minerals
 * }</pre>
 *
 * <p>List ids used by the built-in catalogue: {@code us-2025} (the USGS 2025 List of Critical Minerals,
 * as flagged in the MCS 2026 data release) and {@code eu-2023} (the critical raw materials of Annex II of
 * the EU Critical Raw Materials Act, 2023/24). Minerals order by id. This class is immutable and
 * thread-safe.
 *
 * @param id            lower-case identifier, e.g. {@code "rare-earths"}
 * @param name          English name
 * @param group         the family it belongs to, or {@link MineralGroup#NONE}
 * @param criticalLists ids of the critical-mineral lists that name it, sorted
 */
public record Mineral(String id, String name, MineralGroup group, SortedSet<String> criticalLists)
        implements Comparable<Mineral> {
    public Mineral {
        Checks.id(id, "Mineral", "id");
        name = Checks.text(name, "Mineral", "name");
        Checks.notNull(group, "Mineral", "group");
        criticalLists = ImmutableSortedSet.copyOf(Checks.notNull(criticalLists, "Mineral", "criticalLists"));
        for (String list : criticalLists) {
            Checks.id(list, "Mineral", "criticalLists");
        }
    }

    /**
     * Returns the mineral with this id from the built-in catalogue.
     *
     * @throws IllegalArgumentException if the catalogue has no such mineral; the message lists the ids
     */
    public static Mineral of(String id) {
        return Minerals.of(id);
    }

    /** Returns a mineral that need not be in the catalogue. */
    public static Mineral of(String id, String name, MineralGroup group, Collection<String> criticalLists) {
        return new Mineral(id, name, group, ImmutableSortedSet.copyOf(criticalLists));
    }

    /** Returns true if the critical-mineral list {@code listId} names this mineral. */
    public boolean isOn(String listId) {
        return criticalLists.contains(listId);
    }

    @Override
    public int compareTo(Mineral o) {
        return id.compareTo(o.id);
    }

    /** Returns the id, e.g. {@code "gallium"}. */
    @Override
    public String toString() {
        return id;
    }
}
