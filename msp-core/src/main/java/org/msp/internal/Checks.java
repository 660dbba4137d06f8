package org.msp.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the records of the domain model. Every message names the record type and
 * the field, so that a failure in a compact constructor says which value of which record was wrong.
 *
 * <p>Not part of the public API.
 */
public final class Checks {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private Checks() {}

    /** Returns {@code value}, or throws {@link NullPointerException} naming {@code record.field}. */
    public static <T> T notNull(T value, String record, String field) {
        return Objects.requireNonNull(value, () -> record + "." + field + " is null");
    }

    /** Returns the trimmed, non-blank text or throws naming {@code record.field}. */
    public static String text(String value, String record, String field) {
        notNull(value, record, field);
        String t = value.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(record + "." + field + " is blank");
        }
        return t;
    }

    /**
     * Returns {@code value} if it is a valid identifier: lower-case ASCII letters, digits, '.', '_' and
     * '-', starting with a letter or digit.
     */
    public static String id(String value, String record, String field) {
        notNull(value, record, field);
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(record + "." + field + " is not a valid id "
                    + "(lower-case letters, digits, '.', '_' or '-'): '" + value + "'");
        }
        return value;
    }

    /** Returns {@code value} if it is three upper-case ASCII letters (an ISO 3166-1 alpha-3 code). */
    public static String iso3(String value, String record, String field) {
        notNull(value, record, field);
        if (!ISO3.matcher(value).matches()) {
            throw new IllegalArgumentException(record + "." + field
                    + " is not an ISO 3166-1 alpha-3 code (three upper-case letters): '" + value + "'");
        }
        return value;
    }

    /** Returns {@code value} if it is finite and not negative. */
    public static double nonNegative(double value, String record, String field) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(record + "." + field + " is not a finite number: " + value);
        }
        if (value < 0) {
            throw new IllegalArgumentException(record + "." + field + " is negative: " + value);
        }
        return value;
    }

    /** Returns {@code value} if it lies in [0, 1]. */
    public static double fraction(double value, String record, String field) {
        nonNegative(value, record, field);
        if (value > 1) {
            throw new IllegalArgumentException(record + "." + field + " is above 1: " + value);
        }
        return value;
    }

    /** Returns {@code year} if it lies in the years the model accepts, 1900 to 2100. */
    public static int year(int year, String record, String field) {
        if (year < 1900 || year > 2100) {
            throw new IllegalArgumentException(record + "." + field + " is outside 1900-2100: " + year);
        }
        return year;
    }
}
