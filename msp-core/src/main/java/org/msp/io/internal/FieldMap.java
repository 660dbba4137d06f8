package org.msp.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The fields of one JSON object read by {@link Trees}, in document order: two small arrays searched in
 * order. A record of the dataset document has a dozen fields at most, whose names the parser interns and the
 * codecs ask for with literals, so a scan that compares by identity first is cheaper than hashing. Past
 * {@value #SCAN} fields (a hostile document may hold a large object) a hash index takes over, so that
 * reading an object stays linear in its size. Not thread-safe.
 */
final class FieldMap extends AbstractMap<String, JsonNode> {
    private String[] keys = new String[8];
    private JsonNode[] values = new JsonNode[8];
    /** The largest size searched by scanning. */
    private static final int SCAN = 16;

    private int size;
    private int modCount;
    /** Position by key, once the map holds more than {@link #SCAN} fields; {@code null} until needed. */
    private HashMap<String, Integer> index;

    private int indexOf(Object key) {
        if (size > SCAN) {
            if (index == null) {
                index = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    index.put(keys[i], i);
                }
            }
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        if (key == null) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (key.equals(keys[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public JsonNode get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public JsonNode put(String key, JsonNode value) {
        int i = indexOf(key);
        if (i >= 0) {
            JsonNode old = values[i];
            values[i] = value;
            return old;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, 2 * size);
            values = Arrays.copyOf(values, 2 * size);
        }
        keys[size] = key;
        values[size] = value;
        if (index != null) {
            index.put(key, size);
        }
        size++;
        modCount++;
        return null;
    }

    @Override
    public JsonNode remove(Object key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        JsonNode old = values[i];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        keys[size] = null;
        values[size] = null;
        index = null;
        modCount++;
    }

    @Override
    public void clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        index = null;
        modCount++;
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, JsonNode>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private int last = -1;
                    private int expected = modCount;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, JsonNode> next() {
                        if (expected != modCount) {
                            throw new ConcurrentModificationException();
                        }
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        last = next++;
                        final int at = last;
                        return new Map.Entry<>() {
                            @Override
                            public String getKey() {
                                return keys[at];
                            }

                            @Override
                            public JsonNode getValue() {
                                return values[at];
                            }

                            @Override
                            public JsonNode setValue(JsonNode value) {
                                JsonNode old = values[at];
                                values[at] = value;
                                return old;
                            }

                            @Override
                            public boolean equals(Object o) {
                                return o instanceof Map.Entry<?, ?> e && getKey().equals(e.getKey())
                                        && java.util.Objects.equals(getValue(), e.getValue());
                            }

                            @Override
                            public int hashCode() {
                                return getKey().hashCode() ^ java.util.Objects.hashCode(getValue());
                            }

                            @Override
                            public String toString() {
                                return getKey() + "=" + getValue();
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException();
                        }
                        if (expected != modCount) {
                            throw new ConcurrentModificationException();
                        }
                        removeAt(last);
                        next = last;
                        last = -1;
                        expected = modCount;
                    }
                };
            }
        };
    }
}
