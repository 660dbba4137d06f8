package org.msp.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nearest-name hints: a mistyped mineral, country, stage, group, option or command is one line on standard
 * error naming the nearest valid names, exit code 2; and the edit distance behind them is symmetric and bounded.
 */
class MspSuggestionsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "concentration,--stage,mining,--mineral,litium|unknown mineral 'litium' in dataset msp-world; did you mean 'lithium'?",
        "concentration,--stage,mining,--mineral,grafite|did you mean 'graphite'?",
        "concentration,--stage,mining,--mineral,Cobalt|",
        "concentration,--stage,mining,--mineral,rare|did you mean 'rare-earths'?",
        "scenario,--ban,CHN/galium|did you mean 'gallium'",
        "concentration,--stage,minig|unknown stage 'minig'; did you mean 'mining'?",
        "scenario,--ban,CHN/refinig/gallium|did you mean 'refining'?",
        "reliance,--country,KORR|unknown country 'KORR' in dataset msp-world; did you mean 'KOR' (South Korea)?",
        "reliance,--country,Japan|did you mean 'JPN' (Japan)?",
        "reliance,--country,korea|'KOR' (South Korea)",
        "reliance,--country,united states|'USA'",
        "concentration,--stage,mining,--fromat,csv|Unknown options: '--fromat', 'csv'; did you mean '--format'? (see 'msp concentration --help')",
        "reliance,--contry,KOR|did you mean '--country' for '--contry'?",
        "concentraton,--stage,mining|'concentraton', '--stage', 'mining'; did you mean 'concentration'?",
        "dependency,--country,KOR,--mineral,lithium,--group,feco|did you mean 'feoc'?",
    })
    void mistype_namesTheNearestNames(String args, String expected) {
        MspTest.Run r = MspTest.run(args.split(","));
        if (expected == null) {
            assertEquals(0, r.exit(), r.err());
            return;
        }
        assertEquals(Msp.EXIT_USAGE, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(expected), () -> "expected '" + expected + "' in: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void farFromEveryName_listsTheKnownNamesInstead() {
        MspTest.Run r = MspTest.run("concentration", "--stage", "mining", "--mineral", "unobtainium");
        assertEquals(Msp.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("(known: alumina,"), r.err());
        assertTrue(!r.err().contains("did you mean"), r.err());
    }

    @Test
    void distance_examples() {
        assertEquals(0, Names.distance("lithium", "lithium"));
        assertEquals(1, Names.distance("litium", "lithium"));
        assertEquals(1, Names.distance("fromat", "format"), "a transposition is one edit");
        assertEquals(3, Names.distance("kitten", "sitting"));
        assertEquals(List.of("lithium"), Names.nearest("LITIUM", List.of("cobalt", "lithium", "gallium")));
        assertEquals(List.of(), Names.nearest("unobtainium", List.of("cobalt", "lithium", "gallium")));
        assertEquals("; did you mean 'a', 'b' or 'c'?", Names.hint(List.of("a", "b", "c"), true));
    }

    /** Symmetry, identity, the bounds by the lengths and the change by one deletion, on random words. */
    @Test
    void distance_isAMetricBoundedByLength() {
        Random rnd = new Random(7);
        for (int i = 0; i < 2000; i++) {
            String a = word(rnd);
            String b = word(rnd);
            String c = word(rnd);
            int ab = Names.distance(a, b);
            assertEquals(ab, Names.distance(b, a), a + " " + b);
            assertEquals(a.equals(b), ab == 0, a + " " + b);
            assertTrue(ab <= Math.max(a.length(), b.length()), a + " " + b);
            assertTrue(ab >= Math.abs(a.length() - b.length()), a + " " + b);
            String b2 = b.isEmpty() ? "x" : b.substring(1);
            assertTrue(Math.abs(Names.distance(a, b2) - ab) <= 1, a + " " + b + " " + b2);
            List<String> near = Names.nearest(a.isEmpty() ? "x" : a, List.of(b, c, a.isEmpty() ? "x" : a));
            assertTrue(near.size() <= Names.MAX);
            assertEquals(a.isEmpty() ? "x" : a, near.get(0), "an exact name comes first");
        }
    }

    private static String word(Random rnd) {
        int n = rnd.nextInt(7);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + rnd.nextInt(4)));
        }
        return s.toString();
    }
}
