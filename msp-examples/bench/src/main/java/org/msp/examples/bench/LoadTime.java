package org.msp.examples.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.msp.world.Datasets;
import org.msp.io.DatasetJson;
import org.msp.model.Dataset;

/**
 * Times the cold load of a dataset document, each run in a fresh JVM: the embedded world dataset
 * ({@code Datasets.world()}) and, as peers in the same run, any gzipped dataset documents named on the command
 * line (read through {@code DatasetJson.read}, as {@code Datasets.world()} reads its resource), each optionally
 * followed by {@code ::classpath} to load it with another build of the library (put ahead of this one; the
 * word {@code world} instead of a file names the embedded dataset of that build). The runs of the
 * candidates alternate, so that a change in the machine's load falls on all of them alike.
 *
 * <p>It needs only the library, so it runs without the JMH profile (e.g. offline):
 *
 * <pre>{@code
 * mvn -o -B -q -DskipTests package
 * git show 9efc590:msp-core/src/main/resources/org/msp/data/world.json.gz > /tmp/old.json.gz
 * javac -d /tmp/lt -cp msp-examples/target/msp.jar msp-examples/bench/src/main/java/org/msp/examples/bench/LoadTime.java
 * java -cp /tmp/lt:msp-examples/target/msp.jar org.msp.examples.bench.LoadTime 9 "old doc=/tmp/old.json.gz" \
 *     "earlier build=world::/tmp/earlier-msp.jar"
 * }</pre>
 *
 * <p>Prints, per candidate, the median, minimum and maximum over the runs of the loading thread's CPU time, the
 * whole process's CPU time during the load (JIT compiler and GC threads included) and the wall time, with the
 * machine's load average before and after. Not part of CI.
 */
public final class LoadTime {
    private LoadTime() {
    }

    /**
     * Runs the benchmark, or (with {@code --once}) one timed load in this JVM.
     *
     * @param args {@code N [label=file.json.gz[::classpath] ...]} or {@code --once world|file.json.gz}
     * @throws Exception if a child JVM fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--once")) {
            once(args[1]);
            return;
        }
        if (args.length < 1) {
            System.err.println("usage: LoadTime N [label=file.json.gz[::classpath] ...]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Map<String, String> candidates = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            candidates.put(kv[0], kv[1]);
        }
        candidates.put("world (Datasets.world())", "world");
        String load0 = loadAverage();
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        candidates.keySet().forEach(k -> results.put(k, new ArrayList<>()));
        for (int run = 0; run < n; run++) {
            for (Map.Entry<String, String> c : candidates.entrySet()) {
                results.get(c.getKey()).add(child(c.getValue()));
            }
        }
        String load1 = loadAverage();
        System.out.printf(Locale.ROOT, "%d fresh JVMs per candidate, alternating; load average before: %s, after: %s%n",
                n, load0, load1);
        System.out.printf(Locale.ROOT, "%-28s %26s %26s %26s%n", "candidate", "thread CPU ms med (min-max)",
                "process CPU ms med (min-max)", "wall ms med (min-max)");
        for (Map.Entry<String, List<double[]>> r : results.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s", r.getKey()));
            for (int k = 0; k < 3; k++) {
                final int col = k;
                double[] v = r.getValue().stream().mapToDouble(x -> x[col]).sorted().toArray();
                line.append(String.format(Locale.ROOT, " %26s", String.format(Locale.ROOT, "%.0f (%.0f-%.0f)",
                        median(v), v[0], v[v.length - 1])));
            }
            System.out.println(line);
        }
    }

    private static double median(double[] sorted) {
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return String.join(", ", Arrays.copyOf(f, 3));
    }

    private static double[] child(String what) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        int sep = what.indexOf("::");
        if (sep >= 0) { // another build of the library, e.g. the jar of an earlier commit, ahead of this class
            classpath = what.substring(sep + 2) + File.pathSeparator + classpath;
            what = what.substring(0, sep);
        }
        Process p = new ProcessBuilder(java, "-cp", classpath, LoadTime.class.getName(), "--once", what)
                .redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                last = line;
            }
        }
        if (p.waitFor() != 0 || last == null || !last.startsWith("load ")) {
            throw new IllegalStateException("child failed for " + what + ": " + last);
        }
        String[] f = last.split(" ");
        return new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])};
    }

    private static void once(String what) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long proc0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        Dataset d;
        if (what.equals("world")) {
            d = Datasets.world();
        } else {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(what)), 1 << 16)) {
                d = DatasetJson.read(in, what);
            }
        }
        long wall = System.nanoTime() - wall0;
        long proc = os.getProcessCpuTime() - proc0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        System.out.printf(Locale.ROOT, "load %.1f %.1f %.1f %d flows%n", cpu / 1e6, proc / 1e6, wall / 1e6,
                d.flows().size());
    }
}
