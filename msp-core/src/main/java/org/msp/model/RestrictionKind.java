package org.msp.model;

import java.util.Locale;

/** How strongly an {@link ExportRestriction} limits exports. */
public enum RestrictionKind {
    /** No exports at all to the targets. */
    BAN,
    /** Exports need a licence that may be refused (e.g. China's 2023 gallium and germanium controls). */
    LICENSING,
    /** Exports capped by a quota. */
    QUOTA;

    /** Returns the lower-case text form. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
