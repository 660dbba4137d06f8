package org.msp.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output of the command line on the embedded world dataset is the same bytes on every run: each
 * tabular command in table, CSV and JSON, the graph exports, the HTML report, and Monte Carlo with a seed on
 * 1, 2 and 4 threads. The second run of each pair runs with another default locale and time zone, so that
 * output formatted with the platform's locale would show; one command also runs in a forked JVM (German
 * locale, its own hash salt) and must print the same, and a bad argument there must give one line on the
 * process's real standard error and the usage exit code.
 */
class MspDeterminismTest {
    @TempDir
    Path dir;

    private static final String GALLIUM = "gallium:gross_weight=1";

    /** Runs {@code args} with the default locale and time zone set to {@code locale} and {@code zone}. */
    private static MspTest.Run runIn(Locale locale, String zone, String... args) {
        Locale before = Locale.getDefault();
        TimeZone beforeZone = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            var cl = Msp.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            return new MspTest.Run(cl.execute(args), out.toString(), err.toString());
        } finally {
            Locale.setDefault(before);
            TimeZone.setDefault(beforeZone);
        }
    }

    private static MspTest.Run first(String... args) {
        return runIn(Locale.ROOT, "UTC", args);
    }

    private static MspTest.Run second(String... args) {
        // Turkish writes 1.234,5 and upper-cases i to a dotted capital I: locale-dependent output would differ
        return runIn(Locale.forLanguageTag("tr-TR"), "Pacific/Chatham", args);
    }

    static Stream<Arguments> commands() {
        List<List<String>> commands = List.of(
                List.of("concentration", "--stage", "refining"),
                List.of("concentration", "--stage", "mining", "--mineral", "lithium", "cobalt", "graphite"),
                List.of("supply-risk"),
                List.of("reliance", "--country", "KOR"),
                List.of("reliance", "--country", "USA"),
                List.of("dependency", "--country", "JPN", "--mineral", "gallium"),
                List.of("dependency", "--country", "KOR", "--mineral", "lithium", "--group", "msp-partners"),
                List.of("chokepoints", "--mineral", "gallium"),
                List.of("chokepoints", "--mineral", "gallium", "--consumer", "USA"),
                List.of("scenario", "--ban", "CHN/refining/gallium"),
                List.of("scenario", "--ban", "CHN/refining/gallium", "CHN/germanium", "--all"));
        List<Arguments> out = new ArrayList<>();
        for (List<String> c : commands) {
            for (String format : List.of("table", "csv", "json")) {
                List<String> args = new ArrayList<>(List.of("--conversion", GALLIUM));
                args.addAll(c);
                args.add("--format");
                args.add(format);
                out.add(Arguments.of(String.join(" ", args), args.toArray(new String[0])));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void command_twice_sameOutput(String name, String[] args) {
        MspTest.Run a = first(args);
        assertEquals(0, a.exit(), a.err());
        assertTrue(a.out().lines().count() >= 2, a.out());
        MspTest.Run b = second(args);
        assertEquals(a, b, name);
    }

    @Test
    void montecarlo_withSeed_sameOutputOnOneTwoAndFourThreads() {
        for (String format : List.of("table", "csv", "json")) {
            List<MspTest.Run> runs = new ArrayList<>();
            for (String threads : List.of("1", "2", "4", "4", "1")) {
                String[] args = {"--conversion", GALLIUM, "montecarlo", "--shock", "CHN/refining/gallium=0.3",
                    "JPN/gallium=0.1", "CHN/germanium=0.2", "--trials", "3000", "--seed", "11", "--threads", threads,
                    "--format", format, "--all"};
                runs.add(runs.size() % 2 == 0 ? first(args) : second(args));
            }
            assertEquals(0, runs.get(0).exit(), runs.get(0).err());
            assertTrue(runs.get(0).out().lines().count() > 5, runs.get(0).out());
            for (MspTest.Run r : runs) {
                assertEquals(runs.get(0).out(), r.out(), format);
                assertEquals(runs.get(0).exit(), r.exit());
            }
        }
    }

    @Test
    void export_everyGraphFormat_sameBytes() throws IOException {
        for (String format : List.of("dot", "graphml", "gexf")) {
            Path a = dir.resolve("a." + format);
            Path b = dir.resolve("b." + format);
            MspTest.Run ra = first("--conversion", GALLIUM, "export", "--mineral", "gallium", "lithium", "--format",
                    format, "--out", a.toString());
            assertEquals(0, ra.exit(), ra.err());
            MspTest.Run rb = second("--conversion", GALLIUM, "export", "--mineral", "gallium", "lithium", "--format",
                    format, "--out", b.toString());
            assertEquals(0, rb.exit(), rb.err());
            assertTrue(Files.size(a) > 1000, format);
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), format);
        }
    }

    @Test
    void report_twice_sameTextAndSameFiles() throws IOException {
        Path a = dir.resolve("report-a");
        Path b = dir.resolve("report-b");
        MspTest.Run ra = first("report", "--out", a.toString());
        assertEquals(0, ra.exit(), ra.err());
        MspTest.Run rb = second("report", "--out", b.toString());
        assertEquals(0, rb.exit(), rb.err());
        assertEquals(ra.out().replace(a.toString(), "OUT"), rb.out().replace(b.toString(), "OUT"));
        List<Path> filesA = files(a);
        assertEquals(filesA.stream().map(a::relativize).collect(Collectors.toList()),
                files(b).stream().map(b::relativize).collect(Collectors.toList()));
        assertTrue(filesA.stream().anyMatch(p -> p.getFileName().toString().equals("report.html")), filesA::toString);
        for (Path f : filesA) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(a.relativize(f))), f::toString);
        }
    }

    /** Runs {@code msp} in a new JVM on this test's class path; returns exit code, stdout and stderr. */
    static MspTest.Run fork(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.language=de", "-Duser.country=DE",
                "-Dfile.encoding=UTF-8", Msp.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "msp did not finish: " + command);
        return new MspTest.Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void command_inForkedJvmWithGermanLocale_sameOutputAsInProcess() throws Exception {
        String[] args = {"--conversion", GALLIUM, "scenario", "--ban", "CHN/refining/gallium", "--format", "csv"};
        MspTest.Run here = first(args);
        MspTest.Run there = fork(dir, args);
        assertEquals(0, there.exit(), there.err());
        assertEquals(here.out(), there.out());
    }

    @Test
    void badArgument_inForkedJvm_oneLineOnRealStderrAndExitCode() throws Exception {
        MspTest.Run r = fork(dir, "montecarlo", "--shock", "CHN/gallium=2", "--trials", "10", "--seed", "1");
        assertEquals(Msp.EXIT_USAGE, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("msp montecarlo: "), r.err());
        assertEquals("", r.out());
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }
}
