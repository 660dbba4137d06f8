package org.msp.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.msp.graph.Node;
import org.msp.data.Datasets;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.SupplyNetworks;
import org.msp.model.Dataset;
import org.msp.model.Mineral;
import org.msp.graph.scenario.MonteCarlo;
import org.msp.graph.scenario.MonteCarloResult;
import org.msp.graph.scenario.RandomShock;
import org.msp.model.Stage;

/**
 * Benchmark of the Monte Carlo engine (a program, not a test): builds a synthetic country-level network from a
 * seed and prints scenarios per second and edge-scenario updates per second for 1 and 2 threads.
 *
 * <p>The network has {@code countries × minerals} nodes per primary stage (mining to end use). Each node
 * exports part of its throughput to about {@code exports} countries at the same stage and delivers the rest
 * to its own next stage. Trade runs from a per-stage random order of countries to later ones, so the network is
 * acyclic; with {@code backShare > 0} that share of nodes also ships a little back to an earlier country (re-
 * exports), which makes loops that the kernel must iterate.
 *
 * <p>With {@code network=world} it runs instead on the country-level network of the embedded world dataset
 * ({@link Datasets#world()}, 2024, every mineral whose figures share one basis), with an export ban and a 50%
 * capacity loss, each with probability 0.05, at the largest mining and refining node of every mineral.
 *
 * <pre>{@code
 * java -cp ... org.msp.examples.bench.MonteCarloBench [network=synthetic|world] [countries=200] [minerals=10]
 *     [exports=8] [trials=64000] [shocks=50] [backShare=0] [seed=1]
 * }</pre>
 */
public final class MonteCarloBench {
    private MonteCarloBench() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code key=value} pairs overriding the defaults above
     */
    public static void main(String[] args) {
        int countries = 200;
        int minerals = 10;
        int exports = 8;
        long trials = 64_000;
        int shocks = 50;
        double backShare = 0;
        long seed = 1;
        String network = "synthetic";
        for (String a : args) {
            String[] kv = a.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected key=value, got '" + a + "'");
            }
            switch (kv[0]) {
                case "countries" -> countries = Integer.parseInt(kv[1]);
                case "minerals" -> minerals = Integer.parseInt(kv[1]);
                case "exports" -> exports = Integer.parseInt(kv[1]);
                case "trials" -> trials = Long.parseLong(kv[1]);
                case "shocks" -> shocks = Integer.parseInt(kv[1]);
                case "backShare" -> backShare = Double.parseDouble(kv[1]);
                case "seed" -> seed = Long.parseLong(kv[1]);
                case "network" -> network = kv[1];
                default -> throw new IllegalArgumentException("unknown option '" + kv[0] + "'");
            }
        }
        long t0 = System.nanoTime();
        SupplyNetwork net;
        List<RandomShock> random;
        if (network.equals("world")) {
            net = world(2024);
            random = worldShocks(net);
        } else if (network.equals("synthetic")) {
            net = synthetic(countries, minerals, exports, backShare, seed);
            random = randomShocks(countries, minerals, shocks, seed);
        } else {
            throw new IllegalArgumentException("network is 'synthetic' or 'world', not '" + network + "'");
        }
        System.out.printf(Locale.ROOT, "%s built in %.1f s; %d random shocks%n", net, (System.nanoTime() - t0) / 1e9,
                random.size());
        MonteCarlo mc = MonteCarlo.of(random).withSeed(seed);
        // Warm-up: let the JIT compile the kernel.
        mc.withTrials(Math.min(trials, 20_000)).withThreads(2).run(net);
        for (int threads : new int[] {1, 2}) {
            long start = System.nanoTime();
            long cpu0 = cpuNanos();
            MonteCarloResult r = mc.withTrials(trials).withThreads(threads).run(net);
            double s = (System.nanoTime() - start) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            double perSecond = trials / s;
            double updates = r.edgeScenarioUpdates() / s;
            System.out.printf(Locale.ROOT,
                    "threads %d: %,d trials in %.2f s = %,.0f scenarios/s (%,.0f per thread), "
                            + "%.3g edge-scenario updates/s (%.3g per thread)%n",
                    threads, trials, s, perSecond, perSecond / threads, updates, updates / threads);
            System.out.printf(Locale.ROOT,
                    "           process CPU %.2f s = %,.0f scenarios per CPU-second, %.3g edge-scenario updates per "
                            + "CPU-second%n", cpu, trials / cpu, r.edgeScenarioUpdates() / cpu);
        }
    }

    /** Returns the CPU time of the whole process (all threads), which stays meaningful on a loaded machine. */
    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
    }

    /** Returns the world network of {@code year}: every mineral whose network builds without a basis conversion. */
    static SupplyNetwork world(int year) {
        Dataset d = Datasets.world();
        List<String> ok = new ArrayList<>();
        for (Mineral m : d.minerals()) {
            try {
                if (SupplyNetworks.builder(d, year).minerals(m.id()).build().nodeCount() > 0) {
                    ok.add(m.id());
                }
            } catch (IllegalArgumentException e) {
                System.out.println("skipped " + m.id() + ": " + e.getMessage());
            }
        }
        return SupplyNetworks.builder(d, year).minerals(ok.toArray(new String[0])).build();
    }

    /** An export ban and a 50% capacity loss (p = 0.05 each) at the largest mining and refining country node of each mineral. */
    static List<RandomShock> worldShocks(SupplyNetwork net) {
        List<RandomShock> out = new ArrayList<>();
        for (String m : net.minerals()) {
            for (Stage s : new Stage[] {Stage.MINING, Stage.REFINING}) {
                net.nodes().stream()
                        .filter(n -> !n.isUnknownSource() && n.isCountry() && n.mineral().equals(m) && n.stage() == s)
                        .max(java.util.Comparator.comparingDouble(net::throughput).thenComparing(n -> n))
                        .ifPresent(n -> {
                            out.add(RandomShock.exportBan(n.actor().id(), m, s, 0.05));
                            out.add(RandomShock.capacityLoss(n.actor().id(), m, s, 0.5, 0.05));
                        });
            }
        }
        return out;
    }

    /** Returns the synthetic network described in the class comment. */
    static SupplyNetwork synthetic(int countries, int minerals, int exports, double backShare, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Stage[] stages = {Stage.MINING, Stage.REFINING, Stage.MATERIAL, Stage.COMPONENT, Stage.END_USE};
        SupplyNetwork.Builder b = SupplyNetwork.builder(2024);
        for (int m = 0; m < minerals; m++) {
            String mineral = "mineral" + m;
            double[] carried = new double[countries]; // what each country's node of the current stage receives
            for (int si = 0; si < stages.length; si++) {
                int[] order = permutation(countries, r);
                double[] inflow = new double[countries];
                for (int c = 0; c < countries; c++) {
                    inflow[c] = carried[c];
                }
                double[] next = new double[countries];
                for (int pos = 0; pos < countries; pos++) {
                    int c = order[pos];
                    Node node = Node.of(iso(c), stages[si], mineral);
                    double own = si == 0 ? (r.nextDouble() < 0.3 ? 1 + r.nextDouble() * 1000 : 0)
                            : (r.nextDouble() < 0.1 ? r.nextDouble() * 100 : 0);
                    own = Math.rint(own);
                    b.node(node, own);
                    double t = own + inflow[c];
                    if (t <= 0) {
                        continue;
                    }
                    double exportShare = 0.3 + 0.5 * r.nextDouble();
                    int later = countries - pos - 1;
                    int k = Math.min(exports, later);
                    double sent = 0;
                    int[] targets = pick(order, pos + 1, k, r);
                    for (int i = 0; i < targets.length; i++) {
                        double f = t * exportShare / targets.length;
                        b.edge(node, Node.of(iso(targets[i]), stages[si], mineral), f);
                        inflow[targets[i]] += f;
                        sent += f;
                    }
                    if (backShare > 0 && pos > 0 && r.nextDouble() < backShare) {
                        int back = order[r.nextInt(pos)];
                        boolean exists = false;
                        for (int x : targets) {
                            exists |= x == back;
                        }
                        if (!exists) {
                            double f = t * 0.02;
                            b.edge(node, Node.of(iso(back), stages[si], mineral), f);
                            sent += f;
                        }
                    }
                    if (si + 1 < stages.length) {
                        double d = (t - sent) * 0.9;
                        b.edge(node, Node.of(iso(c), stages[si + 1], mineral), d);
                        next[c] += d;
                    }
                }
                carried = next;
            }
        }
        return b.build();
    }

    private static int[] permutation(int n, SplittableRandom r) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** Picks k distinct countries from order[from..]. */
    private static int[] pick(int[] order, int from, int k, SplittableRandom r) {
        int avail = order.length - from;
        int[] out = new int[k];
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        int i = 0;
        while (i < k) {
            int c = order[from + r.nextInt(avail)];
            if (seen.add(c)) {
                out[i++] = c;
            }
        }
        return out;
    }

    static List<RandomShock> randomShocks(int countries, int minerals, int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed + 1);
        Stage[] stages = {Stage.MINING, Stage.REFINING, Stage.MATERIAL};
        List<RandomShock> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String c = iso(r.nextInt(countries));
            String m = "mineral" + r.nextInt(minerals);
            Stage s = stages[r.nextInt(stages.length)];
            double p = 0.01 + 0.09 * r.nextDouble();
            out.add(r.nextBoolean() ? RandomShock.exportBan(c, m, s, p)
                    : RandomShock.capacityLoss(c, m, s, 0.2 + 0.8 * r.nextDouble(), p));
        }
        return out;
    }

    /** A synthetic ISO3-shaped code for country number i: "AAA", "AAB", ... */
    static String iso(int i) {
        return "" + (char) ('A' + i / 676 % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }
}
