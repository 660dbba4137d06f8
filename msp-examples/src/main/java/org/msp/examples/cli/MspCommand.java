package org.msp.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.msp.examples.report.Networks;
import org.msp.graph.MixedBasesException;
import org.msp.io.DataFileException;
import org.msp.model.DataProblem;
import org.msp.model.Dataset;
import org.msp.model.DatasetValidationException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The base of every subcommand: gives it the run's dataset and output streams, and turns any failure into one
 * line on standard error and exit code {@link Msp#EXIT_ERROR} (with the stack trace under {@code --verbose}).
 */
abstract class MspCommand implements Callable<Integer> {
    @ParentCommand
    Msp msp;

    @Spec
    CommandSpec spec;

    /** Does the command's work; returns the exit code. */
    abstract int run() throws Exception;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (DataFileException e) {
            return fail(describe(e), e);
        } catch (DatasetValidationException e) {
            return fail(describe(e, msp == null || msp.datasetFile == null ? "dataset"
                    : msp.datasetFile.toString()), e);
        } catch (UncheckedIOException e) {
            return fail(Msp.oneLine(e.getCause().getMessage()), e);
        } catch (UsageException e) {
            return fail(e.getMessage(), e);
        } catch (MixedBasesException e) {
            return fail(describe(e), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return fail(Msp.oneLine(e.getMessage()), e);
        } catch (FileSystemException e) {
            return fail(describe(e), e);
        } catch (Exception e) {
            return fail("unexpected " + e.getClass().getSimpleName() + ": " + Msp.oneLine(e.getMessage()), e);
        }
    }

    private int fail(String message, Exception e) {
        PrintWriter err = err();
        err.println("msp " + spec.name() + ": " + message);
        if (msp != null && msp.verbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof UsageException ? Msp.EXIT_USAGE : Msp.EXIT_ERROR;
    }

    /**
     * Returns the command line's words for a mix of bases without a factor: e.g. {@code "the cobalt figures mix
     * contained tonnes with gross_weight at refining and no factor converts it to content
     * (--no-dataset-conversions); give one with --conversion cobalt:gross_weight=FACTOR"}.
     */
    static String describe(MixedBasesException e) {
        return "the " + e.mineral() + " figures mix contained tonnes with " + e.basis() + " at " + e.stage()
                + " and no factor converts it to content" + (e.datasetConversions()
                        ? " in the dataset" : " (--no-dataset-conversions)")
                + "; give one with --conversion " + e.mineral() + ":" + e.basis() + "=FACTOR";
    }

    /** The most problems of a dataset file the command line prints; the rest are counted. */
    static final int PROBLEMS_SHOWN = 20;

    /**
     * Returns e.g. {@code "bad.json: $.flows[3].quantity.tonnes: Quantity.tonnes is negative"} for one problem;
     * for several, a first line {@code "bad.json: 2 problems"} and one indented line per problem, each naming file,
     * record and field (at most {@value #PROBLEMS_SHOWN}, then {@code "... and N more problems"}).
     */
    static String describe(DataFileException e) {
        return describe(e.sourceName(), e.problems());
    }

    /** Returns the problems of a dataset that fails validation, as {@link #describe(DataFileException)}. */
    static String describe(DatasetValidationException e, String sourceName) {
        return describe(sourceName, e.problems());
    }

    private static String describe(String sourceName, java.util.List<DataProblem> problems) {
        if (problems.size() == 1) {
            return line(sourceName, problems.get(0));
        }
        problems = withFieldHints(problems);
        StringBuilder b = new StringBuilder(sourceName).append(": ").append(problems.size()).append(" problems");
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> b.append("\n  ").append(line(sourceName, p)));
        int more = problems.size() - PROBLEMS_SHOWN;
        if (more > 0) {
            b.append("\n  ... and ").append(more).append(" more problem").append(more == 1 ? "" : "s");
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern FIELD =
            java.util.regex.Pattern.compile("^(unknown|missing) field '([^']+)'");

    /**
     * Adds to each unknown field the nearest missing field of the same record ({@link Names#nearest}): {@code
     * "unknown field 'quantitty' in Production; did you mean 'quantity'?"}.
     */
    private static java.util.List<DataProblem> withFieldHints(java.util.List<DataProblem> problems) {
        java.util.Map<String, java.util.List<String>> missing = new java.util.HashMap<>();
        for (DataProblem p : problems) {
            java.util.regex.Matcher m = FIELD.matcher(p.message());
            if (m.find() && m.group(1).equals("missing")) {
                missing.computeIfAbsent(p.location(), k -> new java.util.ArrayList<>()).add(m.group(2));
            }
        }
        return problems.stream().map(p -> {
            java.util.regex.Matcher m = FIELD.matcher(p.message());
            if (!m.find() || !m.group(1).equals("unknown") || !missing.containsKey(p.location())) {
                return p;
            }
            String hint = Names.hint(Names.nearest(m.group(2), missing.get(p.location())), true);
            return hint.isEmpty() ? p : new DataProblem(p.location(), p.field(), Msp.oneLine(p.message()) + hint);
        }).toList();
    }

    private static String line(String sourceName, DataProblem p) {
        String path = DataFileException.path(p);
        if (path.length() > 120) {
            path = path.substring(0, 60) + "..." + path.substring(path.length() - 40);
        }
        return sourceName + ": " + (path.equals("$") ? "" : path + ": ") + Msp.oneLine(p.message());
    }

    /** Returns e.g. {@code "out/report.html: exists and is not a directory"} for a file that cannot be written. */
    static String describe(FileSystemException e) {
        String what;
        if (e.getReason() != null) {
            what = e.getReason();
        } else if (e instanceof FileAlreadyExistsException) {
            what = "already exists (and is not a directory)";
        } else if (e instanceof NoSuchFileException) {
            what = "no such file or directory";
        } else if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else {
            what = "cannot be read or written";
        }
        return (e.getFile() == null ? "" : e.getFile() + ": ") + Msp.oneLine(what);
    }

    /** Returns the dataset of this run. */
    Dataset dataset() {
        return msp.dataset();
    }

    /** Returns the run's network factory (the dataset and the {@code --conversion} factors). */
    Networks networks() {
        return msp.networks();
    }

    /** Returns standard output. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Returns standard error. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * States the coverage of an answer about {@code node} when it rests mostly on inferred or missing data
     * ({@link org.msp.graph.SupplyCoverage#isWeak()}): after the table on standard output in table format, on
     * standard error in CSV and JSON (so that they stay machine-readable).
     */
    void coverage(OutputFormat format, org.msp.graph.SupplyNetwork network, org.msp.graph.Node node) {
        org.msp.graph.SupplyCoverage c = org.msp.graph.SupplyCoverage.of(network, node);
        if (c.isWeak()) {
            note(format, c.toString());
        }
    }

    /**
     * States what the data lack for each of {@code minerals} (stages of inferred production, proxy or basket trade
     * codes, unexplained trade), where the answer depends on it: the same channel as
     * {@link #coverage(OutputFormat, org.msp.graph.SupplyNetwork, org.msp.graph.Node)}.
     */
    void coverage(OutputFormat format, org.msp.graph.SupplyNetwork network, java.util.Collection<String> minerals) {
        for (String m : minerals) {
            java.util.List<String> missing = org.msp.graph.SupplyCoverage.missing(network, m);
            if (!missing.isEmpty()) {
                note(format, "coverage of " + m + ": " + String.join("; ", missing));
            }
        }
    }

    /**
     * Prints a note after the table on standard output in table format, on standard error in CSV and JSON (so
     * that they stay machine-readable).
     */
    void note(OutputFormat format, String text) {
        PrintWriter w = format == OutputFormat.TABLE ? out() : err();
        w.println("note: " + text);
        w.flush();
    }

    /** A mistake in the arguments found after parsing (an unknown country, a malformed shock). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
