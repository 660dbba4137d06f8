package org.msp.graph.dependency;

import org.msp.model.Dataset;

/** {@link NetImportRelianceAlgorithmContract} for {@link UsgsNetImportReliance} (with the dataset's own factors). */
class UsgsNetImportRelianceProperties implements NetImportRelianceAlgorithmContract {
    @Override
    public NetImportRelianceAlgorithm algorithm(Dataset dataset) {
        return NetImportRelianceAlgorithm.of(dataset);
    }
}
