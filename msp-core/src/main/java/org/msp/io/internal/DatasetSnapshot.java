package org.msp.io.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
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
 * <p>The body ({@link SnapshotBody}) writes each record's components in the order of its canonical constructor
 * and reads them back by calling that constructor directly, with no reflection: strings are indexes into a table
 * written once (so repeated identifiers and provenance texts are stored and decoded once), enums are ordinals, and
 * the provenances, actors and quantities that many records repeat are written once a list and referred to by
 * number afterwards, so each distinct one is built (and checked) once and shared; on a machine with more than one
 * processor a second thread decodes half the lists. Reading and writing are linear in the number of records;
 * the world dataset's snapshot (5.6 MB, some 63,000 records) reads and builds in about 0.14 s in a JVM just
 * started with the client compiler and a class archive (docs/performance.md). Thread-safe: all state lives in
 * one call.
 */
public final class DatasetSnapshot {
    /** The first bytes of a snapshot. */
    private static final byte[] MAGIC = "MSPSNAP".getBytes(StandardCharsets.US_ASCII);
    /** The encoding's version; a snapshot of another version is refused. */
    private static final int VERSION = 2;
    /** The largest body read (the world dataset's is about 5 MB): a damaged length asks for no more memory. */
    private static final int MAX_BODY = 256 << 20;

    private DatasetSnapshot() {}

    /**
     * The fingerprint of a document: its length and CRC-32 (12 bytes). It tells a snapshot made from another
     * version of the document from the right one; it is computed in about a millisecond where a SHA-256 of the
     * 0.9 MB document costs some 35 ms in a JVM that has just started.
     */
    public static byte[] digest(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return digest(bytes.length, crc.getValue());
    }

    /**
     * The fingerprint of a document of {@code length} bytes whose CRC-32 is {@code crc} (as a jar's directory
     * records them for each entry): equal to {@link #digest(byte[])} of that document.
     *
     * @throws IllegalArgumentException if {@code length} is negative or above {@link Integer#MAX_VALUE}
     */
    public static byte[] digest(long length, long crc) {
        if (length < 0 || length > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("document length out of range: " + length);
        }
        return ByteBuffer.allocate(12).putInt((int) length).putLong(crc).array();
    }

    /**
     * Writes {@code d} as a snapshot of the JSON document whose fingerprint ({@link #digest}) is {@code sourceDigest}.
     *
     * @throws IOException if {@code out} cannot be written
     */
    public static void write(Dataset d, byte[] sourceDigest, OutputStream out) throws IOException {
        byte[] body = SnapshotBody.Out.of(d);
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
     * {@code sourceDigest}, is of another encoding version, or is damaged (cut short, or its CRC-32 does not
     * match).
     *
     * @throws IOException if the stream cannot be read, or the body is malformed though its CRC-32 matches
     * @throws IllegalArgumentException if a record fails its constructor's checks, and
     *     {@link org.msp.model.DatasetValidationException} if the records fail the dataset's checks (either way the
     *     snapshot was written by a different model: a build defect)
     */
    public static Optional<Dataset> read(InputStream in, byte[] sourceDigest) throws IOException {
        return read(in, sourceDigest, Runtime.getRuntime().availableProcessors() > 1);
    }

    /** As {@link #read(InputStream, byte[])}, decoding half the lists on a second thread if {@code twoThreads}. */
    static Optional<Dataset> read(InputStream in, byte[] sourceDigest, boolean twoThreads) throws IOException {
        DataInputStream i = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        i.readFully(magic);
        if (!Arrays.equals(magic, MAGIC) || i.readInt() != VERSION) {
            return Optional.empty();
        }
        if (i.readInt() != sourceDigest.length) {
            return Optional.empty();
        }
        byte[] digest = new byte[sourceDigest.length];
        i.readFully(digest);
        if (!Arrays.equals(digest, sourceDigest)) {
            return Optional.empty();
        }
        int length = i.readInt();
        long crc = i.readLong();
        if (length < 0 || length > MAX_BODY) {
            return Optional.empty();
        }
        byte[] body = new byte[length];
        if (i.readNBytes(body, 0, length) != length) {
            return Optional.empty();
        }
        CRC32 check = new CRC32();
        check.update(body);
        if (check.getValue() != crc) {
            return Optional.empty();
        }
        Dataset.Builder b;
        try {
            b = SnapshotBody.read(body, 0, twoThreads);
        } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IOException("snapshot body is malformed", e);
        }
        return Optional.of(b.build());
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

}
