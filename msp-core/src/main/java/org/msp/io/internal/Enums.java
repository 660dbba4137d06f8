package org.msp.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON names of one enum: each constant's name in lower case ({@code GROSS_WEIGHT} is
 * {@code "gross_weight"}). Reading is exact: other spellings are refused. Immutable and thread-safe.
 *
 * @param <E> the enum type
 */
public final class Enums<E extends Enum<E>> implements Codec<E> {
    private final String label;
    private final Map<String, E> byId = new LinkedHashMap<>();

    /** Returns the names of {@code type}; {@code label} names the field in messages ("stage"). */
    public static <E extends Enum<E>> Enums<E> of(Class<E> type, String label) {
        return new Enums<>(type, label);
    }

    private Enums(Class<E> type, String label) {
        this.label = label;
        for (E e : type.getEnumConstants()) {
            byId.put(id(e), e);
        }
    }

    /** Returns the JSON name of {@code e}. */
    public static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** Returns the constant named {@code id}, or {@code null}. */
    public E find(String id) {
        return byId.get(id);
    }

    /** Returns what the value is, for messages. */
    public String label() {
        return label;
    }

    /** Returns the accepted names, comma-separated, in declaration order. */
    public String ids() {
        return String.join(", ", byId.keySet());
    }

    @Override
    public void write(JsonGenerator g, E value) throws IOException {
        g.writeString(id(value));
    }

    @Override
    public E read(In in) {
        if (in.node() == null || !in.node().isTextual()) {
            in.problem("", "expected a " + label + " (a string), found " + In.describe(in.node()));
            return null;
        }
        E e = find(in.node().textValue());
        if (e == null) {
            in.problem("", "unknown " + label + " '" + in.node().textValue() + "'; expected one of " + ids());
        }
        return e;
    }

    @Override
    public String toString() {
        return "Enums[" + label + ": " + ids() + "]";
    }
}
