package org.msp.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    /** A jar holding the document as {@code method} (deflated or stored), as the build packs it. */
    private static Path jar(Path dir, int method) throws IOException {
        Path jar = dir.resolve("world-" + method + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            JarEntry e = new JarEntry(WorldDatasetBuilder.RESOURCE_DIRECTORY + WorldDatasetBuilder.DATASET_FILE);
            e.setMethod(method);
            if (method == JarEntry.STORED) {
                CRC32 crc = new CRC32();
                crc.update(document);
                e.setSize(document.length);
                e.setCrc(crc.getValue());
            }
            out.putNextEntry(e);
            out.write(document);
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void fingerprint_ofTheDocumentInAJar_isItsDigest(@TempDir Path dir) throws IOException {
        for (int method : new int[] {JarEntry.DEFLATED, JarEntry.STORED}) {
            URL url = new URL("jar:" + jar(dir, method).toUri() + "!/" + WorldDatasetBuilder.RESOURCE_DIRECTORY
                    + WorldDatasetBuilder.DATASET_FILE);
            assertArrayEquals(DatasetSnapshot.digest(document), Datasets.fingerprint(url));
        }
    }

    @Test
    void fingerprint_ofTheDocumentInAClassDirectory_isItsDigest() throws IOException {
        URL url = Datasets.class.getResource("/" + WorldDatasetBuilder.RESOURCE_DIRECTORY
                + WorldDatasetBuilder.DATASET_FILE);
        assertArrayEquals(DatasetSnapshot.digest(document), Datasets.fingerprint(url));
        byte[] other = document.clone();
        other[0] ^= 1;
        assertFalse(Arrays.equals(DatasetSnapshot.digest(other), Datasets.fingerprint(url)));
    }

    @Test
    void read_notASnapshot_refused() throws IOException {
        byte[] junk = "{\"format\": \"msp-dataset\", \"version\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(DatasetSnapshot.read(new ByteArrayInputStream(junk), DatasetSnapshot.digest(document)).isEmpty());
    }
}
