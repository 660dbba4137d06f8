package org.msp.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.world.Datasets;
import org.msp.examples.SmallDataset;
import org.msp.model.Flow;

/**
 * The command line's answers to mistakes as a user sees them: each test starts {@code msp} in its own JVM
 * ({@link MspDeterminismTest#fork}: {@code java -cp ... org.msp.examples.cli.Msp}), so the exit code is the
 * process's and the messages are what reaches the real standard error. Kept to a few runs: each costs a JVM
 * start; the in-process tests (MspSuggestionsTest, MspDatasetProblemsTest, MspYearsTest) cover the variants.
 */
class MspProcessTest {
    @TempDir
    Path dir;

    private static void assertOneLineUsageError(MspTest.Run r, String expected) {
        assertEquals(Msp.EXIT_USAGE, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(expected), () -> "expected '" + expected + "' in: " + r.err());
    }

    @Test
    void mistypedMineralOptionAndCommand_nearestNameAndExit2() throws Exception {
        assertOneLineUsageError(MspDeterminismTest.fork(dir, "concentration", "--stage", "mining", "--mineral",
                "litium"), "msp concentration: unknown mineral 'litium' in dataset msp-world; did you mean 'lithium'?");
        assertOneLineUsageError(MspDeterminismTest.fork(dir, "concentration", "--stage", "mining", "--fromat", "csv"),
                "did you mean '--format'? (see 'msp concentration --help')");
        assertOneLineUsageError(MspDeterminismTest.fork(dir, "concentraton", "--stage", "mining"),
                "did you mean 'concentration'? (see 'msp --help')");
    }

    @Test
    void datasetWithAMisspeltField_everyProblemWithoutVerboseAndExit1() throws Exception {
        String json = Files.readString(SmallDataset.write(dir));
        int i = json.indexOf("\"quantity\"");
        Path bad = Files.writeString(dir.resolve("misspelt.json"),
                json.substring(0, i) + "\"quantitty\"" + json.substring(i + "\"quantity\"".length()));
        MspTest.Run r = MspDeterminismTest.fork(dir, "--dataset", bad.toString(), "concentration", "--stage", "mining");
        assertEquals(Msp.EXIT_ERROR, r.exit(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(List.of("msp concentration: " + bad + ": 2 problems"), lines.subList(0, 1), r.err());
        assertEquals(3, lines.size(), r.err());
        assertTrue(r.err().contains("$.productions[0].quantity: missing field 'quantity'"), r.err());
        assertTrue(r.err().contains("$.productions[0].quantitty: unknown field 'quantitty'"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void yearWithoutData_listsTheYearsAndExit2() throws Exception {
        TreeSet<Integer> trade = new TreeSet<>();
        for (Flow f : Datasets.world().flows()) {
            trade.add(f.year());
        }
        assertOneLineUsageError(MspDeterminismTest.fork(dir, "chokepoints", "--mineral", "lithium", "--year", "2000"),
                "msp chokepoints: no trade in 2000 in dataset msp-world; years with trade: " + Arguments.years(trade));
        assertOneLineUsageError(MspDeterminismTest.fork(dir, "reliance", "--country", "KOR", "--year", "2030"),
                "msp reliance: KOR has no published reliance, production, trade or consumption in 2030 in dataset "
                        + "msp-world; years with KOR data: ");
    }
}
