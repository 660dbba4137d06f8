package org.msp.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msp.io.DatasetJson;
import org.msp.io.internal.DatasetSnapshot;
import org.msp.model.Dataset;

/**
 * The binary snapshot of the embedded world dataset: the build writes it, {@link Datasets#world()} uses it, and it
 * gives the very dataset the JSON document gives; a snapshot of another document or a damaged one is refused.
 */
class WorldSnapshotTest {
    private static byte[] document;
    private static Dataset fromJson;

    @BeforeAll
    static void readJson() throws IOException {
        String name = "/" + WorldDatasetBuilder.RESOURCE_DIRECTORY + WorldDatasetBuilder.DATASET_FILE;
        try (InputStream in = Datasets.class.getResourceAsStream(name)) {
            document = in.readAllBytes();
        }
        fromJson = DatasetJson.read(new GZIPInputStream(new ByteArrayInputStream(document)), "world.json.gz");
    }

    private static byte[] snapshotOf(Dataset d, byte[] source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetSnapshot.write(d, DatasetSnapshot.digest(source), out);
        return out.toByteArray();
    }

    @Test
    void snapshot_builtWithTheClasses_givesTheJsonDataset() {
        Optional<Dataset> snap = Datasets.snapshot(document);
        assertTrue(snap.isPresent(), "the build writes " + Datasets.SNAPSHOT_FILE + " beside the JSON document");
        assertEquals(fromJson, snap.get());
        assertEquals(DatasetJson.toString(fromJson), DatasetJson.toString(snap.get()));
        assertEquals(fromJson, Datasets.world());
    }

    @Test
    void read_roundTrip_equalDataset() throws IOException {
        byte[] snap = snapshotOf(fromJson, document);
        Dataset back = DatasetSnapshot.read(new ByteArrayInputStream(snap), DatasetSnapshot.digest(document))
                .orElseThrow();
        assertEquals(fromJson, back);
        assertEquals(fromJson.flows(), back.flows());
        assertEquals(fromJson.measures(), back.measures());
    }

    @Test
    void read_otherDocument_refused() throws IOException {
        byte[] snap = snapshotOf(fromJson, document);
        byte[] other = document.clone();
        other[other.length / 2] ^= 1;
        assertNotEquals(DatasetSnapshot.digest(document).length, 0);
        assertTrue(DatasetSnapshot.read(new ByteArrayInputStream(snap), DatasetSnapshot.digest(other)).isEmpty());
    }

    @Test
    void read_damagedBody_refused() throws IOException {
        byte[] snap = snapshotOf(fromJson, document);
        snap[snap.length - 100] ^= 0x10;
        assertTrue(DatasetSnapshot.read(new ByteArrayInputStream(snap), DatasetSnapshot.digest(document)).isEmpty());
    }

    @Test
    void read_notASnapshot_refused() throws IOException {
        byte[] junk = "{\"format\": \"msp-dataset\", \"version\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(DatasetSnapshot.read(new ByteArrayInputStream(junk), DatasetSnapshot.digest(document)).isEmpty());
    }
}
