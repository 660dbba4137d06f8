package org.msp.examples.report;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A computation started on the common fork-join pool ahead of the moment its value is needed, so that on a machine
 * of two cores it overlaps with the caller's own work. {@link #join()} runs it on the calling thread if no pool
 * thread has started it yet (so a join never waits on a queue), else waits for it; an exception it threw is thrown
 * by {@link #join()}, unwrapped.
 *
 * <pre>{@code
 * Background<SupplyRiskSection> risk = Background.start(() -> SupplyRiskSection.of(networks, year));
 * ... // other work
 * SupplyRiskSection r = risk.join();
 * }</pre>
 *
 * @param <T> the type of the value
 */
public final class Background<T> {
    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code compute} on the common pool and returns at once. */
    public static <T> Background<T> start(Supplier<T> compute) {
        Objects.requireNonNull(compute, "compute");
        FutureTask<T> t = new FutureTask<>(compute::get);
        ForkJoinPool.commonPool().execute(t);
        return new Background<>(t);
    }

    /**
     * Returns the value, computing it here if no pool thread has begun it.
     *
     * @throws RuntimeException the exception the computation threw (an {@link Error} likewise)
     */
    public T join() {
        task.run(); // does nothing if a pool thread has started or finished it
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException r) {
                        throw r;
                    }
                    if (c instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(c);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "Background[" + (task.isDone() ? "done" : "running or queued") + "]";
    }
}
