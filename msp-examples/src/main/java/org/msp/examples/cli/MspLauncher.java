package org.msp.examples.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Starts {@code java -jar msp.jar ...} again with the class-data-sharing archive the build writes beside the jar
 * ({@code msp.jsa}, see {@link MspClassArchive}), because a jar's manifest cannot pass options to the JVM. The
 * new JVM maps the archived classes instead of loading and verifying them from the jar and uses the client
 * compiler only ({@code -XX:TieredStopAtLevel=1}, except for {@code montecarlo}, whose long runs gain from the
 * optimising compiler); it inherits standard input, output and error, and its exit
 * code becomes this process's. It costs one bare JVM start and saves most of the class loading and compilation
 * of a command (docs/performance.md gives both). The same options, without the relaunch, are what
 * {@code msp-examples/bin/msp} passes.
 *
 * <p>Nothing is relaunched when the code does not run from a jar with {@code msp.jsa} beside it, when the JVM
 * already has an archive option, when the process's own command line cannot be read, when the JVM is not
 * started with {@code -jar}, or when {@code -Dmsp.relaunch=false} is given; then the command runs in this JVM.
 * The JVM options of this process ({@code -Xmx4g}, {@code -D...}) are passed on after the launcher's own, so
 * they take precedence.
 */
final class MspLauncher {
    /** The system property that turns the relaunch off ({@code -Dmsp.relaunch=false}); the child gets it too. */
    static final String PROPERTY = "msp.relaunch";

    private MspLauncher() {}

    /**
     * Runs the command in a new JVM with the class archive and returns its exit code, or returns empty when this
     * JVM should run it (see the class comment).
     */
    static OptionalInt relaunch(String[] args) {
        if ("false".equals(System.getProperty(PROPERTY))) {
            return OptionalInt.empty();
        }
        Optional<List<String>> command = command(args);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Process p;
        try {
            p = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        while (true) {
            try {
                return OptionalInt.of(p.waitFor());
            } catch (InterruptedException e) {
                p.destroy();
            }
        }
    }

    /** Returns the command line of the new JVM, or empty if there should be none. */
    static Optional<List<String>> command(String[] args) {
        Optional<Path> jar = jar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        Path archive = jar.get().resolveSibling("msp.jsa");
        if (!Files.isRegularFile(archive)) {
            return Optional.empty();
        }
        Optional<String[]> self = ProcessHandle.current().info().arguments();
        if (self.isEmpty()) {
            return Optional.empty();
        }
        List<String> jvmOptions = new ArrayList<>();
        boolean withJar = false;
        for (String a : self.get()) {
            if (a.equals("-jar")) {
                withJar = true;
                break;
            }
            if (a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-Xshare") || a.startsWith("-XX:ArchiveClasses")) {
                return Optional.empty();
            }
            jvmOptions.add(a);
        }
        if (!withJar) {
            return Optional.empty();
        }
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-XX:SharedArchiveFile=" + archive);
        c.add("-Xshare:auto");
        c.add("-Xlog:cds=off");
        c.add("-Xlog:cds+dynamic=off");
        if (!List.of(args).contains("montecarlo")) {
            // a command of a second gains from the client compiler alone; a simulation of millions of trials
            // runs its kernel long enough for the optimising compiler to pay
            c.add("-XX:TieredStopAtLevel=1");
        }
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
            c.add("-XX:+UseSerialGC");
        }
        c.addAll(jvmOptions);
        c.add("-D" + PROPERTY + "=false");
        c.add("-jar");
        c.add(jar.get().toString());
        c.addAll(List.of(args));
        return Optional.of(c);
    }

    /** Returns the jar this class was loaded from, or empty when it runs from a directory of classes. */
    private static Optional<Path> jar() {
        try {
            CodeSource source = MspLauncher.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar") ? Optional.of(p)
                    : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
