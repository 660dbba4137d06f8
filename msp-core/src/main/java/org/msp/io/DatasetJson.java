package org.msp.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.msp.io.internal.DatasetFormat;
import org.msp.io.internal.DatasetPrettyPrinter;
import org.msp.io.internal.Trees;
import org.msp.model.DataProblem;
import org.msp.model.Dataset;

/**
 * Reads and writes a {@link Dataset} as a JSON document, the library's file format.
 *
 * <p><b>The document.</b> One object:
 *
 * <pre>{@code
 * {
 *   "format": "msp-dataset",
 *   "version": 1,
 *   "name": "example",
 *   "sourcePriority": ["usgs"],
 *   "countries": [
 *     {"iso3": "AUS", "name": "Australia", "region": "oceania", "subregion": "Australia and New Zealand"}
 *   ],
 *   "minerals": [...], "groups": [...], "facilities": [...], "productions": [...], "reserves": [...],
 *   "flows": [...], "stockpiles": [...], "demands": [...], "projects": [...], "measures": [...],
 *   "gaps": [...], "importReliances": [...], "importSources": [...], "prices": [...],
 *   "governanceScores": [...], "recyclingInputRates": [...], "conversions": [...]
 * }
 * }</pre>
 *
 * <p>{@code format}, {@code version} and {@code name} are required; every list may be left out (it is then
 * empty) and is left out on write when empty. Each record is written as {@link MspJacksonModule} describes.
 *
 * <p><b>Writing</b> is deterministic: the lists come in the dataset's fixed order, the fields in a fixed
 * order, one record per line with 2-space indentation and {@code \n} line ends, and a trailing newline.
 * Doubles are written in their shortest form that reads back to the same bits.
 *
 * <p><b>Reading</b> refuses bad input with a {@link DataFileException} naming the file, the JSON path and
 * field of each problem and the problem: malformed JSON (with line and column), a duplicate key, a
 * {@code NaN} or {@code Infinity} token, an unknown, missing or mistyped field, a value out of range
 * (negative or non-finite tonnes, an invalid ISO3 code), a broken reference or a duplicate id or figure. It
 * reports every bad record of the file, not just the first, and never returns a partly loaded dataset.
 * The parser is hardened: nesting depth, string length, number length and document size are bounded
 * ({@link Limits}), and default typing is never enabled. No other exception escapes a read, except
 * {@link NullPointerException} for a null argument.
 *
 * <p>Reading and writing run in time linear in the size of the document; reading holds one record's
 * tree at a time besides the dataset being built. This class is thread-safe.
 */
public final class DatasetJson {
    /**
     * Bounds on the documents a read accepts, so that a hostile or broken file fails with a
     * {@link DataFileException} rather than exhausting the stack or the heap.
     *
     * @param maxDocumentLength the largest document, in bytes (or chars when read from a string)
     * @param maxNestingDepth the deepest nesting of objects and arrays (a dataset document needs 5)
     * @param maxStringLength the longest string value, in chars
     * @param maxNumberLength the longest number literal, in chars
     */
    public record Limits(long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
        /** Documents of up to 512 MiB, nesting depth 64, strings of 1,000,000 chars, numbers of 100 chars. */
        public static final Limits DEFAULT = new Limits(512L * 1024 * 1024, 64, 1_000_000, 100);

        /**
         * Checks the bounds.
         *
         * @throws IllegalArgumentException if a bound is not positive or the nesting depth is below 8
         */
        public Limits {
            if (maxDocumentLength <= 0 || maxStringLength <= 0 || maxNumberLength <= 0) {
                throw new IllegalArgumentException("Limits must be positive: " + maxDocumentLength + ", "
                        + maxStringLength + ", " + maxNumberLength);
            }
            if (maxNestingDepth < 8) {
                throw new IllegalArgumentException("Limits.maxNestingDepth must be at least 8: " + maxNestingDepth);
            }
        }

        /** Returns a copy with the given maximum document length, in bytes. */
        public Limits withMaxDocumentLength(long bytes) {
            return new Limits(bytes, maxNestingDepth, maxStringLength, maxNumberLength);
        }

        /** Returns a copy with the given maximum nesting depth. */
        public Limits withMaxNestingDepth(int depth) {
            return new Limits(maxDocumentLength, depth, maxStringLength, maxNumberLength);
        }

        /** Returns a copy with the given maximum string length, in chars. */
        public Limits withMaxStringLength(int chars) {
            return new Limits(maxDocumentLength, maxNestingDepth, chars, maxNumberLength);
        }

        /** Returns a copy with the given maximum number length, in chars. */
        public Limits withMaxNumberLength(int chars) {
            return new Limits(maxDocumentLength, maxNestingDepth, maxStringLength, chars);
        }
    }

    private static final int MAX_NAME_LENGTH = 1_000;
    /**
     * The parser factory of reads within the default limits: reading needs no databind mapper. Its parsers
     * leave duplicate keys to the reader, which finds them for the price of the lookup it makes anyway
     * ({@code Trees}, {@code DatasetFormat}), with the parser's message.
     */
    private static final JsonFactory DEFAULT_FACTORY = newFactory(Limits.DEFAULT, false);

    /** The default mapper, made on first use: setting one up costs more than reading a small document. */
    private static final class Default {
        static final ObjectMapper MAPPER = newMapper(Limits.DEFAULT);
    }

    private DatasetJson() {}

    // ------------------------------------------------------------------ the mapper

    /**
     * Returns a new Jackson mapper configured as this class reads and writes: {@link MspJacksonModule}
     * registered, the {@link Limits#DEFAULT default limits}, duplicate keys refused, {@code NaN} tokens
     * refused, trailing tokens refused, no default typing, and the layout of {@link #toString(Dataset)} as
     * its default pretty printer. Each call returns a fresh copy that the caller may reconfigure.
     */
    public static ObjectMapper mapper() {
        return Default.MAPPER.copy();
    }

    private static ObjectMapper newMapper(Limits limits) {
        return JsonMapper.builder(newFactory(limits, true))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .defaultPrettyPrinter(new DatasetPrettyPrinter())
                .addModule(new MspJacksonModule())
                .build();
    }

    private static JsonFactory newFactory(Limits limits, boolean strictDuplicates) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentLength())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(MAX_NAME_LENGTH)
                .build();
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, strictDuplicates)
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .build();
    }

    private static JsonFactory factoryFor(Limits limits) {
        // identity first: a record's equals is linked on its first call, which costs more than a small read
        Objects.requireNonNull(limits, "limits");
        return limits == Limits.DEFAULT || limits.equals(Limits.DEFAULT) ? DEFAULT_FACTORY : newFactory(limits, false);
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads the dataset in {@code file} with the default {@link Limits}.
     *
     * @throws DataFileException if the file cannot be read or is not a valid dataset document
     */
    public static Dataset read(Path file) {
        return read(file, Limits.DEFAULT);
    }

    /**
     * Reads the dataset in {@code file} within {@code limits}.
     *
     * @throws DataFileException if the file cannot be read or is not a valid dataset document
     */
    public static Dataset read(Path file, Limits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, limits);
        } catch (NoSuchFileException e) {
            throw ioProblem(source, "file not found", e);
        } catch (IOException e) {
            throw ioProblem(source, "cannot read: " + describe(e), e);
        }
    }

    /**
     * Reads a dataset from {@code in} (UTF-8, or UTF-16/32 detected from the first bytes) with the default
     * {@link Limits}; {@code sourceName} names the stream in messages. The stream is read to the end of
     * the document but not closed.
     *
     * @throws DataFileException if the stream cannot be read or is not a valid dataset document
     */
    public static Dataset read(InputStream in, String sourceName) {
        return read(in, sourceName, Limits.DEFAULT);
    }

    /**
     * Reads a dataset from {@code in} within {@code limits}; see {@link #read(InputStream, String)}.
     *
     * @throws DataFileException if the stream cannot be read or is not a valid dataset document
     */
    public static Dataset read(InputStream in, String sourceName, Limits limits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        JsonFactory f = factoryFor(limits);
        try (JsonParser p = f.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return readDocument(p, sourceName);
        } catch (IOException e) {
            throw ioProblem(sourceName, "cannot read: " + describe(e), e);
        }
    }

    /**
     * Reads a dataset from the text {@code json} with the default {@link Limits}; {@code sourceName} names
     * it in messages.
     *
     * @throws DataFileException if {@code json} is not a valid dataset document
     */
    public static Dataset fromString(String json, String sourceName) {
        return fromString(json, sourceName, Limits.DEFAULT);
    }

    /**
     * Reads a dataset from the text {@code json} within {@code limits}.
     *
     * @throws DataFileException if {@code json} is not a valid dataset document
     */
    public static Dataset fromString(String json, String sourceName, Limits limits) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        JsonFactory f = factoryFor(limits);
        try (JsonParser p = f.createParser(json)) {
            return readDocument(p, sourceName);
        } catch (IOException e) {
            throw ioProblem(sourceName, "cannot read: " + describe(e), e);
        }
    }

    private static Dataset readDocument(JsonParser p, String sourceName) {
        // one record's tree at a time, built straight from the tokens (Trees): the parser goes on after it
        try {
            Dataset d = DatasetFormat.read(p, Trees::read, sourceName);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new DataFileException(sourceName, List.of(new DataProblem("$", "",
                        "unexpected content after the end of the document"
                                + DatasetFormat.where(p.currentTokenLocation()))));
            }
            return d;
        } catch (DataFileException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new DataFileException(sourceName, List.of(new DataProblem(
                    DatasetFormat.pathOf(p.getParsingContext()), "",
                    e.getOriginalMessage() + DatasetFormat.where(e.getLocation()))), e);
        } catch (IOException e) {
            throw ioProblem(sourceName, "cannot read: " + describe(e), e);
        } catch (RuntimeException e) {
            // a defect of this library rather than of the file; still reported as the one exception type
            throw new DataFileException(sourceName, List.of(new DataProblem("$", "",
                    "internal error while reading: " + e)), e);
        }
    }

    private static DataFileException ioProblem(String source, String message, IOException cause) {
        return new DataFileException(source, List.of(new DataProblem("$", "", message)), cause);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes {@code dataset} to {@code file} (UTF-8), replacing it if it exists.
     *
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    public static void write(Dataset dataset, Path file) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(file, "file");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e.getCause());
        }
    }

    /**
     * Writes {@code dataset} to {@code out} as UTF-8 and flushes it; the stream is not closed.
     *
     * @throws UncheckedIOException if the stream fails
     */
    public static void write(Dataset dataset, OutputStream out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = Default.MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeDocument(g, dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns {@code dataset} as the text of a dataset document, ending with a newline. */
    public static String toString(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Default.MAPPER.createGenerator(w)) {
            writeDocument(g, dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    private static void writeDocument(JsonGenerator g, Dataset dataset) throws IOException {
        g.setPrettyPrinter(new DatasetPrettyPrinter());
        DatasetFormat.write(g, dataset);
        g.writeRaw('\n');
        g.flush();
    }

    /** Returns the exception's message, or its simple class name when it has none. */
    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
