package org.msp.graph.scenario;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.msp.graph.SupplyNetwork;
import org.msp.graph.internal.BatchPropagation;

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
 * <p><b>Engines.</b> This class holds the settings; the trials run in a {@link MonteCarloKernel}
 * ({@link #kernel}), which returns a mergeable {@link MonteCarloTally} for any range of trials, and
 * {@link #result(MonteCarloKernel, MonteCarloTally)} turns the complete tally into the result. The thread engine
 * of {@link #run} and the Spark engine of msp-spark both call them, so they agree bit for bit.
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
        return MonteCarloThreads.start(this, kernel(network));
    }

    /**
     * Returns the trial kernel of this simulation on {@code network}: the network in compact form with the shocks'
     * factor slots and the tracked consumers, ready to run any range of trials ({@link MonteCarloKernel#run}). An
     * engine that spreads trials over machines ships the kernel (it is serializable), runs ranges of whole
     * batches, merges the tallies in index order ({@link MonteCarloTally#concat}) and calls
     * {@link #result(MonteCarloKernel, MonteCarloTally)}. Running time: {@code O(shocks × (n + m) + n + m)}.
     */
    public MonteCarloKernel kernel(SupplyNetwork network) {
        Objects.requireNonNull(network, "network");
        return new MonteCarloKernel(network, shocks, trials, seed, stockpiles);
    }

    /**
     * Returns the result of this simulation from the complete tally of its kernel: what {@link #run} returns for the
     * same network, bit for bit, whichever engine produced the tally. Running time: {@code O(s log s)} for the
     * {@code s} shortfalls recorded.
     *
     * @throws IllegalArgumentException if the tally does not cover every trial, or the kernel has another seed or
     *                                  number of trials
     */
    public ShortfallDistributions result(MonteCarloKernel kernel, MonteCarloTally tally) {
        checkArgument(kernel.trials() == trials && kernel.seed() == seed,
                "kernel of %s trials with seed %s, not of this simulation (%s trials, seed %s)", kernel.trials(),
                kernel.seed(), trials, seed);
        return kernel.result(tally, shocks);
    }

    /** Returns the random shocks, in order. */
    public List<RandomShock> shocks() {
        return shocks;
    }

    /** Returns the seed. */
    public long seed() {
        return seed;
    }

    /** Returns the progress listener. */
    ProgressListener listener() {
        return listener;
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
}
