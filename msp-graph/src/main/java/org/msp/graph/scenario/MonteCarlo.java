package org.msp.graph.scenario;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.BatchPropagation;
import org.msp.graph.internal.CompactGraph;

/**
 * Monte Carlo simulation of random loss shocks: in each of {@code N} trials each {@link RandomShock} strikes
 * independently with its probability, the trial's scenario is propagated without re-routing, and each consumer's
 * shortfall share is recorded; the result gives the distribution per consumer and mineral
 * ({@link ShortfallDistribution}).
 *
 * <p><b>Reproducibility.</b> Trial {@code t} draws from its own {@link SplittableRandom} seeded with a mix of
 * {@code (seed, t)}, one uniform number per random shock in list order; trials are grouped into fixed batches of
 * {@value BatchPropagation#LANES} by index; the statistics are reduced in trial order after all batches finish. So
 * the same seed gives the same result, bit for bit, whatever the number of threads.
 *
 * <p><b>Throughput.</b> Each batch of {@value BatchPropagation#LANES} trials is one pass of
 * {@link BatchPropagation} over the compact network (structure-of-arrays, the inner loop over trials). Only the
 * consumers downstream of some shocked node are tracked; the others never lose anything and get an all-zero
 * distribution. Memory: 8 bytes per consumer and trial with a shortfall (zeros are only counted).
 *
 * <p><b>Threads, progress, cancellation.</b> {@link #start(SupplyNetwork)} runs on {@link #threads()} daemon
 * threads (default: all processors) pulling batches from a shared counter, reports to the listener after each
 * batch, and returns a {@link Future} whose {@code cancel} stops the workers at their next batch.
 *
 * <pre>{@code
 * ShortfallDistributions r = MonteCarlo.of(List.of(RandomShock.exportBan("CHN", "gallium", Stage.REFINING, 0.1)))
 *         .withTrials(100_000).withSeed(42).run(network);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; its {@code with} methods return modified copies.
 */
public final class MonteCarlo {
    private final List<RandomShock> shocks;
    private final long trials;
    private final long seed;
    private final int threads;
    private final ProgressListener listener;
    private final Stockpiles stockpiles;

    private MonteCarlo(List<RandomShock> shocks, long trials, long seed, int threads, ProgressListener listener,
            Stockpiles stockpiles) {
        this.shocks = shocks;
        this.trials = trials;
        this.seed = seed;
        this.threads = threads;
        this.listener = listener;
        this.stockpiles = stockpiles;
    }

    /**
     * Returns a simulation of {@code shocks} with 10,000 trials, seed 0, all processors, no listener and no
     * stockpiles.
     */
    public static MonteCarlo of(List<RandomShock> shocks) {
        return new MonteCarlo(ImmutableList.copyOf(shocks), 10_000, 0, Runtime.getRuntime().availableProcessors(),
                ProgressListener.NONE, Stockpiles.none());
    }

    /** Returns a copy with {@code trials} trials (at least 1). */
    public MonteCarlo withTrials(long trials) {
        checkArgument(trials >= 1 && trials <= Integer.MAX_VALUE, "trials outside 1..%s: %s", Integer.MAX_VALUE,
                trials);
        return new MonteCarlo(shocks, trials, seed, threads, listener, stockpiles);
    }

    /** Returns a copy with the seed. */
    public MonteCarlo withSeed(long seed) {
        return new MonteCarlo(shocks, trials, seed, threads, listener, stockpiles);
    }

    /** Returns a copy that runs on {@code threads} threads (at least 1). */
    public MonteCarlo withThreads(int threads) {
        checkArgument(threads >= 1, "threads is below 1: %s", threads);
        return new MonteCarlo(shocks, trials, seed, threads, listener, stockpiles);
    }

    /** Returns a copy that reports progress to {@code listener}. */
    public MonteCarlo withListener(ProgressListener listener) {
        return new MonteCarlo(shocks, trials, seed, threads, Objects.requireNonNull(listener, "listener"),
                stockpiles);
    }

    /** Returns a copy that reads stockpiles from {@code stockpiles}. */
    public MonteCarlo withStockpiles(Stockpiles stockpiles) {
        return new MonteCarlo(shocks, trials, seed, threads, listener, Objects.requireNonNull(stockpiles,
                "stockpiles"));
    }

    /** Returns the number of threads. */
    public int threads() {
        return threads;
    }

    /** Returns the number of trials. */
    public long trials() {
        return trials;
    }

    /**
     * Runs the simulation and waits for it.
     *
     * @throws CancellationException if the run was cancelled (it cannot be from here)
     * @throws IllegalStateException if a worker failed or the waiting thread was interrupted
     */
    public ShortfallDistributions run(SupplyNetwork network) {
        Future<ShortfallDistributions> f = start(network);
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Monte Carlo run", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("Monte Carlo run failed", e.getCause());
        }
    }

    /** Starts the simulation on its own threads and returns its future result; cancel it to stop the workers. */
    public Future<ShortfallDistributions> start(SupplyNetwork network) {
        Objects.requireNonNull(network, "network");
        Plan plan = new Plan(network);
        return plan.launch();
    }

    @Override
    public String toString() {
        return "MonteCarlo[" + trials + " trials, seed " + seed + ", " + threads + " threads, " + shocks.size()
                + " random shocks]";
    }

    /** Mixes the seed and a trial index into the trial's stream seed (SplitMix64 finaliser). */
    static long trialSeed(long seed, long trial) {
        long z = seed + (trial + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One run: the kernel, the shock slots, the tracked consumers and the per-trial storage. */
    private final class Plan {
        private final Consumers consumers;
        private final BatchPropagation kernel;
        private final int[][] shockNodeSlots;
        private final double[][] shockNodeFactors;
        private final int[][] shockEdgeSlots;
        private final double[][] shockEdgeFactors;
        private final double[] probability;
        private final List<Consumers.Key> tracked = new ArrayList<>();
        private final int[][] trackedNodes;
        private final double[][] trackedWeights;
        private final double[] trackedBaseline;
        private final Batch[] results;
        private final int batches;
        private final AtomicInteger nextBatch = new AtomicInteger();
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong updates = new AtomicLong();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger nextConsumer = new AtomicInteger();
        private CountDownLatch batchesLeft;
        private ShortfallDistribution[] distributions;
        private final CompletableFuture<ShortfallDistributions> future = new CompletableFuture<>();

        Plan(SupplyNetwork network) {
            consumers = new Consumers(network);
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
                List<int[]> nodeSlots = new ArrayList<>();
                List<Double> nf = new ArrayList<>();
                for (int v = 0; v < n; v++) {
                    if (p.nodeFactor[v] != 1.0) {
                        if (nodeSlotOf[v] < 0) {
                            nodeSlotOf[v] = ns++;
                        }
                        nodeSlots.add(new int[] {nodeSlotOf[v]});
                        nf.add(p.nodeFactor[v]);
                        hit[v] = true;
                    }
                }
                List<int[]> edgeSlots = new ArrayList<>();
                List<Double> ef = new ArrayList<>();
                for (int e = 0; e < m; e++) {
                    if (p.edgeFactor[e] != 1.0) {
                        if (edgeSlotOf[e] < 0) {
                            edgeSlotOf[e] = es++;
                        }
                        edgeSlots.add(new int[] {edgeSlotOf[e]});
                        ef.add(p.edgeFactor[e]);
                        hit[g.head(e)] = true;
                    }
                }
                shockNodeSlots[i] = nodeSlots.stream().mapToInt(a -> a[0]).toArray();
                shockNodeFactors[i] = nf.stream().mapToDouble(Double::doubleValue).toArray();
                shockEdgeSlots[i] = edgeSlots.stream().mapToInt(a -> a[0]).toArray();
                shockEdgeFactors[i] = ef.stream().mapToDouble(Double::doubleValue).toArray();
            }
            kernel = new BatchPropagation(g, nodeSlotOf, edgeSlotOf);
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
            List<int[]> nodesOf = new ArrayList<>();
            List<double[]> weightsOf = new ArrayList<>();
            for (Map.Entry<Consumers.Key, int[]> en : consumers.nodes.entrySet()) {
                int[] vs = en.getValue();
                boolean any = false;
                for (int v : vs) {
                    any |= affected[v] && consumers.retained[v] > 0;
                }
                if (any && consumers.baseline.get(en.getKey()) > 0) {
                    tracked.add(en.getKey());
                    nodesOf.add(vs);
                    double[] w = new double[vs.length];
                    for (int j = 0; j < vs.length; j++) {
                        w[j] = consumers.retained[vs[j]];
                    }
                    weightsOf.add(w);
                }
            }
            trackedNodes = nodesOf.toArray(new int[0][]);
            trackedWeights = weightsOf.toArray(new double[0][]);
            trackedBaseline = tracked.stream().mapToDouble(consumers.baseline::get).toArray();
            batches = (int) ((trials + BatchPropagation.LANES - 1) / BatchPropagation.LANES);
            results = new Batch[batches];
            distributions = new ShortfallDistribution[tracked.size()];
        }

        Future<ShortfallDistributions> launch() {
            int t = Math.max(1, Math.min(threads, batches));
            running.set(t);
            batchesLeft = new CountDownLatch(t);
            for (int i = 0; i < t; i++) {
                Thread th = new Thread(this::work, "msp-montecarlo-" + i);
                th.setDaemon(true);
                th.start();
            }
            return new RunFuture(future, cancelled);
        }

        private void work() {
            try {
                BatchPropagation.Workspace w = kernel.newWorkspace();
                final int lanes = BatchPropagation.LANES;
                double[] supply = new double[lanes];
                Buffer buffer = new Buffer(trackedNodes.length);
                while (!cancelled.get()) {
                    int batch = nextBatch.getAndIncrement();
                    if (batch >= batches) {
                        break;
                    }
                    long first = (long) batch * lanes;
                    int count = (int) Math.min(lanes, trials - first);
                    w.resetFactors();
                    for (int lane = 0; lane < count; lane++) {
                        SplittableRandom rng = new SplittableRandom(trialSeed(seed, first + lane));
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
                    updates.addAndGet(kernel.propagate(w));
                    for (int c = 0; c < trackedNodes.length; c++) {
                        buffer.startConsumer(c);
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
                        double baseline = trackedBaseline[c];
                        double floor = baseline * (1.0 - ShortfallDistribution.SHORTFALL_THRESHOLD);
                        for (int lane = 0; lane < count; lane++) {
                            if (supply[lane] < floor) {
                                buffer.add((float) Math.min(1.0, 1.0 - supply[lane] / baseline));
                            }
                        }
                    }
                    results[batch] = buffer.take();
                    long d = done.addAndGet(count);
                    synchronized (this) {
                        listener.progress(d, trials);
                    }
                }
            } catch (RuntimeException | Error e) {
                cancelled.set(true);
                future.completeExceptionally(e);
            } finally {
                batchesLeft.countDown();
            }
            try {
                batchesLeft.await();
                while (!cancelled.get()) {
                    int c = nextConsumer.getAndIncrement();
                    if (c >= distributions.length) {
                        break;
                    }
                    distributions[c] = distribution(c);
                }
            } catch (InterruptedException e) {
                cancelled.set(true);
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                cancelled.set(true);
                future.completeExceptionally(e);
            } finally {
                if (running.decrementAndGet() == 0 && !future.isDone()) {
                    if (cancelled.get()) {
                        future.cancel(false);
                    } else {
                        try {
                            future.complete(reduce());
                        } catch (RuntimeException e) {
                            future.completeExceptionally(e);
                        }
                    }
                }
            }
        }

        /**
         * Computes the distribution of tracked consumer {@code c} from its positive shares, read in trial order
         * (batches in index order, lanes ascending): the same for any number of threads.
         */
        private ShortfallDistribution distribution(int c) {
            Consumers.Key key = tracked.get(c);
            int count = 0;
            for (Batch b : results) {
                count += b.start[c + 1] - b.start[c];
            }
            float[] s = new float[count];
            int at = 0;
            for (Batch b : results) {
                int len = b.start[c + 1] - b.start[c];
                System.arraycopy(b.share, b.start[c], s, at, len);
                at += len;
            }
            double baseline = trackedBaseline[c];
            OptionalDouble stock = stockpiles.tonnes(key.country(), key.mineral());
            double sum = 0;
            double daysSum = 0;
            for (float x : s) {
                sum += x;
                if (stock.isPresent()) {
                    daysSum += stock.getAsDouble() / (x * baseline / DaysOfCover.DAYS_PER_YEAR);
                }
            }
            Arrays.sort(s);
            DaysOfCover cover = count == 0 ? DaysOfCover.unbounded()
                    : stock.isEmpty() ? DaysOfCover.unknown() : DaysOfCover.ofDays(daysSum / count);
            return new ShortfallDistribution(key.country(), key.mineral(), baseline, sum / trials,
                    rank(s, trials, 0.50), rank(s, trials, 0.95), rank(s, trials, 0.99), (double) count / trials,
                    stock, cover);
        }

        /** Assembles the result from the per-consumer distributions. */
        private ShortfallDistributions reduce() {
            TreeMap<Consumers.Key, ShortfallDistribution> out = new TreeMap<>();
            for (int c = 0; c < tracked.size(); c++) {
                out.put(tracked.get(c), distributions[c]);
            }
            for (Map.Entry<Consumers.Key, Double> en : consumers.baseline.entrySet()) {
                Consumers.Key key = en.getKey();
                if (!out.containsKey(key)) {
                    out.put(key, new ShortfallDistribution(key.country(), key.mineral(), en.getValue(), 0, 0, 0, 0, 0,
                            stockpiles.tonnes(key.country(), key.mineral()), DaysOfCover.unbounded()));
                }
            }
            return new ShortfallDistributions(trials, seed, shocks, ImmutableList.copyOf(out.values()), updates.get());
        }
    }

    /** Nearest rank: the ⌈q N⌉-th smallest value. */
    static double rank(float[] sorted, double q) {
        return rank(sorted, sorted.length, q);
    }

    /**
     * Nearest rank among {@code n} values of which {@code sorted} are the positive ones (ascending) and the other
     * {@code n - sorted.length} are zero.
     */
    static double rank(float[] sorted, long n, double q) {
        long r = Math.max(1, Math.min(n, (long) Math.ceil(q * n)));
        long zeros = n - sorted.length;
        return r <= zeros ? 0.0 : sorted[(int) (r - zeros - 1)];
    }

    /** The positive shares of one batch, ordered by consumer then trial; consumer c's are start[c]..start[c+1]-1. */
    private static final class Batch {
        final int[] start;
        final float[] share;

        Batch(int[] start, float[] share) {
            this.start = start;
            this.share = share;
        }
    }

    /** A growable buffer of one worker, reused across batches. */
    private static final class Buffer {
        private final int[] start;
        private int size;
        private float[] share = new float[256];

        Buffer(int consumers) {
            start = new int[consumers + 1];
        }

        void startConsumer(int c) {
            start[c] = size;
        }

        void add(float s) {
            if (size == share.length) {
                share = Arrays.copyOf(share, size * 2);
            }
            share[size++] = s;
        }

        Batch take() {
            start[start.length - 1] = size;
            Batch b = new Batch(start.clone(), Arrays.copyOf(share, size));
            size = 0;
            return b;
        }
    }

    /** The future of a run: cancelling it also stops the workers. */
    private static final class RunFuture implements Future<ShortfallDistributions> {
        private final CompletableFuture<ShortfallDistributions> delegate;
        private final AtomicBoolean cancelled;

        RunFuture(CompletableFuture<ShortfallDistributions> delegate, AtomicBoolean cancelled) {
            this.delegate = delegate;
            this.cancelled = cancelled;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled.set(true);
            return delegate.cancel(mayInterruptIfRunning);
        }

        @Override
        public boolean isCancelled() {
            return delegate.isCancelled();
        }

        @Override
        public boolean isDone() {
            return delegate.isDone();
        }

        @Override
        public ShortfallDistributions get() throws InterruptedException, ExecutionException {
            return delegate.get();
        }

        @Override
        public ShortfallDistributions get(long timeout, TimeUnit unit)
                throws InterruptedException, ExecutionException, TimeoutException {
            return delegate.get(timeout, unit);
        }
    }
}
