package org.msp.model;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown by {@link Dataset.Builder#build()} when the records break referential integrity; it lists
 * <em>every</em> problem found, each naming the record and the field.
 */
public final class DatasetValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    private final transient List<DataProblem> problems;

    /** Creates an exception for a non-empty list of problems. */
    public DatasetValidationException(List<DataProblem> problems) {
        super(message(problems));
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Returns every problem found, in the order found. */
    public List<DataProblem> problems() {
        return problems;
    }

    private static String message(List<DataProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one problem");
        }
        StringBuilder b = new StringBuilder("dataset has ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        problems.stream().limit(SHOWN).forEach(p -> b.append("\n  ").append(p));
        if (problems.size() > SHOWN) {
            b.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
        }
        return b.toString();
    }
}
