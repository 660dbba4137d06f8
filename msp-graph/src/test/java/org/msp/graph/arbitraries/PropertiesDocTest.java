package org.msp.graph.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README.md and docs/properties.md show the example property exactly as it is compiled and run. */
class PropertiesDocTest {
    private static final String MARKER = "<!-- compiled: ";

    @Test
    void docsExampleBlock_isTheCompiledTestClass() throws IOException {
        checkBlock("docs/properties.md");
    }

    @Test
    void readmeExampleBlock_isTheCompiledTestClass() throws IOException {
        checkBlock("README.md");
    }

    private static void checkBlock(String page) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.exists(root.resolve("docs"))) {
            root = root.getParent(); // surefire runs in the module directory
        }
        String doc = Files.readString(root.resolve(page), StandardCharsets.UTF_8);
        int marker = doc.indexOf(MARKER);
        assertTrue(marker >= 0, page + " has no " + MARKER + "... -->");
        String file = doc.substring(marker + MARKER.length(), doc.indexOf(" -->", marker));
        int start = doc.indexOf("```java\n", marker) + "```java\n".length();
        String block = doc.substring(start, doc.indexOf("```\n", start));
        String source = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        assertEquals(source, block, "the block after the marker in " + page + " differs from " + file);
    }
}
