package org.msp.graph.scenario;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.BatchPropagation;
import org.msp.graph.internal.CompactGraph;

/**
 * The trial kernel of a {@link MonteCarlo} on one network: runs trials {@code [from, to)} and returns their
 * shortfall shares as a {@link MonteCarloTally}. Every engine calls it: the thread engine of
 * {@link MonteCarlo#run}, and engines that spread trial ranges over other machines (msp-spark broadcasts a kernel
 * and runs one range per partition).
 *
 * <p>The kernel holds the network in compact form only (arrays: the in-edges with flow of the proportional
 * propagation, the factor slots of the random shocks, the tracked consumers and their baselines and stockpiles), so
 * it is {@link Serializable} and small: about 12 bytes per in-edge with flow plus 8 per vertex. Trial {@code t}
 * draws from a {@link SplittableRandom} seeded with a mix of {@code (seed, t)}; trials are propagated in batches of
 * {@value #BATCH} consecutive indices starting at multiples of {@value #BATCH}. So a range's shares do not depend on
 * which machine or thread runs it, and tallies of adjacent ranges merged in index order
 * ({@link MonteCarloTally#merge}) equal the tally of the union, bit for bit.
 *
 * <p>Running time of {@link #run}: {@code (to - from) / 64} passes over the in-edges with flow (times the sweeps
 * inside loops), plus {@code O(shocks)} random draws per trial.
 *
 * <p>This class is immutable and thread-safe; each call of {@link #run} uses its own workspace.
 */
public final class MonteCarloKernel implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Trials per batch: a range passed to {@link #run} starts at a multiple of this. */
    public static final int BATCH = BatchPropagation.LANES;

    private final long trials;
    private final long seed;
    private final BatchPropagation propagation;
    private final int[][] shockNodeSlots;
    private final double[][] shockNodeFactors;
    private final int[][] shockEdgeSlots;
    private final double[][] shockEdgeFactors;
    private final double[] probability;
    /** The shocks' undetermined bans ({@link Undetermined}), as node text and reason, kept as strings to serialize. */
    private final String[] undeterminedNodes;
    private final String[] undeterminedReasons;
    // Every consumer, by mineral then country; tracked ones (downstream of a shock) have an index >= 0.
    private final String[] mineral;
    private final String[] country;
    private final double[] baseline;
    private final double[] stock;
    private final int[] trackedIndex;
    // Tracked consumers, by tracked index.
    private final int[] trackedConsumer;
    private final int[][] trackedNodes;
    private final double[][] trackedWeights;
    private final double[] trackedBaseline;

    MonteCarloKernel(SupplyNetwork network, List<RandomShock> shocks, long trials, long seed, Stockpiles stockpiles) {
        Objects.requireNonNull(network, "network");
        this.trials = trials;
        this.seed = seed;
        List<Undetermined> gaps = Undetermined.of(network, shocks.stream().map(RandomShock::shock).toList());
        this.undeterminedNodes = gaps.stream().map(u -> u.node().toString()).toArray(String[]::new);
        this.undeterminedReasons = gaps.stream().map(Undetermined::reason).toArray(String[]::new);
        Consumers consumers = new Consumers(network);
        CompactGraph g = consumers.g;
        int n = g.vertexCount();
        int m = g.edgeCount();
        int[] nodeSlotOf = new int[n];
        int[] edgeSlotOf = new int[m];
        Arrays.fill(nodeSlotOf, -1);
        Arrays.fill(edgeSlotOf, -1);
        int ns = 0;
        int es = 0;
        int k = shocks.size();
        shockNodeSlots = new int[k][];
        shockNodeFactors = new double[k][];
        shockEdgeSlots = new int[k][];
        shockEdgeFactors = new double[k][];
        probability = new double[k];
        boolean[] hit = new boolean[n];
        for (int i = 0; i < k; i++) {
            Perturbation p = new Perturbation(consumers, Scenario.of(shocks.get(i).shock()));
            probability[i] = shocks.get(i).probability();
            List<Integer> nodeSlots = new ArrayList<>();
            List<Double> nf = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                if (p.nodeFactor[v] != 1.0) {
                    if (nodeSlotOf[v] < 0) {
                        nodeSlotOf[v] = ns++;
                    }
                    nodeSlots.add(nodeSlotOf[v]);
                    nf.add(p.nodeFactor[v]);
                    hit[v] = true;
                }
            }
            List<Integer> edgeSlots = new ArrayList<>();
            List<Double> ef = new ArrayList<>();
            for (int e = 0; e < m; e++) {
                if (p.edgeFactor[e] != 1.0) {
                    if (edgeSlotOf[e] < 0) {
                        edgeSlotOf[e] = es++;
                    }
                    edgeSlots.add(edgeSlotOf[e]);
                    ef.add(p.edgeFactor[e]);
                    hit[g.head(e)] = true;
                }
            }
            shockNodeSlots[i] = nodeSlots.stream().mapToInt(Integer::intValue).toArray();
            shockNodeFactors[i] = nf.stream().mapToDouble(Double::doubleValue).toArray();
            shockEdgeSlots[i] = edgeSlots.stream().mapToInt(Integer::intValue).toArray();
            shockEdgeFactors[i] = ef.stream().mapToDouble(Double::doubleValue).toArray();
        }
        propagation = new BatchPropagation(g, nodeSlotOf, edgeSlotOf);
        // Downstream of a hit vertex (or edge head): the only vertices whose ratio can leave 1.
        boolean[] affected = hit.clone();
        int[] stack = new int[n];
        int sp = 0;
        for (int v = 0; v < n; v++) {
            if (affected[v]) {
                stack[sp++] = v;
            }
        }
        while (sp > 0) {
            int v = stack[--sp];
            for (int e = g.outStart(v); e < g.outStart(v + 1); e++) {
                int h = g.head(e);
                if (!affected[h] && g.flow(e) > 0) {
                    affected[h] = true;
                    stack[sp++] = h;
                }
            }
        }
        int c = consumers.nodes.size();
        mineral = new String[c];
        country = new String[c];
        baseline = new double[c];
        stock = new double[c];
        trackedIndex = new int[c];
        List<Integer> tc = new ArrayList<>();
        List<int[]> nodesOf = new ArrayList<>();
        List<double[]> weightsOf = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Consumers.Key, int[]> en : consumers.nodes.entrySet()) {
            Consumers.Key key = en.getKey();
            mineral[i] = key.mineral();
            country[i] = key.country();
            baseline[i] = consumers.baseline.get(key);
            OptionalDouble s = stockpiles.tonnes(key.country(), key.mineral());
            stock[i] = s.isPresent() ? s.getAsDouble() : Double.NaN;
            int[] vs = en.getValue();
            boolean any = false;
            for (int v : vs) {
                any |= affected[v] && consumers.retained[v] > 0;
            }
            trackedIndex[i] = -1;
            if (any && baseline[i] > 0) {
                trackedIndex[i] = tc.size();
                tc.add(i);
                nodesOf.add(vs);
                double[] w = new double[vs.length];
                for (int j = 0; j < vs.length; j++) {
                    w[j] = consumers.retained[vs[j]];
                }
                weightsOf.add(w);
            }
            i++;
        }
        trackedConsumer = tc.stream().mapToInt(Integer::intValue).toArray();
        trackedNodes = nodesOf.toArray(new int[0][]);
        trackedWeights = weightsOf.toArray(new double[0][]);
        trackedBaseline = Arrays.stream(trackedConsumer).mapToDouble(x -> baseline[x]).toArray();
    }

    /** Returns the number of trials of the whole run. */
    public long trials() {
        return trials;
    }

    /** Returns the seed. */
    public long seed() {
        return seed;
    }

    /** Returns the number of batches of the whole run: {@code ceil(trials / 64)}. */
    public int batches() {
        return (int) ((trials + BATCH - 1) / BATCH);
    }

    /** Returns the number of consumers whose shortfall is recorded (those downstream of some shock). */
    public int trackedConsumers() {
        return trackedConsumer.length;
    }

    /** Returns the mineral of tracked consumer {@code c} (0 ≤ c &lt; {@link #trackedConsumers()}). */
    public String trackedMineral(int c) {
        return mineral[trackedConsumer[c]];
    }

    /** Returns the country (ISO3) of tracked consumer {@code c}. */
    public String trackedCountry(int c) {
        return country[trackedConsumer[c]];
    }

    /** Returns the number of in-edges with flow one batch visits (the work unit of the kernel). */
    public long edgesPerBatch() {
        return propagation.edgesPerPass();
    }

    /**
     * Runs trials {@code [from, to)} and returns their shares.
     *
     * @throws IllegalArgumentException if the range is outside {@code [0, trials]}, or {@code from} is not a multiple
     *                                  of {@value #BATCH}, or {@code to} is neither a multiple of it nor
     *                                  {@link #trials()}
     */
    public MonteCarloTally run(long from, long to) {
        return run(from, to, x -> { }, () -> false);
    }

    /**
     * Runs trials {@code [from, to)}, calling {@code progress} with the trial count of each finished batch and
     * stopping before a batch when {@code stop} answers true (the tally then covers the batches run).
     */
    MonteCarloTally run(long from, long to, LongConsumer progress, BooleanSupplier stop) {
        int tracked = trackedConsumer.length;
        float[][] share = new float[tracked][16];
        int[] size = new int[tracked];
        long[] end = run(from, to, progress, stop, (trial, c, x) -> {
            if (size[c] == share[c].length) {
                share[c] = Arrays.copyOf(share[c], size[c] * 2);
            }
            share[c][size[c]++] = x;
        });
        for (int c = 0; c < tracked; c++) {
            share[c] = Arrays.copyOf(share[c], size[c]);
        }
        return new MonteCarloTally(from, end[0], share, end[1]);
    }

    /**
     * Runs trials {@code [from, to)} and hands each shortfall to {@code sink}, in trial order and, within a trial,
     * by tracked consumer: the per-trial records behind {@link #run}, for engines that store them (msp-spark
     * writes them as Parquet).
     *
     * @throws IllegalArgumentException as {@link #run}
     */
    public void forEachShortfall(long from, long to, ShortfallSink sink) {
        Objects.requireNonNull(sink, "sink");
        // The kernel reports a batch consumer by consumer; bucket by lane (consumers stay ascending), then replay.
        int[][] consumer = new int[BATCH][8];
        float[][] share = new float[BATCH][8];
        int[] size = new int[BATCH];
        for (long b = from; b < to; b += BATCH) {
            long start = b;
            Arrays.fill(size, 0);
            run(b, Math.min(to, b + BATCH), x -> { }, () -> false, (trial, c, x) -> {
                int lane = (int) (trial - start);
                if (size[lane] == share[lane].length) {
                    share[lane] = Arrays.copyOf(share[lane], size[lane] * 2);
                    consumer[lane] = Arrays.copyOf(consumer[lane], size[lane] * 2);
                }
                consumer[lane][size[lane]] = c;
                share[lane][size[lane]++] = x;
            });
            for (int lane = 0; lane < BATCH; lane++) {
                for (int i = 0; i < size[lane]; i++) {
                    sink.accept(start + lane, consumer[lane][i], share[lane][i]);
                }
            }
        }
    }

    /** Receives the shortfalls of a run, one at a time. */
    @FunctionalInterface
    public interface ShortfallSink {
        /**
         * Receives a shortfall.
         *
         * @param trial    the trial index
         * @param consumer the tracked consumer ({@link #trackedMineral}, {@link #trackedCountry})
         * @param share    the shortfall share, in (0, 1]
         */
        void accept(long trial, int consumer, float share);
    }

    /** Runs the batches of [from, to) into the sink; returns {end reached, edge-scenario updates}. */
    private long[] run(long from, long to, LongConsumer progress, BooleanSupplier stop, ShortfallSink sink) {
        checkArgument(0 <= from && from <= to && to <= trials, "trial range [%s, %s) is outside [0, %s)", from, to,
                trials);
        checkArgument(from % BATCH == 0, "trial range start %s is not a multiple of %s", from, BATCH);
        checkArgument(to % BATCH == 0 || to == trials, "trial range end %s is neither a multiple of %s nor %s", to,
                BATCH, trials);
        final int lanes = BATCH;
        int tracked = trackedConsumer.length;
        BatchPropagation.Workspace w = propagation.newWorkspace();
        double[] supply = new double[lanes];
        long updates = 0;
        long first = from;
        while (first < to && !stop.getAsBoolean()) {
            int count = (int) Math.min(lanes, to - first);
            w.resetFactors();
            for (int lane = 0; lane < count; lane++) {
                SplittableRandom rng = new SplittableRandom(MonteCarlo.trialSeed(seed, first + lane));
                for (int i = 0; i < probability.length; i++) {
                    if (rng.nextDouble() < probability[i]) {
                        int[] nsl = shockNodeSlots[i];
                        double[] nf = shockNodeFactors[i];
                        for (int j = 0; j < nsl.length; j++) {
                            w.nodeFactor[nsl[j] * lanes + lane] *= nf[j];
                        }
                        int[] esl = shockEdgeSlots[i];
                        double[] ef = shockEdgeFactors[i];
                        for (int j = 0; j < esl.length; j++) {
                            w.edgeFactor[esl[j] * lanes + lane] *= ef[j];
                        }
                    }
                }
            }
            updates += propagation.propagate(w);
            for (int c = 0; c < tracked; c++) {
                Arrays.fill(supply, 0.0);
                int[] vs = trackedNodes[c];
                double[] ws = trackedWeights[c];
                for (int j = 0; j < vs.length; j++) {
                    double wt = ws[j];
                    int base = vs[j] * lanes;
                    for (int lane = 0; lane < lanes; lane++) {
                        supply[lane] += wt * w.ratio[base + lane];
                    }
                }
                double b = trackedBaseline[c];
                double floor = b * (1.0 - ShortfallDistribution.SHORTFALL_THRESHOLD);
                for (int lane = 0; lane < count; lane++) {
                    if (supply[lane] < floor) {
                        sink.accept(first + lane, c, (float) Math.min(1.0, 1.0 - supply[lane] / b));
                    }
                }
            }
            first += count;
            progress.accept(count);
        }
        return new long[] {first, updates};
    }

    /**
     * Returns the result of a complete tally ({@code [0, trials)}): per consumer the mean, nearest-rank quantiles
     * and probability of a shortfall, computed from its positive shares in trial order (sorted for the quantiles).
     *
     * @throws IllegalArgumentException if the tally does not cover every trial or has another number of consumers
     */
    ShortfallDistributions result(MonteCarloTally tally, List<RandomShock> shocks) {
        checkArgument(tally.from() == 0 && tally.to() == trials, "tally covers trials [%s, %s), not [0, %s)",
                tally.from(), tally.to(), trials);
        checkArgument(tally.consumers() == trackedConsumer.length, "tally has %s consumers, the kernel %s",
                tally.consumers(), trackedConsumer.length);
        List<ShortfallDistribution> out = new ArrayList<>(mineral.length);
        for (int i = 0; i < mineral.length; i++) {
            OptionalDouble s = Double.isNaN(stock[i]) ? OptionalDouble.empty() : OptionalDouble.of(stock[i]);
            int c = trackedIndex[i];
            if (c < 0) {
                out.add(new ShortfallDistribution(country[i], mineral[i], baseline[i], 0, 0, 0, 0, 0, s,
                        DaysOfCover.unbounded()));
            } else {
                out.add(distribution(i, tally.sharesOf(c), s));
            }
        }
        List<Undetermined> gaps = new ArrayList<>();
        for (int i = 0; i < undeterminedNodes.length; i++) {
            gaps.add(new Undetermined(org.msp.graph.Node.parse(undeterminedNodes[i]), undeterminedReasons[i]));
        }
        return new ShortfallDistributions(trials, seed, shocks, out, tally.edgeScenarioUpdates(), gaps);
    }

    /** The distribution of consumer {@code i} from its positive shares in trial order (a private copy is sorted). */
    private ShortfallDistribution distribution(int i, float[] shares, OptionalDouble stockTonnes) {
        float[] s = shares.clone();
        int count = s.length;
        double b = baseline[i];
        double sum = 0;
        double daysSum = 0;
        for (float x : s) {
            sum += x;
            if (stockTonnes.isPresent()) {
                daysSum += stockTonnes.getAsDouble() / (x * b / DaysOfCover.DAYS_PER_YEAR);
            }
        }
        Arrays.sort(s);
        DaysOfCover cover = count == 0 ? DaysOfCover.unbounded()
                : stockTonnes.isEmpty() ? DaysOfCover.unknown() : DaysOfCover.ofDays(daysSum / count);
        return new ShortfallDistribution(country[i], mineral[i], b, sum / trials,
                MonteCarlo.rank(s, trials, 0.50), MonteCarlo.rank(s, trials, 0.95), MonteCarlo.rank(s, trials, 0.99),
                (double) count / trials, stockTonnes, cover);
    }

    @Override
    public String toString() {
        return "MonteCarloKernel[" + trials + " trials, seed " + seed + ", " + probability.length + " random shocks, "
                + trackedConsumer.length + " of " + mineral.length + " consumers tracked, " + edgesPerBatch()
                + " in-edges per batch]";
    }
}
