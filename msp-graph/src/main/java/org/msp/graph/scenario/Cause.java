package org.msp.graph.scenario;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;
import org.msp.graph.Node;

/**
 * A shocked node through which a consumer's lost supply passed, with the share of the consumer's loss it
 * accounts for (see {@link org.msp.graph.internal.Propagation} for how the loss is split).
 *
 * @param node  the shocked node, e.g. {@code CHN/refining/gallium}
 * @param share its share of the consumer's loss, in [0, 1]
 */
public record Cause(Node node, double share) {
    public Cause {
        Objects.requireNonNull(node, "Cause.node is null");
        checkArgument(share >= 0 && share <= 1 + 1e-9, "Cause.share is outside [0, 1]: %s", share);
    }

    /** Returns e.g. {@code "CHN/refining/gallium 100%"}. */
    @Override
    public String toString() {
        return node + String.format(Locale.ROOT, " %.0f%%", share * 100);
    }
}
