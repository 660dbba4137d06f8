package org.msp.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a Spark table so that a failed job leaves nothing that looks complete: the table goes to a hidden
 * temporary directory beside the target ({@code .NAME.tmp-UUID}), and is renamed to the target only after the job
 * succeeded; on failure the temporary directory is deleted and the target does not exist. Works on any Hadoop file
 * system whose rename of a directory is atomic (local, HDFS; on object stores the rename is a copy, still done
 * only after the job succeeded).
 */
final class SparkOutput {
    private SparkOutput() {
    }

    /**
     * Writes {@code table} as Parquet at {@code path}.
     *
     * @throws IllegalArgumentException if {@code path} exists
     * @throws IllegalStateException    if the job fails (nothing is left at {@code path})
     */
    static void writeParquet(Dataset<Row> table, String path) {
        Configuration conf = table.sparkSession().sparkContext().hadoopConfiguration();
        Path target = new Path(path);
        FileSystem fs;
        try {
            fs = target.getFileSystem(conf);
            if (fs.exists(target)) {
                throw new IllegalArgumentException(path + " exists; choose a new output path");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + path, e);
        }
        Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp-" + UUID.randomUUID());
        boolean done = false;
        try {
            table.write().mode(SaveMode.ErrorIfExists).parquet(tmp.toString());
            if (!fs.rename(tmp, target)) {
                throw new IllegalStateException("cannot rename " + tmp + " to " + path);
            }
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        } catch (Exception e) { // Spark's SparkException is checked in Java's eyes but thrown undeclared
            throw new IllegalStateException("writing " + path + " failed; nothing was written: "
                    + Msg.firstLine(e), e);
        } finally {
            if (!done) {
                try {
                    fs.delete(tmp, true);
                } catch (IOException e) {
                    // the temporary directory is hidden and named as such; report the write failure instead
                }
            }
        }
    }

    /** One-line messages of exceptions from Spark jobs (whose messages carry stage and task details). */
    static final class Msg {
        private Msg() {
        }

        static String firstLine(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            int nl = m.indexOf('\n');
            return (nl < 0 ? m : m.substring(0, nl)).strip();
        }
    }
}
