package org.msp.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundTest {
    @Test
    void joinReturnsTheValueComputedOnce() {
        AtomicInteger runs = new AtomicInteger();
        Background<String> b = Background.start(() -> {
            runs.incrementAndGet();
            return "done";
        });
        assertEquals("done", b.join());
        assertEquals("done", b.join());
        assertEquals(1, runs.get());
    }

    @Test
    void joinThrowsWhatTheComputationThrew() {
        IllegalArgumentException thrown = new IllegalArgumentException("no network of lithium");
        Background<String> b = Background.start(() -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(IllegalArgumentException.class, b::join));
    }

    @Test
    void joinRunsTheComputationHereWhenNoPoolThreadIsFree() throws InterruptedException {
        // Occupy every thread of the common pool, so the background computation stays queued.
        int threads = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(threads);
        List<java.util.concurrent.Future<?>> blockers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            blockers.add(ForkJoinPool.commonPool().submit(() -> {
                busy.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        try {
            assertTrue(busy.await(30, TimeUnit.SECONDS), "the pool's threads did not start");
            Background<String> b = Background.start(() -> Thread.currentThread().getName());
            assertEquals(Thread.currentThread().getName(), b.join());
        } finally {
            release.countDown();
        }
    }
}
