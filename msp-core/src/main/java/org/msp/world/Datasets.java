package org.msp.world;

import org.msp.io.DataFileException;
import org.msp.io.DatasetJson;
import org.msp.io.internal.DatasetSnapshot;
import org.msp.model.Basis;
import org.msp.model.Dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.GZIPInputStream;

/**
 * The curated world dataset embedded in the library, built from public sources by
 * {@link WorldDatasetBuilder}: USGS Mineral Commodity Summaries 2023, 2024 and 2026, the IEA Critical
 * Minerals Data Explorer (May 2024 and May 2025, with the May 2025 edition's world demand by sector and scenario
 * to 2050), CEPII BACI 2024 trade, the USGS facility layers of Africa and the
 * Indo-Pacific, and the MSP partners, foreign entities of concern, export restrictions and project that news
 * reports and policy analyses state (the MSP principals' joint statement of Nov 2025, ISPI 2025, CSIS).
 *
 * <pre>{@code
 * Dataset world = Datasets.world();
 * world.productions("gallium", Stage.REFINING, 2024);   // USGS MCS 2026, by country
 * world.conversions();   // factors to contained tonnes: lithium carbonate, cobalt oxides, manganese ore ...
 * }</pre>
 *
 * <p>The dataset is loaded once, on first use, and cached; this class is thread-safe.
 */
public final class Datasets {
    private Datasets() {}

    /** The binary snapshot of {@code world.json.gz} that the build writes beside it (not in the sources). */
    static final String SNAPSHOT_FILE = "world.snapshot";

    private static final class World {
        static final Dataset DATASET = load();
    }

    /**
     * Returns the embedded world dataset. The first call reads and checks it: from the binary snapshot that the
     * build writes beside the JSON document ({@value #SNAPSHOT_FILE}, used only if it was made from exactly that
     * document; every record still passes its constructor's checks and {@link Dataset.Builder#build()}; about
     * 0.14 s in a JVM just started with the client compiler and the class archive of {@code bin/msp}, 0.27 s with
     * the JVM's defaults, half the lists decoded on a second thread), else from the 27 MB JSON document (about
     * 0.7 s). docs/dataset.md and docs/performance.md give the measurements. Later calls return the same
     * instance.
     *
     * @throws DataFileException if the embedded resource is damaged (a build defect)
     */
    public static Dataset world() {
        return World.DATASET;
    }

    /** Returns the coverage report of the embedded world dataset. */
    public static Coverage worldCoverage() {
        return Coverage.of(world());
    }

    private static Dataset load() {
        String name = WorldDatasetBuilder.RESOURCE_DIRECTORY + WorldDatasetBuilder.DATASET_FILE;
        URL url = Datasets.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        Optional<Dataset> fast;
        try {
            fast = snapshotFor(fingerprint(url));
        } catch (IOException e) {
            fast = Optional.empty();
        }
        if (fast.isPresent()) {
            return fast.get();
        }
        try (InputStream in = url.openStream()) {
            return DatasetJson.read(new GZIPInputStream(new ByteArrayInputStream(in.readAllBytes()), 1 << 16), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * Returns the fingerprint ({@link DatasetSnapshot#digest}) of the document at {@code url}. From a jar it is the
     * entry's length and CRC-32 as the jar's directory records them (computed from exactly the bytes the entry
     * holds when the jar was packed), so the 0.9 MB document need not be read and inflated to fingerprint it;
     * elsewhere (a class directory) the bytes are read and their CRC-32 computed.
     *
     * @throws IOException if the document cannot be read
     */
    static byte[] fingerprint(URL url) throws IOException {
        URLConnection c = url.openConnection();
        if (c instanceof JarURLConnection j) {
            JarEntry e = j.getJarEntry();
            if (e != null && e.getSize() >= 0 && e.getCrc() != -1) {
                return DatasetSnapshot.digest(e.getSize(), e.getCrc());
            }
        }
        try (InputStream in = c.getInputStream()) {
            return DatasetSnapshot.digest(in.readAllBytes());
        }
    }

    /**
     * Returns the dataset from the binary snapshot written at build time ({@value #SNAPSHOT_FILE}), if there is
     * one and it was made from exactly {@code document} (its length and CRC-32); empty otherwise, and then the
     * caller reads the JSON document. The snapshot's records still pass their constructors' checks and
     * {@link Dataset.Builder#build()}.
     */
    static Optional<Dataset> snapshot(byte[] document) {
        return snapshotFor(DatasetSnapshot.digest(document));
    }

    /** As {@link #snapshot(byte[])}, for the document whose fingerprint ({@link DatasetSnapshot#digest}) is given. */
    static Optional<Dataset> snapshotFor(byte[] documentDigest) {
        String name = "/" + WorldDatasetBuilder.RESOURCE_DIRECTORY + SNAPSHOT_FILE;
        try (InputStream in = Datasets.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return DatasetSnapshot.read(in, documentDigest);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
