package org.msp.examples.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * How a tabular command prints its result: an aligned text table for people, CSV or JSON for programs.
 *
 * <p>CSV has a header line, shares as fractions 0–1, countries as ISO3 codes, minerals by their ids, stages in
 * lower case and numbers formatted with {@link Locale#ROOT}; JSON is an array of objects with the same keys as
 * the CSV header. See {@link Table}.
 */
public enum OutputFormat {
    /** Aligned columns, shares as percentages, tonnes with thousands separators. */
    TABLE,
    /** Comma-separated values with a header line. */
    CSV,
    /** A JSON array of objects, one per row. */
    JSON;

    /** Reads {@code table}, {@code csv} or {@code json}, ignoring case. */
    public static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
        /** Creates the converter (picocli instantiates it). */
        public Converter() {
        }

        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "unknown format '" + value + "'; expected one of table, csv, json");
            }
        }
    }

    /** Returns the lower-case name used on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
