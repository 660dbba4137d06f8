package org.msp.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.examples.SmallDataset;

/**
 * A dataset file with several problems: every problem is printed without {@code --verbose}, one indented line
 * each naming the file, record and field, at most {@value MspCommand#PROBLEMS_SHOWN} and then a count; exit 1.
 */
class MspDatasetProblemsTest {
    @TempDir
    Path dir;

    @Test
    void misspeltField_printsTheUnknownFieldAndTheNearestName() throws IOException {
        String json = Files.readString(SmallDataset.write(dir));
        int i = json.indexOf("\"quantity\"");
        Path bad = Files.writeString(dir.resolve("misspelt.json"),
                json.substring(0, i) + "\"quantitty\"" + json.substring(i + "\"quantity\"".length()));
        MspTest.Run r = MspTest.run("--dataset", bad.toString(), "concentration", "--stage", "mining");
        assertEquals(Msp.EXIT_ERROR, r.exit(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertEquals("msp concentration: " + bad + ": 2 problems", lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("  " + bad + ": $.productions[0].")), r.err());
        assertTrue(r.err().contains("$.productions[0].quantity: missing field 'quantity'"), r.err());
        assertTrue(r.err().contains("$.productions[0].quantitty: unknown field 'quantitty'"), r.err());
        assertTrue(r.err().contains("did you mean 'quantity'?"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void manyProblems_printsTwentyAndCountsTheRest() throws IOException {
        String json = Files.readString(SmallDataset.write(dir));
        long fields = json.split("\"quantity\"", -1).length - 1L;
        Path bad = Files.writeString(dir.resolve("many.json"), json.replace("\"quantity\"", "\"qty\""));
        MspTest.Run r = MspTest.run("--dataset", bad.toString(), "report", "--out", dir.resolve("out").toString());
        assertEquals(Msp.EXIT_ERROR, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        long problems = 2 * fields;
        assertTrue(problems > MspCommand.PROBLEMS_SHOWN, "the fixture has " + fields + " quantities");
        assertEquals("msp report: " + bad + ": " + problems + " problems", lines.get(0));
        assertEquals(MspCommand.PROBLEMS_SHOWN + 2, lines.size(), r.err());
        assertEquals("  ... and " + (problems - MspCommand.PROBLEMS_SHOWN) + " more problems", lines.get(lines.size() - 1));
        assertTrue(lines.subList(1, lines.size() - 1).stream().allMatch(l -> l.startsWith("  " + bad + ": $.")
                && l.matches(".*\\[\\d+]\\.(qty|quantity): .*")), r.err());
    }
}
