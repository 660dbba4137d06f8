package org.msp.graph.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The single-machine engine of {@link MonteCarlo}: {@code threads} daemon workers of a fixed thread pool take
 * batches of {@value MonteCarloKernel#BATCH} trials from a shared counter and run them on the
 * {@link MonteCarloKernel}; the batch tallies are merged in index order, so the result does not depend on the
 * number of threads. Progress goes to the listener after each batch; cancelling the returned future stops the
 * workers before their next batch.
 */
final class MonteCarloThreads {
    private MonteCarloThreads() {
    }

    /** Starts the run on its own threads; the returned future's {@code cancel} also stops the workers. */
    static Future<ShortfallDistributions> start(MonteCarlo mc, MonteCarloKernel kernel) {
        AtomicBoolean stop = new AtomicBoolean();
        FutureTask<ShortfallDistributions> task = new FutureTask<>(() -> run(mc, kernel, stop)) {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                stop.set(true);
                return super.cancel(mayInterruptIfRunning);
            }
        };
        Thread coordinator = new Thread(task, "msp-montecarlo");
        coordinator.setDaemon(true);
        coordinator.start();
        return task;
    }

    private static ShortfallDistributions run(MonteCarlo mc, MonteCarloKernel kernel, AtomicBoolean stop)
            throws InterruptedException {
        int batches = kernel.batches();
        int threads = Math.max(1, Math.min(mc.threads(), batches));
        MonteCarloTally[] tallies = new MonteCarloTally[batches];
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        long trials = kernel.trials();
        Object progressLock = new Object();
        AtomicInteger id = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "msp-montecarlo-" + id.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    while (!stop.get()) {
                        int b = next.getAndIncrement();
                        if (b >= batches) {
                            break;
                        }
                        long from = (long) b * MonteCarloKernel.BATCH;
                        tallies[b] = kernel.run(from, Math.min(trials, from + MonteCarloKernel.BATCH), x -> { },
                                () -> false);
                        synchronized (progressLock) { // counted and reported together: the listener sees no step back
                            mc.listener().progress(done.addAndGet(tallies[b].to() - from), trials);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                try {
                    w.get();
                } catch (ExecutionException e) {
                    stop.set(true);
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    if (e.getCause() instanceof Error er) {
                        throw er;
                    }
                    throw new IllegalStateException("Monte Carlo worker failed", e.getCause());
                }
            }
        } catch (InterruptedException e) {
            stop.set(true);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        if (stop.get()) {
            throw new CancellationException("Monte Carlo run cancelled");
        }
        return mc.result(kernel, MonteCarloTally.concat(java.util.Arrays.asList(tallies)));
    }
}
