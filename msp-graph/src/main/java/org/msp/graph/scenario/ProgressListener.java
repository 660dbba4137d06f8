package org.msp.graph.scenario;

/**
 * Receives the progress of a Monte Carlo run. Calls come from the worker threads, one at a time (never
 * concurrently), after each batch of trials; {@code done} never decreases.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Reports that {@code done} of {@code total} trials are finished.
     *
     * @param done  trials finished so far
     * @param total trials in the run
     */
    void progress(long done, long total);
}
