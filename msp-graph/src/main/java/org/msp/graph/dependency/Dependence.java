package org.msp.graph.dependency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.msp.graph.Node;
import org.msp.model.Stage;

/**
 * The look-through dependency of one consumer: for each stage its supply passed through, the share that
 * entered that stage at each origin. Korean battery material made from Chinese-refined Australian ore shows
 * Australia at the mining stage and China at the refining stage.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param consumer the consumer node
 * @param supply   the consumer's supply (its throughput), tonnes
 * @param stages   the stages with traced supply, in {@link Stage} order; a stage the network has no node at
 *                 appears when unknown supply entered it (the Korean gallium of a network without mine data:
 *                 {@code mining: unknown 57.4% (untraced 42.6%)}), as in
 *                 {@link LookThroughDependencyAlgorithm#matrix}
 */
public record Dependence(Node consumer, double supply, List<StageOrigins> stages) {
    public Dependence {
        Objects.requireNonNull(consumer, "Dependence.consumer is null");
        Preconditions.checkArgument(supply >= 0 && Double.isFinite(supply),
                "Dependence.supply is negative or not finite: %s", supply);
        stages = ImmutableList.copyOf(Objects.requireNonNull(stages, "Dependence.stages is null"));
    }

    /** Returns the origins at {@code stage}, if the consumer's supply passed through it. */
    public Optional<StageOrigins> at(Stage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst();
    }

    /** Returns the share of the supply that entered {@code stage} at {@code origin}; 0 if none did. */
    public double share(Stage stage, String origin) {
        return at(stage).map(s -> s.share(origin)).orElse(0.0);
    }

    /** Returns one line per stage with its largest origins. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Dependence of %s (%,.0f t):", consumer, supply));
        for (StageOrigins s : stages) {
            b.append("\n  ").append(s);
        }
        return b.toString();
    }
}
