package org.msp.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msp.model.Actor;

/**
 * One JSON value being read into a model record: the parsed node, its JSON path and the problem list.
 *
 * <p>The accessors read one field each; a missing, {@code null} (for a required field) or mistyped
 * field records a problem naming the path and field and returns a neutral value, so that reading goes on
 * and reports every problem of the record. {@link #build} then reports the fields nobody asked for as
 * unknown and calls the record's constructor only when no problem was found, turning the constructor's
 * {@link IllegalArgumentException} or {@link NullPointerException} into a problem at the field its
 * message names. The constructor runs when every field asked for was read, even if unknown fields were
 * found, so that its checks are reported in the same pass. Not thread-safe.
 */
public final class In {
    /** Messages of {@code org.msp.internal.Checks}: {@code "Record.field is ..."}. */
    private static final Pattern RECORD_FIELD = Pattern.compile("^(\\w+)\\.(\\w+)\\b.*", Pattern.DOTALL);
    /** Messages naming a record by id: {@code "Facility some.id.minerals is empty"}. */
    private static final Pattern RECORD_ID_FIELD = Pattern.compile("^(\\w+) (\\S+)\\.(\\w+)\\b.*", Pattern.DOTALL);

    private final JsonNode node;
    /** The JSON path, or {@code null} until asked for: built from the parts below only when needed. */
    private String path;
    /** The reader of the enclosing value, the field or list name and the list index ({@code -1}: none). */
    private final In parent;
    private final String name;
    private final int index;
    private final Problems problems;
    /**
     * The distinct field names asked for so far, in the first {@code askedCount} slots. A record has a dozen
     * fields at most, so a linear scan (by identity first: the codecs pass literals) beats hashing.
     */
    private String[] asked = new String[12];
    private int askedCount;
    /** How many of the asked fields the object holds: when it equals the object's size, no field is unknown. */
    private int askedPresent;
    private boolean ok = true;

    /** Starts reading {@code node}, found at JSON path {@code path}. */
    public In(JsonNode node, String path, Problems problems) {
        this(node, path, null, null, -1, problems);
    }

    /**
     * Starts reading {@code node}, the element {@code index} of the list {@code list} at the top of a
     * document: its path, {@code $.list[index]}, is only built when a problem is reported.
     */
    public In(JsonNode node, String list, int index, Problems problems) {
        this(node, null, null, list, index, problems);
    }

    private In(JsonNode node, String path, In parent, String name, int index, Problems problems) {
        this.node = node;
        this.path = path;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.problems = problems;
    }

    /** Returns the node being read. */
    public JsonNode node() {
        return node;
    }

    /** Returns the JSON path of the node. */
    public String path() {
        if (path == null) {
            String base = parent == null ? "$" : parent.path();
            path = index < 0 ? base + "." + name : base + "." + name + "[" + index + "]";
        }
        return path;
    }

    /** Returns the problem list this reading reports to. */
    public Problems problems() {
        return problems;
    }

    /** Returns whether no problem has been found in this value so far. */
    public boolean ok() {
        return ok;
    }

    /** Records a problem at this value's path. */
    public void problem(String field, String message) {
        ok = false;
        problems.add(path(), field, message);
    }

    /** Returns a reader for {@code child}, found at {@code childPath}, sharing the problem list. */
    public In child(JsonNode child, String childPath) {
        return new In(child, childPath, problems);
    }

    /** Checks that this value is a JSON object; records a problem and returns {@code false} if not. */
    public boolean isObject(String what) {
        if (node == null || !node.isObject()) {
            problem("", "expected " + what + " (a JSON object), found " + describe(node));
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ fields

    private JsonNode field(String name, boolean required) {
        JsonNode v = node == null ? null : node.get(name);
        if (ask(name) && v != null) {
            askedPresent++;
        }
        if (v == null || v.isNull()) {
            if (required) {
                problem(name, v == null ? "missing field '" + name + "'" : "field '" + name + "' is null");
            }
            return null;
        }
        return v;
    }

    /** Notes that field {@code name} was asked for; returns whether it was the first time. */
    private boolean ask(String name) {
        for (int i = 0; i < askedCount; i++) {
            if (asked[i] == name || asked[i].equals(name)) {
                return false;
            }
        }
        if (askedCount == asked.length) {
            asked = java.util.Arrays.copyOf(asked, 2 * askedCount);
        }
        asked[askedCount++] = name;
        return true;
    }

    private boolean wasAsked(String name) {
        for (int i = 0; i < askedCount; i++) {
            if (asked[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void wrongType(String name, String expected, JsonNode v) {
        problem(name, "expected " + expected + ", found " + describe(v));
    }

    /** Reads a required string field. */
    public String text(String name) {
        return textValue(name, field(name, true));
    }

    /** Reads an optional string field. */
    public Optional<String> optText(String name) {
        return Optional.ofNullable(textValue(name, field(name, false)));
    }

    /** Reads an optional string field, {@code absent} when it is missing. */
    public String textOr(String name, String absent) {
        return optText(name).orElse(absent);
    }

    private String textValue(String name, JsonNode v) {
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            wrongType(name, "a string", v);
            return null;
        }
        return v.textValue();
    }

    /** Reads a required number field; only finite JSON numbers are accepted. */
    public double number(String name) {
        OptionalDouble d = numberValue(name, field(name, true));
        return d.orElse(0.0);
    }

    /** Reads an optional number field. */
    public OptionalDouble optNumber(String name) {
        return numberValue(name, field(name, false));
    }

    private OptionalDouble numberValue(String name, JsonNode v) {
        if (v == null) {
            return OptionalDouble.empty();
        }
        if (!v.isNumber()) {
            wrongType(name, "a number", v);
            return OptionalDouble.empty();
        }
        double d = v.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            problem(name, "number out of range: " + v.asText());
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(d);
    }

    /** Reads a required integer field. */
    public int integer(String name) {
        return integerValue(name, field(name, true)).orElse(0);
    }

    /** Reads an optional integer field. */
    public OptionalInt optInteger(String name) {
        return integerValue(name, field(name, false));
    }

    private OptionalInt integerValue(String name, JsonNode v) {
        if (v == null) {
            return OptionalInt.empty();
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            wrongType(name, "an integer", v);
            return OptionalInt.empty();
        }
        return OptionalInt.of(v.intValue());
    }

    /** Reads a required enum field written in lower case. */
    public <E extends Enum<E>> E enumeration(String name, Enums<E> values) {
        return enumValue(name, field(name, true), values);
    }

    private <E extends Enum<E>> E enumValue(String name, JsonNode v, Enums<E> values) {
        String t = textValue(name, v);
        if (t == null) {
            return null;
        }
        E e = values.find(t);
        if (e == null) {
            problem(name, "unknown " + values.label() + " '" + t + "'; expected one of " + values.ids());
        }
        return e;
    }

    /** Reads a required ISO-8601 date field ({@code 2024-12-03}). */
    public LocalDate date(String name) {
        return dateValue(name, field(name, true));
    }

    /** Reads an optional ISO-8601 date field. */
    public Optional<LocalDate> optDate(String name) {
        return Optional.ofNullable(dateValue(name, field(name, false)));
    }

    private LocalDate dateValue(String name, JsonNode v) {
        String t = textValue(name, v);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problem(name, "not an ISO-8601 date (yyyy-mm-dd): '" + t + "'");
            return null;
        }
    }

    /** Reads a required actor field in its text form ({@code "CHN"}, {@code "facility:ID"}). */
    public Actor actor(String name) {
        String t = text(name);
        if (t == null) {
            return null;
        }
        try {
            return Actor.parse(t);
        } catch (IllegalArgumentException e) {
            problem(name, e.getMessage());
            return null;
        }
    }

    /** Reads a list of strings; a missing field is a problem only if {@code required}. */
    public List<String> textList(String name, boolean required) {
        JsonNode v = field(name, required);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            wrongType(name, "an array of strings", v);
            return List.of();
        }
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual()) {
                wrongType(name + "[" + i + "]", "a string", e);
            } else {
                out.add(e.textValue());
            }
        }
        return out;
    }

    /** Reads a set of strings (a JSON array without repeats); missing is a problem only if {@code required}. */
    public SortedSet<String> textSet(String name, boolean required) {
        List<String> l = textList(name, required);
        Set<String> seen = new TreeSet<>();
        for (String s : l) {
            if (!seen.add(s)) {
                problem(name, "'" + s + "' is listed twice");
            }
        }
        return ImmutableSortedSet.copyOf(l);
    }

    /** Reads a required nested value with {@code codec}. */
    public <T> T object(String name, Codec<T> codec) {
        JsonNode v = field(name, true);
        return v == null ? null : nested(v, name, -1, codec);
    }

    /** Reads an optional nested value with {@code codec}. */
    public <T> Optional<T> optObject(String name, Codec<T> codec) {
        JsonNode v = field(name, false);
        return v == null ? Optional.empty() : Optional.ofNullable(nested(v, name, -1, codec));
    }

    /** Reads an array of nested values with {@code codec}; missing is a problem only if {@code required}. */
    public <T> List<T> list(String name, Codec<T> codec, boolean required) {
        JsonNode v = field(name, required);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            wrongType(name, "an array", v);
            return List.of();
        }
        ImmutableList.Builder<T> out = ImmutableList.builder();
        Iterator<JsonNode> it = v.elements();
        for (int i = 0; it.hasNext(); i++) {
            T t = nested(it.next(), name, i, codec);
            if (t != null) {
                out.add(t);
            }
        }
        return out.build();
    }

    private <T> T nested(JsonNode v, String field, int i, Codec<T> codec) {
        int before = problems.size();
        T t = codec.read(new In(v, null, this, field, i, problems));
        if (t == null || problems.size() > before) {
            ok = false;
            return null;
        }
        return t;
    }

    // ------------------------------------------------------------------ building

    /**
     * Finishes the record: reports fields that were not asked for as unknown, then, if no problem was
     * found, returns the record made by {@code constructor}; otherwise returns {@code null}.
     *
     * @param record the record's simple class name, as the constructor's messages spell it
     */
    public <T> T build(String record, Supplier<T> constructor) {
        boolean fieldsRead = ok;
        // every field present was asked for when the asked ones present are as many as the object's fields
        if (node != null && node.isObject() && askedPresent != node.size()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!wasAsked(n)) {
                    problem(n, "unknown field '" + n + "' in " + record);
                }
            }
        }
        if (!fieldsRead) {
            return null;
        }
        // the constructor runs even after unknown fields, so that its range checks are reported in the same pass
        T value;
        try {
            value = constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = String.valueOf(e.getMessage());
            problem(fieldOf(record, message), message);
            return null;
        }
        return ok ? value : null;
    }

    /** Returns the field a constructor's message names, or {@code ""} when it names none. */
    static String fieldOf(String record, String message) {
        Matcher m = RECORD_FIELD.matcher(message);
        if (m.matches() && m.group(1).equals(record)) {
            return m.group(2);
        }
        m = RECORD_ID_FIELD.matcher(message);
        if (m.matches() && m.group(1).equals(record)) {
            return m.group(3);
        }
        return "";
    }

    /** Describes a JSON value's type for a message ("a string", "null", "an array"). */
    public static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        switch (v.getNodeType()) {
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            case NULL:
                return "null";
            default:
                return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Override
    public String toString() {
        return "In[" + path() + "]";
    }
}
