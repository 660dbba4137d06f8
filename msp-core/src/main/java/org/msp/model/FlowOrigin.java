package org.msp.model;

import java.util.Locale;

/** Whether a flow was reported by a source or inferred by a documented rule. */
public enum FlowOrigin {
    /** Reported by a source, e.g. a trade statistic. */
    REPORTED,
    /** Inferred by the model, e.g. domestic ore refined at home. */
    INFERRED;

    /** Returns the lower-case text form. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
