package org.msp.data;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;

/** Paths of the committed raw files, and helpers to build small files from real lines. */
public final class RawFiles {
    /** The committed raw directory (tests run in the msp-core module directory). */
    public static final Path RAW = Path.of("src/main/data/raw");

    private RawFiles() {}

    /** Returns the raw file at {@code relative}. */
    public static Path raw(String relative) {
        return RAW.resolve(relative);
    }

    /** Returns {@code text} encoded in {@code charset} as a stream. */
    public static InputStream stream(String text, String charset) {
        return new ByteArrayInputStream(text.getBytes(Charset.forName(charset)));
    }

    /** Returns {@code bytes} as a stream. */
    public static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
