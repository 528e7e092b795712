package dev.sagelint.engine;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * Something the scan could not do or wants the user to know about an input, as opposed to a finding about a
 * resource: a parse error, an intrinsic that cannot be expanded, an internal error.
 *
 * @param level   {@link Level#ERROR} when the input could not be analyzed (exit code 2); else a warning or note
 * @param code    the condition, whose stable id ({@code parse-error}, {@code duplicate-key}) reports print
 * @param message a plain sentence, without a stack trace
 * @param file    the file it is about
 * @param line    1-based line, or 0 when the diagnostic is about the whole file
 * @param column  1-based column, or 0 when not known
 */
public record Diagnostic(Level level, DiagnosticCode code, String message, Path file, int line, int column)
        implements Comparable<Diagnostic> {

    /** How serious a diagnostic is. */
    public enum Level {
        ERROR,
        WARNING,
        NOTE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(
                    (Diagnostic d) -> d.file == null ? "" : d.file.toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(d -> d.code.id())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(DiagnosticCode code, String message, Path file, int line, int column) {
        return new Diagnostic(Level.ERROR, code, message, file, line, column);
    }

    public static Diagnostic warning(DiagnosticCode code, String message, Path file, int line, int column) {
        return new Diagnostic(Level.WARNING, code, message, file, line, column);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    @Override
    public int compareTo(Diagnostic o) {
        return ORDER.compare(this, o);
    }
}
