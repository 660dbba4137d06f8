/**
 * Reading and writing datasets: the JSON file format ({@link org.msp.io.DatasetJson}), the Jackson module
 * that carries it ({@link org.msp.io.MspJacksonModule}) and the one exception for bad input files
 * ({@link org.msp.io.DataFileException}).
 */
package org.msp.io;
