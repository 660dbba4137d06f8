package org.msp.data.internal;

import org.msp.io.DataFileException;
import org.msp.model.DataProblem;

import java.util.List;

/**
 * Builds the library's one input-file exception, {@link DataFileException}, for the importers: every
 * problem names the file, the line (or record) and the field.
 *
 * <p>Not part of the public API.
 */
public final class Problems {
    private Problems() {}

    /** Returns an exception for one problem at {@code location} (e.g. {@code "line 12"}) in {@code field}. */
    public static DataFileException single(String file, String location, String field, String message) {
        return new DataFileException(file, List.of(new DataProblem(location, field, message)));
    }

    /** Returns an exception for one problem, with its cause. */
    public static DataFileException single(String file, String location, String field, String message,
            Throwable cause) {
        return new DataFileException(file, List.of(new DataProblem(location, field, message)), cause);
    }
}
