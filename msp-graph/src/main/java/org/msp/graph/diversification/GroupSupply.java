package org.msp.graph.diversification;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.msp.graph.Node;
import org.msp.graph.dependency.DependenceBounds;

/**
 * How much of one consumer's supply of a mineral comes from a {@link Bloc}, directly and looked through.
 *
 * <p><b>Direct</b>: of the tonnes the consumer's country nodes of the mineral import (edges from other countries'
 * and facilities' nodes, at every stage; unknown sources are not import partners), the share from members.
 * <b>Look-through</b>, per stage the supply passed through: the bloc's share of the consumer node's supply by
 * proportional tracing, and the minimum and maximum that any routing of the year's flows allows; the maximum is
 * the supply the bloc alone could deliver (a max-flow from the members' supply at that stage), see
 * {@link DependenceBounds} (Cheng et al. 2024).
 *
 * @param consumer      the consumer node traced (the country's highest primary stage with supply)
 * @param bloc          the bloc
 * @param imports       tonnes the consumer's nodes import, all stages
 * @param directTonnes  of which from members
 * @param stages        per stage the bloc's look-through bounds, in stage order
 */
public record GroupSupply(Node consumer, Bloc bloc, double imports, double directTonnes,
        List<DependenceBounds> stages) {
    public GroupSupply {
        Objects.requireNonNull(consumer, "GroupSupply.consumer is null");
        Objects.requireNonNull(bloc, "GroupSupply.bloc is null");
        Preconditions.checkArgument(imports >= 0 && directTonnes >= 0 && directTonnes <= imports * (1 + 1e-12) + 1e-9,
                "GroupSupply of %s: direct tonnes %s outside 0..imports %s", consumer, directTonnes, imports);
        stages = ImmutableList.copyOf(Objects.requireNonNull(stages, "GroupSupply.stages is null"));
    }

    /** Returns the members' share of the consumer's imports (0 when it imports nothing). */
    public double directShare() {
        return imports > 0 ? Math.min(1, directTonnes / imports) : 0;
    }

    /** Returns e.g. {@code "USA/refining/gallium from msp-partners: direct 45.0% of 247 t imports; refining 44.1% (bounds 20.0%..60.0%)"}. */
    @Override
    public String toString() {
        String st = stages.stream().map(b -> String.format(Locale.ROOT, "%s %.1f%% (bounds %.1f%%..%.1f%%, bloc alone %,.0f t)",
                b.stage(), b.proportionalShare() * 100, b.minimumShare() * 100, b.maximumShare() * 100, b.maximum()))
                .collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "%s from %s: direct %.1f%% of %,.0f t imports%s", consumer, bloc.label(),
                directShare() * 100, imports, st.isEmpty() ? "" : "; look-through " + st);
    }
}
