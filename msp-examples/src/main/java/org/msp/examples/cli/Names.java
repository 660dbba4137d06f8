package org.msp.examples.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Nearest known names to a mistyped one, for the command line's "did you mean" hints. A name is near when its
 * optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions, ignoring case) to the
 * typed text is at most a third of the typed length (at least 1, at most 3), or when one is a prefix of the other
 * (at least 3 characters typed). Static and stateless; running time O(k·m·n) for k names of length m and text of
 * length n.
 */
final class Names {
    /** The most names a hint offers. */
    static final int MAX = 3;

    private Names() {
    }

    /**
     * Returns up to {@link #MAX} names of {@code known} nearest to {@code typed}, nearest first (ties in the order
     * of {@code known}); empty if none is near.
     *
     * @param typed what was typed
     * @param known the valid names (each offered as given)
     */
    static List<String> nearest(String typed, Collection<String> known) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        int limit = Math.min(3, Math.max(1, t.length() / 3));
        Map<String, Integer> near = new LinkedHashMap<>();
        for (String k : known) {
            String n = k.toLowerCase(Locale.ROOT);
            int d = distance(t, n);
            boolean prefix = t.length() >= 3 && (n.startsWith(t) || t.startsWith(n) && n.length() >= 3);
            if (d <= limit || prefix) {
                near.merge(k, prefix ? Math.min(d, limit) : d, Math::min);
            }
        }
        List<String> names = new ArrayList<>(near.keySet());
        names.sort(Comparator.comparingInt(near::get));
        return names.subList(0, Math.min(MAX, names.size()));
    }

    /**
     * Returns the hint for {@code names}: {@code "; did you mean 'lithium'?"}, {@code "; did you mean 'a' or 'b'?"},
     * or the empty string when there are none.
     *
     * @param quote whether to put each name in single quotes (false when they are already formatted)
     */
    static String hint(List<String> names, boolean quote) {
        if (names.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("; did you mean ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                s.append(i == names.size() - 1 ? " or " : ", ");
            }
            s.append(quote ? "'" + names.get(i) + "'" : names.get(i));
        }
        return s.append('?').toString();
    }

    /**
     * Returns the optimal-string-alignment distance of {@code a} and {@code b}: the fewest insertions, deletions,
     * substitutions and transpositions of adjacent characters that turn one into the other, no substring edited
     * twice. O(|a|·|b|) time.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
