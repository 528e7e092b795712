package dev.sagelint.cli;

/**
 * The exit codes of every sagelint command, named once. "Could not analyze" outranks "insecure": a scan that
 * found problems but also skipped an unreadable template exits with {@link #ERROR}.
 */
public final class ExitCode {

    /** Nothing at or above the {@code --fail-on} threshold, and every input was analyzed. */
    public static final int OK = 0;

    /** Findings at or above the {@code --fail-on} threshold. */
    public static final int FINDINGS = 1;

    /** A usage error, an input that could not be analyzed, an output that could not be written, or our bug. */
    public static final int ERROR = 2;

    private ExitCode() {}
}
