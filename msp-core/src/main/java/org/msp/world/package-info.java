/**
 * The embedded world dataset: {@link org.msp.world.Datasets#world()} loads it, {@link
 * org.msp.world.WorldDatasetBuilder} builds it from the committed raw files with the importers of
 * {@code org.msp.data.*}, and {@link org.msp.world.Coverage} reports what it covers. This package depends on the
 * importers; no importer depends on it.
 */
package org.msp.world;
