package org.msp.graph;

import java.util.Objects;
import org.msp.model.Basis;
import org.msp.model.Stage;

/**
 * Thrown when a network cannot be built because a mineral's figures mix contained tonnes with another
 * {@link Basis} and no factor converts that basis: neither the caller
 * ({@link NetworkBuilder#conversion}) nor the dataset ({@link org.msp.model.Dataset#conversion}) gives one.
 * The fields say which factor is missing, so a command line can name its own option.
 */
public final class MixedBasesException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String mineral;
    private final Stage stage;
    private final Basis basis;
    private final boolean datasetConversions;

    /**
     * Creates the exception.
     *
     * @param mineral            the mineral whose figures mix bases
     * @param stage              the stage of the figure without a factor
     * @param basis              its basis
     * @param year               the network's year
     * @param figure             the figure, as text
     * @param datasetConversions whether the dataset's factors were consulted
     */
    public MixedBasesException(String mineral, Stage stage, Basis basis, int year, String figure,
            boolean datasetConversions) {
        super("the " + mineral + " figures of " + year + " mix bases: " + figure + " is on basis " + basis
                + (datasetConversions ? " and the dataset has no factor to content for " + mineral + "/" + stage
                        : " and dataset conversions are turned off")
                + "; supply one with conversion(\"" + mineral + "\", Basis." + basis.name() + ", factor)");
        this.mineral = Objects.requireNonNull(mineral, "mineral");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.datasetConversions = datasetConversions;
    }

    /** Returns the mineral whose figures mix bases. */
    public String mineral() {
        return mineral;
    }

    /** Returns the stage of the figure without a factor. */
    public Stage stage() {
        return stage;
    }

    /** Returns the basis that has no factor to content. */
    public Basis basis() {
        return basis;
    }

    /** Returns true if the dataset's factors were consulted (and lack this one), false if they were turned off. */
    public boolean datasetConversions() {
        return datasetConversions;
    }
}
