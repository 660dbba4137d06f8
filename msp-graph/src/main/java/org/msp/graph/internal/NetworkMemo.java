package org.msp.graph.internal;

import com.google.common.collect.MapMaker;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results of pure computations on one immutable network, kept while the network is reachable, so that an answer
 * asked again of the same network (the report asks a consumer's coverage or dependence several times) is computed
 * once.
 *
 * <p>Only for values that depend on nothing but the network (compared by identity) and the key, and that are
 * immutable or copied by the caller before they leave the library. A value must not refer to its network, or the
 * network is never released. This class is thread-safe: two threads
 * may compute the same value at once, and the first stored wins.
 */
public final class NetworkMemo {
    /** Per network, compared by identity and held weakly (Guava's weak keys compare by identity). */
    private static final Map<Object, Map<Object, Object>> BY_NETWORK = new MapMaker().weakKeys().makeMap();

    private NetworkMemo() {
    }

    /**
     * Returns the value stored for {@code network} and {@code key}, computing and storing it on the first call.
     *
     * @param network the network the value is computed on (held weakly)
     * @param key     what was computed, e.g. {@code List.of("coverage", mineral)}; needs {@code equals}
     * @param compute computes the value; must not return null
     */
    @SuppressWarnings("unchecked")
    public static <V> V get(Object network, Object key, Supplier<V> compute) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(key, "key");
        Map<Object, Object> memo = BY_NETWORK.computeIfAbsent(network, n -> new ConcurrentHashMap<>());
        Object v = memo.get(key);
        if (v == null) {
            v = Objects.requireNonNull(compute.get(), "computed value");
            Object prev = memo.putIfAbsent(key, v);
            if (prev != null) {
                v = prev;
            }
        }
        return (V) v;
    }

    /**
     * Returns the value stored for {@code network} and {@code key}, or null if none is (nothing is computed).
     */
    @SuppressWarnings("unchecked")
    public static <V> V peek(Object network, Object key) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(key, "key");
        Map<Object, Object> memo = BY_NETWORK.get(network);
        return memo == null ? null : (V) memo.get(key);
    }
}
