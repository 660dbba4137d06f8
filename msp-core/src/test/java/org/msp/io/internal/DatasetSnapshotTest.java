package org.msp.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.msp.model.Dataset;
import org.msp.model.Flow;
import org.msp.model.Provenance;
import org.msp.model.Stage;

/**
 * The snapshot's framing and body on a small dataset: a snapshot of another version, or with a body that does not
 * end where its records end, is refused or fails; a record that fails its constructor's checks fails the read as
 * it fails in code.
 */
class DatasetSnapshotTest {
    /** Where the body starts: magic (7), version (4), fingerprint length (4), fingerprint (12), length (4), CRC (8). */
    static final int BODY = 7 + 4 + 4 + 12 + 4 + 8;
    private static final byte[] DOCUMENT = "a document".getBytes(StandardCharsets.UTF_8);

    static Dataset small() {
        Provenance p = Provenance.of("CEPII BACI", "HS22 V202601", "HS4 2836", "Etalab Open Licence 2.0");
        return Dataset.builder().countries("KOR", "CHL").minerals("lithium")
                .add(Flow.of("CHL", "KOR", "lithium", Stage.REFINING, 2024, 12_345.5, p))
                .add(Flow.of("CHL", "KOR", "lithium", Stage.REFINING, 2023, 10_000, p))
                .build();
    }

    static byte[] snapshot(Dataset d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetSnapshot.write(d, DatasetSnapshot.digest(DOCUMENT), out);
        return out.toByteArray();
    }

    /** Reads {@code snapshot} on two threads and on one; both ways must give the same, or fail the same way. */
    static Optional<Dataset> read(byte[] snapshot) throws IOException {
        Optional<Dataset> one;
        try {
            one = DatasetSnapshot.read(new ByteArrayInputStream(snapshot), DatasetSnapshot.digest(DOCUMENT), false);
        } catch (IOException | RuntimeException e) {
            Exception two = assertThrows(Exception.class, () -> DatasetSnapshot.read(
                    new ByteArrayInputStream(snapshot), DatasetSnapshot.digest(DOCUMENT), true));
            assertEquals(e.getClass(), two.getClass());
            assertEquals(e.getMessage(), two.getMessage());
            throw e;
        }
        assertEquals(one, DatasetSnapshot.read(new ByteArrayInputStream(snapshot), DatasetSnapshot.digest(DOCUMENT),
                true));
        return one;
    }

    /** The snapshot with body {@code body} and the length and CRC-32 that match it (as a damaged build would). */
    static byte[] resealed(byte[] snapshot, byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        ByteBuffer b = ByteBuffer.allocate(BODY + body.length).put(snapshot, 0, BODY - 12);
        b.putInt(body.length).putLong(crc.getValue()).put(body);
        return b.array();
    }

    /** The last place of {@code b} in {@code a}. */
    private static int indexOf(byte[] a, byte[] b) {
        for (int i = a.length - b.length; i >= 0; i--) {
            if (Arrays.equals(a, i, i + b.length, b, 0, b.length)) {
                return i;
            }
        }
        throw new AssertionError("not found: " + new String(b, StandardCharsets.ISO_8859_1));
    }

    @Test
    void read_smallDataset_equal() throws IOException {
        Dataset d = small();
        assertEquals(d, read(snapshot(d)).orElseThrow());
        assertEquals(d.flows(), read(snapshot(d)).orElseThrow().flows());
    }

    @Test
    void read_resealedUnchanged_equal() throws IOException {
        byte[] s = snapshot(small());
        assertEquals(small(), read(resealed(s, Arrays.copyOfRange(s, BODY, s.length))).orElseThrow());
    }

    @Test
    void read_otherVersion_refused() throws IOException {
        byte[] s = snapshot(small());
        assertEquals(2, ByteBuffer.wrap(s, 7, 4).getInt());
        ByteBuffer.wrap(s).putInt(7, 1);
        assertTrue(read(s).isEmpty());
    }

    @Test
    void read_recordFailsItsConstructor_throwsItsError() throws IOException {
        byte[] s = snapshot(small());
        byte[] body = Arrays.copyOfRange(s, BODY, s.length);
        // the string table holds "lithium" once, every record refers to it
        int at = indexOf(body, "lithium".getBytes(StandardCharsets.ISO_8859_1));
        body[at] = 'L';
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(resealed(s, body)));
        assertTrue(e.getMessage().startsWith("Mineral.id is not a valid id"), e.getMessage());
    }

    @Test
    void read_yearOutOfRange_throwsTheRecordsError() throws IOException {
        byte[] s = snapshot(small());
        byte[] body = Arrays.copyOfRange(s, BODY, s.length);
        // the first flow's year, 2023 (the dataset's order), as 4 bytes high first; the flows end the body
        int at = indexOf(body, ByteBuffer.allocate(4).putInt(2023).array());
        ByteBuffer.wrap(body).putInt(at, 1800);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(resealed(s, body)));
        assertEquals("Flow.year is outside 1900-2100: 1800", e.getMessage());
    }

    @Test
    void read_bodyCutShort_ioException() throws IOException {
        byte[] s = snapshot(small());
        byte[] body = Arrays.copyOfRange(s, BODY, s.length - 1);
        IOException e = assertThrows(IOException.class, () -> read(resealed(s, body)));
        assertTrue(e.getMessage().startsWith("snapshot"), e.getMessage());
    }

    @Test
    void read_bytesAfterTheRecords_ioException() throws IOException {
        byte[] s = snapshot(small());
        byte[] body = Arrays.copyOf(Arrays.copyOfRange(s, BODY, s.length), s.length - BODY + 1);
        IOException e = assertThrows(IOException.class, () -> read(resealed(s, body)));
        assertEquals("snapshot has 1 bytes after its last record", e.getMessage());
    }

    @Test
    void lists_asManyAsTheDocumentFormat() {
        assertEquals(DatasetFormat.listCount(), SnapshotBody.LISTS);
    }
}
