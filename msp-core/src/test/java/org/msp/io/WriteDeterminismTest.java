package org.msp.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msp.world.Datasets;
import org.msp.model.Dataset;

/**
 * The dataset writer's output is the same bytes every time: twice in one JVM, through each entry point
 * (string, stream, file), after a read-back, and in a second JVM started with another default locale, file
 * encoding and time zone (where the JDK's per-run salted {@code Set.of}/{@code Map.of} order differs too).
 */
class WriteDeterminismTest {

    /** Writes the embedded world dataset's JSON to the file named by the first argument (run in a forked JVM). */
    public static final class WriteWorld {
        private WriteWorld() {}

        /** Writes {@code Datasets.world()} to {@code args[0]}. */
        public static void main(String[] args) {
            DatasetJson.write(Datasets.world(), Path.of(args[0]));
        }
    }

    private static byte[] bytes(Dataset d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetJson.write(d, out);
        return out.toByteArray();
    }

    private static String sha256(byte[] b) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void write_worldTwiceAndThroughEveryEntryPoint_sameBytes(@TempDir Path dir) {
        Dataset world = Datasets.world();
        byte[] first = bytes(world);
        assertTrue(first.length > 1_000_000, "the world dataset is written in full");
        assertArrayEquals(first, bytes(world));
        assertArrayEquals(first, DatasetJson.toString(world).getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("world.json");
        DatasetJson.write(world, file);
        assertArrayEquals(first, readAll(file));
        Dataset again = DatasetJson.read(file);
        assertEquals(world, again);
        assertArrayEquals(first, bytes(again));
        // a dataset rebuilt from its parts, in the builder's own order, writes the same
        assertArrayEquals(first, bytes(world.toBuilder().build()));
    }

    @Test
    void write_world_inForkedJvmWithOtherLocaleEncodingAndZone_sameBytes(@TempDir Path dir)
            throws IOException, InterruptedException, NoSuchAlgorithmException {
        Path out = dir.resolve("forked.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1", "-Duser.timezone=Asia/Tokyo",
                WriteWorld.class.getName(), out.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("forked.log").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the forked JVM did not finish");
        assertEquals(0, p.exitValue(), () -> Files.exists(dir.resolve("forked.log"))
                ? readString(dir.resolve("forked.log")) : "no log");
        byte[] forked = readAll(out);
        byte[] here = bytes(Datasets.world());
        assertEquals(sha256(here), sha256(forked));
        assertEquals(here.length, forked.length);
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String readString(Path p) {
        return new String(readAll(p), StandardCharsets.UTF_8);
    }
}
