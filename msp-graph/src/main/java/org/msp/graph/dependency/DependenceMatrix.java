package org.msp.graph.dependency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.msp.graph.Node;
import org.msp.model.Stage;

/**
 * The look-through dependency of every consumer at one stage on every origin at another stage: row
 * {@code i}, column {@code j} is the share of consumer {@code i}'s supply that entered {@code originStage} at
 * origin {@code j}.
 *
 * <p>This class is immutable and thread-safe: the matrix is copied in and never handed out.
 */
public final class DependenceMatrix {
    private static final int SHOWN_ROWS = 8;
    private static final int SHOWN_COLUMNS = 6;
    private final String mineral;
    private final Stage originStage;
    private final List<Node> consumers;
    private final List<String> origins;
    private final double[][] shares;
    /** Row and column of each consumer and origin, so that a lookup by name costs O(1), not a scan. */
    private final ImmutableMap<Node, Integer> rows;
    private final ImmutableMap<String, Integer> columns;

    /**
     * Returns a matrix.
     *
     * @param mineral     mineral id
     * @param originStage the stage whose origins are columns
     * @param consumers   the rows
     * @param origins     the columns: ISO3 codes, facility labels, {@link OriginShare#UNKNOWN}
     * @param shares      {@code shares[i][j]}, each 0 to 1; copied
     * @throws IllegalArgumentException if the sizes disagree or a share is out of range
     */
    public DependenceMatrix(String mineral, Stage originStage, List<Node> consumers, List<String> origins,
            double[][] shares) {
        this.mineral = Objects.requireNonNull(mineral, "mineral");
        this.originStage = Objects.requireNonNull(originStage, "originStage");
        this.consumers = ImmutableList.copyOf(consumers);
        this.origins = ImmutableList.copyOf(origins);
        Preconditions.checkArgument(shares.length == consumers.size(), "DependenceMatrix: %s rows for %s consumers",
                shares.length, consumers.size());
        this.shares = new double[shares.length][];
        for (int i = 0; i < shares.length; i++) {
            Preconditions.checkArgument(shares[i].length == origins.size(),
                    "DependenceMatrix: row %s has %s columns for %s origins", i, shares[i].length, origins.size());
            for (double s : shares[i]) {
                Preconditions.checkArgument(s >= 0 && s <= 1 + 1e-9, "DependenceMatrix: share outside 0..1: %s", s);
            }
            this.shares[i] = shares[i].clone();
        }
        this.rows = index(this.consumers);
        this.columns = index(this.origins);
    }

    /** Returns the position of each element (the first, if one is listed twice). */
    private static <T> ImmutableMap<T, Integer> index(List<T> list) {
        Map<T, Integer> m = new HashMap<>();
        for (int k = 0; k < list.size(); k++) {
            m.putIfAbsent(list.get(k), k);
        }
        return ImmutableMap.copyOf(m);
    }

    /** Returns the mineral id. */
    public String mineral() {
        return mineral;
    }

    /** Returns the stage of the origins. */
    public Stage originStage() {
        return originStage;
    }

    /** Returns the consumers (rows). */
    public List<Node> consumers() {
        return consumers;
    }

    /** Returns the origins (columns). */
    public List<String> origins() {
        return origins;
    }

    /** Returns the row of {@code consumer}, or empty if it is not a row of this matrix. Constant time. */
    public OptionalInt row(Node consumer) {
        Integer i = rows.get(consumer);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Returns the share of consumer row {@code i} from origin column {@code j}. */
    public double share(int i, int j) {
        return shares[i][j];
    }

    /**
     * Returns the share of {@code consumer}'s supply that entered the origin stage at {@code origin}.
     *
     * Constant time.
     *
     * @throws IllegalArgumentException if the consumer is not a row; an unlisted origin gives 0
     */
    public double share(Node consumer, String origin) {
        Integer i = rows.get(consumer);
        Preconditions.checkArgument(i != null, "%s is not a consumer of this matrix", consumer);
        Integer j = columns.get(origin);
        return j == null ? 0 : shares[i][j];
    }

    /** Returns a table of the first rows and columns. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "DependenceMatrix %s on %s origins: %d consumers x %d origins", mineral, originStage, consumers.size(),
                origins.size()));
        b.append(String.format(Locale.ROOT, "%n  %-28s", ""));
        int cols = Math.min(SHOWN_COLUMNS, origins.size());
        for (int j = 0; j < cols; j++) {
            b.append(String.format(Locale.ROOT, " %8s", origins.get(j)));
        }
        for (int i = 0; i < Math.min(SHOWN_ROWS, consumers.size()); i++) {
            b.append(String.format(Locale.ROOT, "%n  %-28s", consumers.get(i)));
            for (int j = 0; j < cols; j++) {
                b.append(String.format(Locale.ROOT, " %7.1f%%", shares[i][j] * 100));
            }
        }
        if (consumers.size() > SHOWN_ROWS) {
            b.append(String.format(Locale.ROOT, "%n  ... %d more consumers", consumers.size() - SHOWN_ROWS));
        }
        return b.toString();
    }
}
