package org.msp.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.msp.world.Datasets;
import org.msp.graph.concentration.ConcentrationAlgorithm;
import org.msp.graph.concentration.Concentrations;
import org.msp.model.Stage;

/** Runs the README's embedding example and checks the README shows exactly its code. */
class EmbeddingExampleTest {
    private static final Path SOURCE = Path.of("src/main/java/org/msp/examples/EmbeddingExample.java");
    private static final Path README = Path.of("../README.md");

    @Test
    void main_printsConcentrationAndJapansLoss() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        String expectedFirstLine = Concentrations.of(Datasets.world(), "gallium", Stage.REFINING, 2024).toString()
                .lines().findFirst().orElseThrow();
        assertTrue(out.startsWith(expectedFirstLine), out);
        assertTrue(out.contains("CHN 98.9%"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("JPN/gallium")), out);
    }

    @Test
    void readme_showsTheExampleVerbatim() throws IOException {
        List<String> code = embedRegion(Files.readString(SOURCE));
        assertTrue(code.size() >= 5 && code.size() <= 16, "the example should stay about 15 lines: " + code.size());
        String readme = Files.readString(README);
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        boolean found = false;
        while (block.find()) {
            List<String> lines = block.group(1).lines().toList();
            if (lines.containsAll(code) && lines.indexOf(code.get(0)) >= 0) {
                int start = lines.indexOf(code.get(0));
                assertEquals(code, lines.subList(start, Math.min(lines.size(), start + code.size())));
                found = true;
            }
        }
        assertTrue(found, "README.md has no java block with the lines of EmbeddingExample between its tags");
    }

    /** Returns the lines between the tag comments, without their common indentation. */
    private static List<String> embedRegion(String source) {
        List<String> all = source.lines().toList();
        int from = -1;
        int to = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).contains("// tag::embed[]")) {
                from = i + 1;
            } else if (all.get(i).contains("// end::embed[]")) {
                to = i;
            }
        }
        List<String> region = all.subList(from, to);
        int indent = region.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }
}
