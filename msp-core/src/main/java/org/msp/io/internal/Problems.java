package org.msp.io.internal;

import java.util.ArrayList;
import java.util.List;
import org.msp.model.DataProblem;

/**
 * The problems found while reading one document, in the order they were found.
 *
 * <p>Each problem is located by a JSON path ({@code $.flows[3].quantity}) and a field ({@code tonnes}).
 * Not thread-safe: one instance serves one read.
 */
public final class Problems {
    private final List<DataProblem> list = new ArrayList<>();

    /** Records a problem at {@code path}, field {@code field} (empty for the value at {@code path} itself). */
    public void add(String path, String field, String message) {
        list.add(new DataProblem(path, field, message));
    }

    /** Records a problem. */
    public void add(DataProblem problem) {
        list.add(problem);
    }

    /** Returns the number of problems recorded so far. */
    public int size() {
        return list.size();
    }

    /** Returns whether no problem has been recorded. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Appends {@code suffix} to the message of every problem recorded from index {@code from} on. */
    public void suffixFrom(int from, String suffix) {
        for (int i = from; i < list.size(); i++) {
            DataProblem p = list.get(i);
            list.set(i, new DataProblem(p.location(), p.field(), p.message() + suffix));
        }
    }

    /** Returns the problems recorded so far, in order (a copy). */
    public List<DataProblem> list() {
        return List.copyOf(list);
    }

    @Override
    public String toString() {
        return "Problems[" + list.size() + "]";
    }
}
