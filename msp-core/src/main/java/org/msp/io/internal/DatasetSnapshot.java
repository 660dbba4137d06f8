package org.msp.io.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import org.msp.io.DatasetJson;
import org.msp.model.Dataset;

/**
 * A compact binary copy of a dataset that has already been read and checked from its JSON document, for loading
 * the embedded world dataset fast. It is written at build time from the validated dataset and carries the
 * fingerprint (length and CRC-32) of the JSON document it was made from and a CRC-32 of its own body; {@link #read} refuses a
 * snapshot whose fingerprint does not match the document the caller holds, or whose body is damaged, so a stale or
 * broken snapshot can never stand in for the document.
 *
 * <p>Reading still builds every record through its canonical constructor (so every record's own checks run) and
 * the dataset through {@link Dataset.Builder#build()} (so every reference and duplicate check runs); what it skips
 * is the JSON text: tokenizing, the per-record trees and field-name checks, which matter only for a document a
 * person wrote. A user's own file is never read this way.
 *
 * <p>The encoding follows the record components by reflection: strings are indexes into a table written once
 * (so repeated identifiers and provenance texts are stored and decoded once), enums are ordinals, nested records
 * are written inline, a value whose declared type is an interface ({@code TradeMeasure}) or a list element is
 * preceded by the index of its class. Reading and writing are linear in the number of records. Thread-safe: all
 * state lives in one call.
 */
public final class DatasetSnapshot {
    /** The first bytes of a snapshot. */
    private static final byte[] MAGIC = "MSPSNAP".getBytes(StandardCharsets.US_ASCII);
    /** The encoding's version; a snapshot of another version is refused. */
    private static final int VERSION = 1;

    private DatasetSnapshot() {}

    /**
     * The fingerprint of a document: its length and CRC-32 (12 bytes). It tells a snapshot made from another
     * version of the document from the right one; it is computed in about a millisecond where a SHA-256 of the
     * 0.9 MB document costs some 35 ms in a JVM that has just started.
     */
    public static byte[] digest(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return ByteBuffer.allocate(12).putInt(bytes.length).putLong(crc.getValue()).array();
    }

    /**
     * Writes {@code d} as a snapshot of the JSON document whose fingerprint ({@link #digest}) is {@code sourceDigest}.
     *
     * @throws IllegalArgumentException if a record has a component of a type the encoding does not know
     */
    public static void write(Dataset d, byte[] sourceDigest, OutputStream out) throws IOException {
        Writer w = new Writer();
        w.text(d.name());
        w.texts(d.sourcePriority());
        List<List<?>> lists = DatasetFormat.lists(d);
        w.body.writeInt(lists.size());
        for (List<?> list : lists) {
            w.body.writeInt(list.size());
            for (Object x : list) {
                w.tagged(x);
            }
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(head);
        h.writeInt(w.strings.size());
        for (String s : w.strings.keySet()) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            h.writeInt(b.length);
            h.write(b);
        }
        h.writeInt(w.classes.size());
        for (Class<?> c : w.classes.keySet()) {
            h.writeUTF(c.getName());
        }
        h.flush();
        w.body.flush();
        byte[] body = concat(head.toByteArray(), w.bytes.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(body);
        DataOutputStream o = new DataOutputStream(out);
        o.write(MAGIC);
        o.writeInt(VERSION);
        o.writeInt(sourceDigest.length);
        o.write(sourceDigest);
        o.writeInt(body.length);
        o.writeLong(crc.getValue());
        o.write(body);
        o.flush();
    }

    /**
     * Reads a snapshot, or returns empty if it was not made from the document whose fingerprint is
     * {@code sourceDigest}, is of another encoding version, or is damaged (its CRC-32 does not match).
     *
     * @throws IOException if the stream cannot be read
     * @throws org.msp.model.DatasetValidationException if the records fail the dataset's checks (then the
     *     snapshot was written by a different model: a build defect)
     */
    public static Optional<Dataset> read(InputStream in, byte[] sourceDigest) throws IOException {
        DataInputStream i = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        i.readFully(magic);
        if (!Arrays.equals(magic, MAGIC) || i.readInt() != VERSION) {
            return Optional.empty();
        }
        byte[] digest = new byte[i.readInt()];
        i.readFully(digest);
        if (!Arrays.equals(digest, sourceDigest)) {
            return Optional.empty();
        }
        byte[] body = new byte[i.readInt()];
        long crc = i.readLong();
        i.readFully(body);
        CRC32 check = new CRC32();
        check.update(body);
        if (check.getValue() != crc) {
            return Optional.empty();
        }
        return Optional.of(new Reader(body).dataset());
    }

    /**
     * Writes the snapshot of a JSON dataset document at build time: reads and checks {@code args[0]} (a gzipped
     * dataset document) with {@link DatasetJson} and writes the snapshot to {@code args[1]}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DatasetSnapshot DOCUMENT.json.gz SNAPSHOT");
        }
        Path source = Path.of(args[0]);
        byte[] gz = Files.readAllBytes(source);
        Dataset d;
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz), 1 << 16)) {
            d = DatasetJson.read(in, source.toString());
        }
        Path target = Path.of(args[1]);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(d, digest(gz), out);
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Writes values into a body, collecting the string and class tables. */
    private static final class Writer {
        final Map<String, Integer> strings = new LinkedHashMap<>();
        final Map<Class<?>, Integer> classes = new LinkedHashMap<>();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        final DataOutputStream body = new DataOutputStream(bytes);

        void text(String s) throws IOException {
            if (s == null) {
                writeVar(0);
            } else {
                writeVar(strings.computeIfAbsent(s, k -> strings.size() + 1));
            }
        }

        void texts(Collection<String> list) throws IOException {
            writeVar(list.size());
            for (String s : list) {
                text(s);
            }
        }

        void writeVar(int v) throws IOException {
            while ((v & ~0x7F) != 0) {
                body.writeByte((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            body.writeByte(v);
        }

        /** A record preceded by its class index (0 for null). */
        void tagged(Object x) throws IOException {
            if (x == null) {
                writeVar(0);
                return;
            }
            Class<?> c = x.getClass();
            if (!c.isRecord()) {
                throw new IllegalArgumentException("cannot snapshot a " + c.getName() + ": not a record");
            }
            writeVar(classes.computeIfAbsent(c, k -> classes.size() + 1));
            fields(x);
        }

        void fields(Object x) throws IOException {
            for (RecordComponent rc : x.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = rc.getAccessor().invoke(x);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + x.getClass().getSimpleName() + "." + rc.getName(), e);
                }
                value(rc.getGenericType(), v, x.getClass().getSimpleName() + "." + rc.getName());
            }
        }

        void value(Type type, Object v, String where) throws IOException {
            Class<?> raw = raw(type);
            if (raw == int.class) {
                body.writeInt((Integer) v);
            } else if (raw == long.class) {
                body.writeLong((Long) v);
            } else if (raw == double.class) {
                body.writeDouble((Double) v);
            } else if (raw == boolean.class) {
                body.writeBoolean((Boolean) v);
            } else if (raw == String.class) {
                text((String) v);
            } else if (raw.isEnum()) {
                writeVar(v == null ? 0 : ((Enum<?>) v).ordinal() + 1);
            } else if (raw == LocalDate.class) {
                body.writeBoolean(v != null);
                if (v != null) {
                    body.writeLong(((LocalDate) v).toEpochDay());
                }
            } else if (raw == OptionalDouble.class) {
                OptionalDouble o = (OptionalDouble) v;
                body.writeBoolean(o.isPresent());
                if (o.isPresent()) {
                    body.writeDouble(o.getAsDouble());
                }
            } else if (raw == OptionalInt.class) {
                OptionalInt o = (OptionalInt) v;
                body.writeBoolean(o.isPresent());
                if (o.isPresent()) {
                    body.writeInt(o.getAsInt());
                }
            } else if (raw == Optional.class) {
                Optional<?> o = (Optional<?>) v;
                body.writeBoolean(o.isPresent());
                if (o.isPresent()) {
                    value(argument(type, where), o.get(), where);
                }
            } else if (raw == List.class || raw == SortedSet.class || raw == Set.class) {
                Collection<?> c = (Collection<?>) v;
                writeVar(c.size());
                Type e = argument(type, where);
                for (Object x : c) {
                    value(e, x, where);
                }
            } else if (raw.isRecord() && java.lang.reflect.Modifier.isFinal(raw.getModifiers())) {
                body.writeBoolean(v != null);
                if (v != null) {
                    fields(v);
                }
            } else if (raw.isInterface()) {
                tagged(v);
            } else {
                throw new IllegalArgumentException("cannot snapshot " + where + " of type " + type.getTypeName());
            }
        }
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }

    private static Type argument(Type t, String where) {
        if (t instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[0];
        }
        throw new IllegalArgumentException("cannot snapshot " + where + ": raw type " + t.getTypeName());
    }

    /** How to read one component. */
    private interface Part {
        Object read(Reader r) throws IOException;
    }

    /** Reads a body: the tables, then the records. */
    private static final class Reader {
        final ByteBuffer in;
        final String[] strings;
        final Class<?>[] classes;
        final Map<Class<?>, Plan> plans = new HashMap<>();

        Reader(byte[] body) throws IOException {
            in = ByteBuffer.wrap(body);
            strings = new String[in.getInt() + 1];
            for (int k = 1; k < strings.length; k++) {
                int n = in.getInt();
                strings[k] = new String(body, in.position(), n, StandardCharsets.UTF_8);
                in.position(in.position() + n);
            }
            classes = new Class<?>[in.getInt() + 1];
            for (int k = 1; k < classes.length; k++) {
                byte[] b = new byte[in.getShort() & 0xFFFF];
                in.get(b);
                String name = new String(b, StandardCharsets.UTF_8);
                try {
                    classes[k] = Class.forName(name, false, DatasetSnapshot.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IOException("snapshot names an unknown class " + name, e);
                }
            }
        }

        Dataset dataset() throws IOException {
            Dataset.Builder b = Dataset.builder().name(text());
            int n = readVar();
            List<String> priority = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                priority.add(text());
            }
            b.sourcePriority(priority);
            int lists = in.getInt();
            if (lists != DatasetFormat.listCount()) {
                throw new IOException("snapshot has " + lists + " lists, the format " + DatasetFormat.listCount());
            }
            for (int l = 0; l < lists; l++) {
                int size = in.getInt();
                for (int k = 0; k < size; k++) {
                    DatasetFormat.add(b, l, tagged());
                }
            }
            return b.build();
        }

        String text() throws IOException {
            return strings[readVar()];
        }

        int readVar() throws IOException {
            int v = 0;
            for (int shift = 0;; shift += 7) {
                int b = in.get() & 0xFF;
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
        }

        Object tagged() throws IOException {
            int k = readVar();
            return k == 0 ? null : plan(classes[k]).read(this);
        }

        Plan plan(Class<?> c) {
            Plan p = plans.get(c);
            if (p == null) {
                p = new Plan(c);
                plans.put(c, p);
            }
            return p;
        }
    }

    /** The canonical constructor of a record class and a reader per component. */
    private static final class Plan {
        final Constructor<?> constructor;
        final Part[] parts;
        final Map<List<Object>, Object> shared = new HashMap<>();

        Plan(Class<?> c) {
            RecordComponent[] rc = c.getRecordComponents();
            Class<?>[] types = new Class<?>[rc.length];
            parts = new Part[rc.length];
            for (int k = 0; k < rc.length; k++) {
                types[k] = rc[k].getType();
                parts[k] = part(rc[k].getGenericType(), c.getSimpleName() + "." + rc[k].getName());
            }
            try {
                constructor = c.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + c.getName(), e);
            }
        }

        Object read(Reader r) throws IOException {
            Object[] args = new Object[parts.length];
            for (int k = 0; k < parts.length; k++) {
                args[k] = parts[k].read(r);
            }
            return construct(args);
        }

        /**
         * Reads a nested value (a provenance, an actor, a quantity...) and returns the instance already built from
         * the same components if there is one: records are immutable values, so equal ones can be shared, and each
         * distinct value still passes its constructor once.
         */
        Object readShared(Reader r) throws IOException {
            Object[] args = new Object[parts.length];
            for (int k = 0; k < parts.length; k++) {
                args[k] = parts[k].read(r);
            }
            List<Object> key = Arrays.asList(args);
            Object x = shared.get(key);
            if (x == null) {
                x = construct(args);
                shared.put(key, x);
            }
            return x;
        }

        private Object construct(Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException x) {
                    throw x;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException("cannot construct " + constructor.getDeclaringClass().getName(), e);
            }
        }

        private static Part part(Type type, String where) {
            Class<?> raw = raw(type);
            if (raw == int.class) {
                return r -> r.in.getInt();
            } else if (raw == long.class) {
                return r -> r.in.getLong();
            } else if (raw == double.class) {
                return r -> r.in.getDouble();
            } else if (raw == boolean.class) {
                return r -> (r.in.get() != 0);
            } else if (raw == String.class) {
                return Reader::text;
            } else if (raw.isEnum()) {
                Object[] constants = raw.getEnumConstants();
                return r -> {
                    int k = r.readVar();
                    return k == 0 ? null : constants[k - 1];
                };
            } else if (raw == LocalDate.class) {
                return r -> (r.in.get() != 0) ? LocalDate.ofEpochDay(r.in.getLong()) : null;
            } else if (raw == OptionalDouble.class) {
                return r -> (r.in.get() != 0) ? OptionalDouble.of(r.in.getDouble()) : OptionalDouble.empty();
            } else if (raw == OptionalInt.class) {
                return r -> (r.in.get() != 0) ? OptionalInt.of(r.in.getInt()) : OptionalInt.empty();
            } else if (raw == Optional.class) {
                Part e = part(argument(type, where), where);
                return r -> (r.in.get() != 0) ? Optional.of(e.read(r)) : Optional.empty();
            } else if (raw == List.class) {
                Part e = part(argument(type, where), where);
                return r -> {
                    int n = r.readVar();
                    List<Object> l = new ArrayList<>(n);
                    for (int k = 0; k < n; k++) {
                        l.add(e.read(r));
                    }
                    return l;
                };
            } else if (raw == SortedSet.class || raw == Set.class) {
                Part e = part(argument(type, where), where);
                return r -> {
                    int n = r.readVar();
                    TreeSet<Object> s = new TreeSet<>();
                    for (int k = 0; k < n; k++) {
                        s.add(e.read(r));
                    }
                    return s;
                };
            } else if (raw.isRecord() && java.lang.reflect.Modifier.isFinal(raw.getModifiers())) {
                return r -> (r.in.get() != 0) ? r.plan(raw).readShared(r) : null;
            } else if (raw.isInterface()) {
                return Reader::tagged;
            }
            throw new IllegalArgumentException("cannot snapshot " + where + " of type " + type.getTypeName());
        }
    }
}
