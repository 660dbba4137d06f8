package org.msp.model;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The built-in catalogue of minerals with their groups and critical-list membership.
 *
 * <p>Iteration is in order of id. This class is thread-safe.
 */
public final class Minerals {
    private static final String RESOURCE = "minerals.csv";

    private Minerals() {}

    private static final class Catalogue {
        static final ImmutableSortedMap<String, Mineral> BY_ID = load();
    }

    static Mineral of(String id) {
        Mineral m = Catalogue.BY_ID.get(id);
        if (m == null) {
            throw new IllegalArgumentException("unknown mineral '" + id + "'; the catalogue has "
                    + String.join(", ", Catalogue.BY_ID.keySet()));
        }
        return m;
    }

    /** Returns the catalogue entry for {@code id}, if there is one. */
    public static Optional<Mineral> find(String id) {
        return Optional.ofNullable(Catalogue.BY_ID.get(id));
    }

    /** Returns every catalogue entry, in order of id. */
    public static Collection<Mineral> all() {
        return Catalogue.BY_ID.values();
    }

    private static ImmutableSortedMap<String, Mineral> load() {
        ImmutableSortedMap.Builder<String, Mineral> b = ImmutableSortedMap.naturalOrder();
        SimpleCsv.readResource(RESOURCE, "id,name,group,lists", f -> {
            List<String> lists = Splitter.on(';').omitEmptyStrings().trimResults().splitToList(f[3]);
            b.put(f[0], Mineral.of(f[0], f[1], MineralGroup.parse(f[2]), lists));
        });
        return b.build();
    }
}
