package org.msp.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run of the command line's class-data-sharing archive: runs a set of typical commands in one JVM,
 * their output discarded, so that a JVM started with {@code -XX:ArchiveClassesAtExit=msp.jsa} archives the
 * classes every command needs (picocli, Jackson, Guava, JGraphT, the dataset model, the snapshot reader, the
 * network and the analyses). The build runs it after packaging {@code msp.jar}; {@code msp-examples/bin/msp}
 * then starts the JVM with {@code -XX:SharedArchiveFile=msp.jsa}, which maps those classes instead of loading
 * and verifying them one by one (docs/performance.md gives the measured effect).
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=msp-examples/target/msp.jsa -cp msp-examples/target/msp.jar \
 *     org.msp.examples.cli.MspClassArchive
 * }</pre>
 */
public final class MspClassArchive {
    /** The commands of the training run (the report's HTML goes to a temporary directory, deleted after). */
    static final List<List<String>> COMMANDS = List.of(
            List.of("concentration", "--stage", "mining", "--mineral", "lithium"),
            List.of("concentration", "--stage", "refining", "--format", "csv"),
            List.of("reliance", "--country", "USA"),
            List.of("dependency", "--country", "KOR", "--mineral", "graphite", "--format", "json"),
            List.of("chokepoints", "--mineral", "lithium"),
            List.of("scenario", "--ban", "CHN/gallium"),
            List.of("supply-risk", "--format", "csv"),
            List.of("export", "--mineral", "cobalt", "--format", "dot"),
            List.of("concentration", "--stage", "mining", "--mineral", "litium"));

    private MspClassArchive() {}

    /**
     * Runs the training commands and a report into a temporary directory; prints one line per command with its
     * exit code.
     */
    public static void main(String[] args) throws IOException {
        Path out = Files.createTempDirectory("msp-class-archive");
        List<List<String>> all = new ArrayList<>(COMMANDS);
        all.add(List.of("report", "--out", out.toString()));
        PrintStream realOut = System.out;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true);
        try {
            for (List<String> c : all) {
                System.setOut(discard);
                CommandLine cl = Msp.commandLine();
                cl.setOut(new PrintWriter(discard, true));
                cl.setErr(new PrintWriter(discard, true));
                int code = cl.execute(c.toArray(String[]::new));
                System.setOut(realOut);
                realOut.println("msp " + String.join(" ", c) + ": exit " + code);
            }
        } finally {
            System.setOut(realOut);
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
