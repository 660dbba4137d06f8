package org.msp.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which source and edition a {@link Dataset} answers from when several give the same table: the first source in
 * the dataset's source priority, then the latest edition of that source ({@link Dataset#sourcePriority()}).
 * Immutable and thread-safe.
 */
final class SourcePreference implements Comparator<Provenance> {
    private final List<String> sourcePriority;

    SourcePreference(List<String> sourcePriority) {
        this.sourcePriority = sourcePriority;
    }

    <T> List<T> preferred(List<T> table, Function<T, Provenance> provenance) {
        if (table.isEmpty()) {
            return table;
        }
        Optional<Provenance> best = table.stream().map(provenance).min(this::compare);
        Provenance b = best.orElseThrow();
        return table.stream().filter(t -> sameEdition(provenance.apply(t), b)).toList();
    }

    static <T> List<T> fromSource(List<T> table, Function<T, Provenance> provenance, String source) {
        Optional<Provenance> latest = table.stream().map(provenance).filter(p -> p.source().equals(source))
                .max(Comparator.comparing(Provenance::edition));
        return latest.map(l -> table.stream().filter(t -> sameEdition(provenance.apply(t), l)).toList())
                .orElse(List.of());
    }

    static boolean sameEdition(Provenance a, Provenance b) {
        return a.source().equals(b.source()) && a.edition().equals(b.edition());
    }

    /** Orders provenances so that the preferred one comes first. */
    @Override
    public int compare(Provenance a, Provenance b) {
        int ra = rank(a.source());
        int rb = rank(b.source());
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        int s = a.source().compareTo(b.source());
        if (s != 0) {
            return s;
        }
        return b.edition().compareTo(a.edition());
    }

    private int rank(String source) {
        int i = sourcePriority.indexOf(source);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
