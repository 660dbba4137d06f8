package org.msp.graph.dependency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.msp.model.Stage;

/**
 * Where a consumer's supply entered one stage: the share from each origin (unknown included), largest first,
 * and the share that never passed through the stage (untraced).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stage    the stage
 * @param origins  the origins with a positive share, by decreasing share then label
 * @param untraced the share of the supply that did not enter this stage in the network (recycled material at
 *                 the mining stage; production whose chain starts later in the data)
 */
public record StageOrigins(Stage stage, List<OriginShare> origins, double untraced) {
    static final Comparator<OriginShare> ORDER = Comparator.comparingDouble(OriginShare::share).reversed()
            .thenComparing(OriginShare::origin);
    private static final int SHOWN = 6;

    public StageOrigins {
        Objects.requireNonNull(stage, "StageOrigins.stage is null");
        origins = ImmutableList.sortedCopyOf(ORDER, Objects.requireNonNull(origins, "StageOrigins.origins is null"));
        Preconditions.checkArgument(untraced >= -1e-9 && untraced <= 1 + 1e-9,
                "StageOrigins.untraced is outside 0..1: %s", untraced);
        untraced = Math.max(0, Math.min(1, untraced));
    }

    /** Returns the share from {@code origin} (an ISO3 code, a facility label or {@link OriginShare#UNKNOWN}). */
    public double share(String origin) {
        return origins.stream().filter(o -> o.origin().equals(origin)).mapToDouble(OriginShare::share).sum();
    }

    /** Returns the share from unknown sources. */
    public double unknown() {
        return share(OriginShare.UNKNOWN);
    }

    /** Returns the largest origin. */
    public OriginShare top() {
        return origins.get(0);
    }

    /** Returns e.g. {@code "mining: AUS 61.5%, CHL 20.1%, unknown 8.0%, ... (untraced 2.0%)"}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(stage.toString()).append(':');
        for (int i = 0; i < Math.min(SHOWN, origins.size()); i++) {
            b.append(i == 0 ? " " : ", ").append(origins.get(i));
        }
        if (origins.size() > SHOWN) {
            b.append(", ... ").append(origins.size() - SHOWN).append(" more");
        }
        if (untraced > 5e-4) {
            b.append(String.format(Locale.ROOT, " (untraced %.1f%%)", untraced * 100));
        }
        return b.toString();
    }
}
