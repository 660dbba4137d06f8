package org.msp.data.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the bytes of a raw data file and decodes them: UTF-8 (with or without a byte-order mark) when the
 * bytes are valid UTF-8, else Windows-1252 (the encoding of the USGS MCS 2026 CSV). Gzipped files
 * ({@code .gz}) are inflated first. Bytes that are neither (NUL bytes of UTF-16, or bytes Windows-1252 does
 * not define) are an error naming the file and the line.
 *
 * <p>Not part of the public API.
 */
public final class TextFile {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private TextFile() {}

    /** The decoded text and the encoding it was read in. */
    public record Decoded(String text, String encoding) {}

    /**
     * Opens {@code path}, inflating it when its name ends in {@code .gz}.
     *
     * @throws RuntimeException the library's data-file exception naming the file, if it is missing or
     *     cannot be opened
     */
    public static InputStream open(Path path) {
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw Problems.single(path.toString(), "", "", "file not found", e);
        } catch (IOException e) {
            throw Problems.single(path.toString(), "", "", "cannot read the file: " + describe(e), e);
        }
        try {
            return path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        } catch (IOException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw Problems.single(path.toString(), "line 1", "", "the gzip data is damaged or truncated: "
                    + describe(e), e);
        }
    }

    /** Reads one source from a stream; {@code sourceName} names it in errors. */
    @FunctionalInterface
    public interface StreamReader<T> {
        T read(InputStream in, String sourceName);
    }

    /**
     * Opens {@code path} ({@link #open}) and reads it with {@code reader}, naming the source by the file name.
     *
     * @throws RuntimeException the library's data-file exception naming the file, if it cannot be opened or
     *     closed, or whatever {@code reader} throws for its content
     */
    public static <T> T read(Path path, StreamReader<T> reader) {
        try (InputStream in = open(path)) {
            return reader.read(in, path.getFileName().toString());
        } catch (IOException e) {
            throw Problems.single(path.toString(), "", "", "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads all bytes of {@code in}, inflating them when they start with the gzip magic number.
     *
     * @throws RuntimeException the library's data-file exception naming the line at which reading or
     *     inflating stopped, if the stream fails or the gzip data is damaged or truncated
     */
    public static byte[] bytes(InputStream in, String sourceName) {
        byte[] b = readAll(in, sourceName, "cannot read the file");
        if (b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
            try (InputStream g = new GZIPInputStream(new ByteArrayInputStream(b))) {
                b = readAll(g, sourceName, "the gzip data is damaged or truncated");
            } catch (IOException e) {
                // the header itself is damaged: nothing was inflated
                throw Problems.single(sourceName, "line 1", "", "the gzip data is damaged or truncated: "
                        + describe(e), e);
            }
        }
        return b;
    }

    /** Reads {@code in} to the end; a failure names the line reached in what was read so far. */
    private static byte[] readAll(InputStream in, String sourceName, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            byte[] partial = out.toByteArray();
            throw Problems.single(sourceName, "line " + lineAt(partial, partial.length), "", what + ": "
                    + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Decodes {@code bytes}: UTF-8 if valid (a leading byte-order mark is dropped), else Windows-1252.
     *
     * @throws RuntimeException the library's data-file exception naming the line, if the bytes are neither
     */
    public static Decoded decode(byte[] bytes, String sourceName) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw Problems.single(sourceName, "line " + lineAt(bytes, i), "",
                        "NUL byte: the file is not text in UTF-8 or Windows-1252 (UTF-16?)");
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return new Decoded(s, start == 3 ? "UTF-8 with BOM" : "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            if (start == 3) {
                throw Problems.single(sourceName, "line " + firstBadUtf8Line(bytes), "",
                        "the file starts with a UTF-8 byte-order mark but is not valid UTF-8");
            }
            try {
                String s = CP1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return new Decoded(s, "windows-1252");
            } catch (CharacterCodingException e) {
                throw Problems.single(sourceName, "line " + firstBadCp1252Line(bytes), "",
                        "the file is neither UTF-8 nor Windows-1252 text");
            }
        }
    }

    private static int lineAt(byte[] b, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstBadCp1252Line(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int v = b[i] & 0xff;
            if (v == 0x81 || v == 0x8d || v == 0x8f || v == 0x90 || v == 0x9d) {
                return lineAt(b, i);
            }
        }
        return 1;
    }

    private static int firstBadUtf8Line(byte[] b) {
        int line = 1;
        int i = 3;
        while (i < b.length) {
            int v = b[i] & 0xff;
            int n = v < 0x80 ? 0 : v >= 0xc2 && v < 0xe0 ? 1 : v >= 0xe0 && v < 0xf0 ? 2 : v >= 0xf0 && v < 0xf5 ? 3 : -1;
            if (n < 0) {
                return line;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xc0) != 0x80) {
                    return line;
                }
            }
            if (v == '\n') {
                line++;
            }
            i += n + 1;
        }
        return line;
    }
}
