package org.msp.model;

import org.msp.internal.Checks;

/**
 * One problem found in input data: where it is, which field, and what is wrong.
 *
 * <p>{@code location} names the record: a JSON path such as {@code "$.flows[3]"}, a line such as
 * {@code "line 12"}, or a record index such as {@code "flows[3]"} for data built in code.
 *
 * @param location the record
 * @param field    the field, or the empty string when the problem concerns the whole record
 * @param message  what is wrong
 */
public record DataProblem(String location, String field, String message) {
    public DataProblem {
        Checks.notNull(location, "DataProblem", "location");
        Checks.notNull(field, "DataProblem", "field");
        Checks.notNull(message, "DataProblem", "message");
    }

    /** Returns a copy whose location is prefixed with {@code prefix}, e.g. {@code "$."}. */
    public DataProblem withLocationPrefix(String prefix) {
        return new DataProblem(prefix + location, field, message);
    }

    /** Returns e.g. {@code "flows[3].to: unknown country 'XXX'"}. */
    @Override
    public String toString() {
        return location + (field.isEmpty() ? "" : "." + field) + ": " + message;
    }
}
