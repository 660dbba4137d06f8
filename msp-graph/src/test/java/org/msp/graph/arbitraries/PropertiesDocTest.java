package org.msp.graph.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/properties.md shows the example property exactly as it is compiled and run. */
class PropertiesDocTest {
    private static final String MARKER = "<!-- compiled: ";

    @Test
    void exampleBlock_isTheCompiledTestClass() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.exists(root.resolve("docs"))) {
            root = root.getParent(); // surefire runs in the module directory
        }
        String doc = Files.readString(root.resolve("docs/properties.md"), StandardCharsets.UTF_8);
        int marker = doc.indexOf(MARKER);
        assertTrue(marker >= 0, "docs/properties.md has no " + MARKER + "... -->");
        String file = doc.substring(marker + MARKER.length(), doc.indexOf(" -->", marker));
        int start = doc.indexOf("```java\n", marker) + "```java\n".length();
        String block = doc.substring(start, doc.indexOf("```\n", start));
        String source = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        assertEquals(source, block, "the block after the marker in docs/properties.md differs from " + file);
    }
}
