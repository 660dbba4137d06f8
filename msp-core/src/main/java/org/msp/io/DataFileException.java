package org.msp.io;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.msp.model.DataProblem;

/**
 * A data file that cannot be read: malformed JSON, a field that is unknown, missing or of the wrong type,
 * a value out of range, a broken reference or a duplicate id.
 *
 * <p>It names the file ({@link #sourceName()}) and carries every problem found in the file
 * ({@link #problems()}), each located by a JSON path and a field, e.g. location {@code $.flows[3].quantity}
 * and field {@code tonnes}; {@link #path()} joins the two for the first problem
 * ({@code $.flows[3].quantity.tonnes}). The message lists the first 20 problems:
 *
 * <pre>{@code
 * world.json: 2 problems:
 *   $.flows[3].quantity.tonnes: Quantity.tonnes is negative: -1.0 (line 41)
 *   $.flows[7].from: unknown country 'XYZ'
 * }</pre>
 *
 * <p>It is the only exception that the readers of {@link DatasetJson} throw for bad input; input and
 * output errors are reported the same way, with the {@link java.io.IOException} as the cause. Instances
 * are immutable.
 */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    private final String sourceName;
    private final transient List<DataProblem> problems;

    /**
     * Creates the exception for file {@code sourceName} with at least one problem.
     *
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException if an argument is null
     */
    public DataFileException(String sourceName, List<DataProblem> problems) {
        this(sourceName, problems, null);
    }

    /**
     * Creates the exception for file {@code sourceName} with at least one problem and the exception
     * that caused it (an {@link java.io.IOException}, say), or {@code null}.
     *
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException if {@code sourceName} or {@code problems} is null
     */
    public DataFileException(String sourceName, List<DataProblem> problems, Throwable cause) {
        super(message(Objects.requireNonNull(sourceName, "sourceName"), problems), cause);
        this.sourceName = sourceName;
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Returns the name of the file or stream that was read (a path, a resource name, {@code "<string>"}). */
    public String sourceName() {
        return sourceName;
    }

    /** Returns every problem found, in the order found (file order, then reference checks). */
    public List<DataProblem> problems() {
        return problems;
    }

    /** Returns the JSON path of the first problem with its field, e.g. {@code $.flows[3].quantity.tonnes}. */
    public String path() {
        return path(problems.get(0));
    }

    /** Returns the JSON path of {@code problem} with its field, e.g. {@code $.flows[3].quantity.tonnes}. */
    public static String path(DataProblem problem) {
        return problem.field().isEmpty() ? problem.location() : problem.location() + "." + problem.field();
    }

    private static String message(String sourceName, List<DataProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DataFileException needs at least one problem");
        }
        StringBuilder b = new StringBuilder(sourceName).append(": ");
        if (problems.size() == 1) {
            return b.append(problems.get(0)).toString();
        }
        b.append(problems.size()).append(" problems:");
        problems.stream().limit(SHOWN).forEach(p -> b.append("\n  ").append(p));
        if (problems.size() > SHOWN) {
            b.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
        }
        return b.toString();
    }
}
