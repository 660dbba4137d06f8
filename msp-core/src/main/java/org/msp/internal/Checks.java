package org.msp.internal;

/**
 * Argument checks shared by the records of the domain model. Every message names the record type and
 * the field, so that a failure in a compact constructor says which value of which record was wrong.
 *
 * <p>Not part of the public API.
 */
public final class Checks {
    private Checks() {}

    /** Whether {@code s} matches {@code [a-z0-9][a-z0-9._-]*}; a loop, as a regex costs more when loading data. */
    private static boolean isId(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        char c = s.charAt(0);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} matches {@code [A-Z]{3}}. */
    private static boolean isIso3(String s) {
        return s.length() == 3 && isUpper(s.charAt(0)) && isUpper(s.charAt(1)) && isUpper(s.charAt(2));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Returns {@code value}, or throws {@link NullPointerException} naming {@code record.field}. */
    public static <T> T notNull(T value, String record, String field) {
        // not requireNonNull(value, () -> ...): that allocates the message's lambda on every call, some hundreds
        // of thousands of times while the embedded dataset loads
        if (value == null) {
            throw new NullPointerException(record + "." + field + " is null");
        }
        return value;
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
        if (!isId(value)) {
            throw new IllegalArgumentException(record + "." + field + " is not a valid id "
                    + "(lower-case letters, digits, '.', '_' or '-'): '" + value + "'");
        }
        return value;
    }

    /** Returns {@code value} if it is three upper-case ASCII letters (an ISO 3166-1 alpha-3 code). */
    public static String iso3(String value, String record, String field) {
        notNull(value, record, field);
        if (!isIso3(value)) {
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
