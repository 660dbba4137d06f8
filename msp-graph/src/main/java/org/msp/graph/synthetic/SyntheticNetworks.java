package org.msp.graph.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.msp.graph.Node;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.CompactGraph;
import org.msp.model.Actor;
import org.msp.model.Country;
import org.msp.model.Dataset;
import org.msp.model.Facility;
import org.msp.model.FlowOrigin;
import org.msp.model.Mineral;
import org.msp.model.MineralGroup;
import org.msp.model.Provenance;
import org.msp.model.Region;
import org.msp.model.Stage;

/**
 * Seeded generator of realistic synthetic facility-level supply networks of any size, for benchmarks and
 * property tests, and the edge-list export that lets other tools run on the same graph.
 *
 * <p><b>What is generated.</b> Countries get a place on the unit square and an economic size drawn from a
 * log-normal distribution (sigma 1.5). Minerals {@code m000, m001, ...} are generated one after another until
 * the network has {@link SyntheticSpec#targetEdges()} edges. For each mineral and each of the stages mining,
 * refining, material, component and end use:
 * <ol>
 *   <li><b>Facilities.</b> A share of the countries produce at the stage (at mining uniformly, "geology"; at later
 *       stages in proportion to economic size); each has 1 + Geometric facilities (mean
 *       {@link SyntheticSpec#facilitiesPerSite()}) whose sizes follow a Pareto law with tail index
 *       {@link SyntheticSpec#paretoAlpha()}. Facility ids read {@code m000.aab.refining.2}.</li>
 *   <li><b>Production.</b> A mine's own supply is its size times 1,000 t, its capacity up to 30% more; it
 *       delivers everything to its country's mining node ({@code facility:m000.aab.mining.0/mining/m000 ->
 *       AAB/mining/m000}). At a later stage, the country node of the stage before delivers 97% of what it kept
 *       to the country's facilities of this stage, in proportion to their sizes, and each facility passes its
 *       output on to its country's node of this stage.</li>
 *   <li><b>Trade.</b> Countries are visited in a random order per stage; each exports a share of its throughput
 *       (10–60%, or 90% when it has no facility at the next stage) to up to {@link SyntheticSpec#tradePartners()}
 *       countries later in the order, chosen and weighted by a gravity model: size of the importer over the
 *       squared distance. With {@link SyntheticSpec#loopShare()} a country also returns 2% of its throughput to
 *       an earlier country (two-way trade, loops). Trade capacities are up to 50% above the flows, other edges
 *       up to 30%.</li>
 * </ol>
 * So flows are conserved (every node sends on at most its throughput), facility sizes are heavy-tailed, and
 * trade is concentrated on large nearby partners. Without loops the network is acyclic.
 *
 * <pre>{@code
 * SyntheticNetwork s = SyntheticNetworks.generate(SyntheticSpec.ofEdges(100_000, 1));
 * s.network();                                        // ~100,000 edges
 * SyntheticNetworks.writeEdgeList(s.network(), Path.of("edges.tsv"), Path.of("nodes.tsv"));
 * }</pre>
 *
 * <p>Running time O(minerals · stages · countries² + E log E) for E edges (the network's own build sorts).
 * This class is stateless and thread-safe.
 */
public final class SyntheticNetworks {
    private static final Stage[] STAGES = {Stage.MINING, Stage.REFINING, Stage.MATERIAL, Stage.COMPONENT,
        Stage.END_USE};

    private SyntheticNetworks() {
    }

    /**
     * Generates the network of {@code spec}, with a dataset naming its countries, minerals and facilities.
     *
     * @throws NullPointerException if {@code spec} is null
     */
    public static SyntheticNetwork generate(SyntheticSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new Generator(spec).run();
    }

    /**
     * Returns the three-letter code of country number {@code i}: {@code AAA, AAB, ...}.
     *
     * @throws IllegalArgumentException if {@code i} is outside 0..17,575
     */
    public static String countryCode(int i) {
        if (i < 0 || i >= SyntheticSpec.MAX_COUNTRIES) {
            throw new IllegalArgumentException("country number outside 0.." + (SyntheticSpec.MAX_COUNTRIES - 1)
                    + ": " + i);
        }
        return "" + (char) ('A' + i / 676) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }

    /**
     * Writes a network's edge list and node table as tab-separated text, with vertices numbered as in the
     * network's {@linkplain SupplyNetwork#index(Node) index}. The edge file has a header line
     * {@code tail head flow capacity} and one line per edge in the network's edge order; the node file has a
     * header {@code index own_supply capacity node} and one line per node. Amounts are written with 17
     * significant digits, so they read back exactly.
     *
     * @throws UncheckedIOException if a file cannot be written
     */
    public static void writeEdgeList(SupplyNetwork network, Path edges, Path nodes) {
        Objects.requireNonNull(network, "network");
        CompactGraph g = network.compact();
        try (BufferedWriter w = Files.newBufferedWriter(edges, StandardCharsets.UTF_8)) {
            w.write("tail\thead\tflow\tcapacity\n");
            StringBuilder line = new StringBuilder(64);
            for (int e = 0; e < g.edgeCount(); e++) {
                line.setLength(0);
                line.append(g.tail(e)).append('\t').append(g.head(e)).append('\t').append(amount(g.flow(e)))
                        .append('\t').append(amount(g.capacity(e))).append('\n');
                w.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write edge list " + edges, e);
        }
        try (BufferedWriter w = Files.newBufferedWriter(nodes, StandardCharsets.UTF_8)) {
            w.write("index\town_supply\tcapacity\tnode\n");
            for (int v = 0; v < g.vertexCount(); v++) {
                w.write(v + "\t" + amount(g.ownSupply(v)) + "\t" + amount(g.nodeCapacity(v)) + "\t" + network.node(v)
                        + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write node table " + nodes, e);
        }
    }

    private static String amount(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : String.format(Locale.ROOT, "%.17g", x);
    }

    /** One generation run. */
    private static final class Generator {
        private final SyntheticSpec spec;
        private final SplittableRandom random;
        private final int c;
        private final double[] x;
        private final double[] y;
        private final double[] size;
        private final String[] iso;
        private final Provenance provenance;
        private final SupplyNetwork.Builder builder;
        private final List<Facility> facilities = new ArrayList<>();
        private final List<String> minerals = new ArrayList<>();
        private long edges;

        Generator(SyntheticSpec spec) {
            this.spec = spec;
            this.random = new SplittableRandom(spec.seed());
            this.c = spec.countries();
            x = new double[c];
            y = new double[c];
            size = new double[c];
            iso = new String[c];
            for (int i = 0; i < c; i++) {
                x[i] = random.nextDouble();
                y[i] = random.nextDouble();
                size[i] = Math.exp(1.5 * gaussian());
                iso[i] = countryCode(i);
            }
            provenance = Provenance.of("synthetic", "seed " + spec.seed(), "SyntheticNetworks", "generated");
            builder = SupplyNetwork.builder(spec.year());
        }

        SyntheticNetwork run() {
            double meanSize = 0;
            for (double s : size) {
                meanSize += s / c;
            }
            for (int m = 0; edges < spec.targetEdges(); m++) {
                mineral(String.format(Locale.ROOT, "m%03d", m), meanSize);
            }
            SupplyNetwork network = builder.build();
            Dataset.Builder d = Dataset.builder().name("synthetic-" + spec.seed());
            Region[] regions = Region.values();
            for (int i = 0; i < c; i++) {
                d.add(Country.of(iso[i], "Country " + iso[i], regions[i % 5], "synthetic"));
            }
            for (String m : minerals) {
                d.add(Mineral.of(m, "Mineral " + m, MineralGroup.NONE, List.of()));
            }
            facilities.forEach(d::add);
            return new SyntheticNetwork(spec, network, d.build());
        }

        private double gaussian() {
            double u = 1 - random.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
        }

        private double pareto() {
            return Math.pow(1 - random.nextDouble(), -1 / spec.paretoAlpha());
        }

        private void edge(Node from, Node to, double tonnes, double spare) {
            builder.edge(from, to, tonnes, tonnes * (1 + spare * random.nextDouble()), FlowOrigin.REPORTED,
                    provenance);
            edges++;
        }

        private void mineral(String mineral, double meanSize) {
            minerals.add(mineral);
            double[] kept = new double[c]; // what each country node of the previous stage kept after trade
            // facility sizes per country at the current stage, drawn one stage ahead to shape export shares
            double[][] sites = sites(0, meanSize);
            for (int si = 0; si < STAGES.length; si++) {
                Stage stage = STAGES[si];
                double[][] nextSites = si + 1 < STAGES.length ? sites(si + 1, meanSize) : new double[c][];
                double[] inflow = new double[c];
                for (int i = 0; i < c; i++) {
                    double[] fs = sites[i];
                    if (fs == null) {
                        continue;
                    }
                    Node country = Node.of(iso[i], stage, mineral);
                    double total = 0;
                    for (double s : fs) {
                        total += s;
                    }
                    for (int k = 0; k < fs.length; k++) {
                        String id = mineral + "." + iso[i].toLowerCase(Locale.ROOT) + "." + stage.name()
                                .toLowerCase(Locale.ROOT).replace('_', '-') + "." + k;
                        facilities.add(Facility.of(id, "Facility " + id, iso[i], stage, mineral, provenance));
                        Node f = Node.of(Actor.facility(id), stage, mineral);
                        builder.facilityCountry(id, iso[i]);
                        double out;
                        if (si == 0) {
                            out = Math.rint(fs[k] * 1000);
                            builder.node(f, out, out * (1 + 0.3 * random.nextDouble()));
                        } else {
                            out = kept[i] * 0.97 * fs[k] / total;
                            if (out <= 0) {
                                continue;
                            }
                            edge(Node.of(iso[i], STAGES[si - 1], mineral), f, out, 0.3);
                        }
                        edge(f, country, out, 0.3);
                        inflow[i] += out;
                    }
                }
                kept = trade(mineral, stage, inflow, nextSites);
                sites = nextSites;
            }
        }

        /** Facility sizes of each producing country at stage {@code si}, or null where it has none. */
        private double[][] sites(int si, double meanSize) {
            double[][] out = new double[c][];
            double p = 1 / spec.facilitiesPerSite();
            for (int i = 0; i < c; i++) {
                double chance = si == 0 ? spec.producerShare() : Math.min(1, spec.producerShare() * size[i] / meanSize);
                if (random.nextDouble() >= chance) {
                    continue;
                }
                int count = 1;
                if (p < 1) {
                    count += (int) Math.min(1000, Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p)));
                }
                out[i] = new double[count];
                for (int k = 0; k < count; k++) {
                    out[i][k] = pareto();
                }
            }
            return out;
        }

        /** Trade at one stage; returns what each country node keeps for the next stage. */
        private double[] trade(String mineral, Stage stage, double[] inflow, double[][] nextSites) {
            int[] order = new int[c];
            for (int i = 0; i < c; i++) {
                order[i] = i;
            }
            for (int i = c - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double[] throughput = inflow.clone();
            double[] kept = new double[c];
            double[] weight = new double[c];
            int[] partner = new int[spec.tradePartners()];
            double[] share = new double[spec.tradePartners()];
            for (int pos = 0; pos < c; pos++) {
                int i = order[pos];
                double t = throughput[i];
                if (t <= 0) {
                    continue;
                }
                Node from = Node.of(iso[i], stage, mineral);
                double exportShare = nextSites[i] == null && stage != Stage.END_USE ? 0.9
                        : 0.1 + 0.5 * random.nextDouble();
                int later = c - pos - 1;
                int k = Math.min(spec.tradePartners(), later);
                double sumW = 0;
                for (int q = pos + 1; q < c; q++) {
                    int j = order[q];
                    double dx = x[i] - x[j];
                    double dy = y[i] - y[j];
                    weight[q] = size[j] / (dx * dx + dy * dy + 0.01);
                    sumW += weight[q];
                }
                double picked = 0;
                for (int r = 0; r < k; r++) {
                    double u = random.nextDouble() * sumW;
                    int q = pos + 1;
                    double acc = weight[q];
                    while (acc < u && q < c - 1) {
                        q++;
                        acc += weight[q];
                    }
                    if (weight[q] == 0) { // rounding at an end of the range: take the nearest one left
                        int up = q;
                        while (up < c - 1 && weight[up] == 0) {
                            up++;
                        }
                        int down = q;
                        while (down > pos + 1 && weight[down] == 0) {
                            down--;
                        }
                        q = weight[up] > 0 ? up : down;
                    }
                    partner[r] = q;
                    share[r] = weight[q];
                    picked += weight[q];
                    sumW -= weight[q];
                    weight[q] = 0;
                }
                double sent = 0;
                for (int r = 0; r < k; r++) {
                    int j = order[partner[r]];
                    double f = t * exportShare * share[r] / picked;
                    if (f > 0) {
                        edge(from, Node.of(iso[j], stage, mineral), f, 0.5);
                        throughput[j] += f;
                        sent += f;
                    }
                }
                if (spec.loopShare() > 0 && pos > 0 && random.nextDouble() < spec.loopShare()) {
                    int j = order[random.nextInt(pos)];
                    double f = t * 0.02;
                    edge(from, Node.of(iso[j], stage, mineral), f, 0.5);
                    sent += f;
                }
                kept[i] = Math.max(0, t - sent);
            }
            return kept;
        }
    }
}
