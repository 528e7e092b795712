package dev.sagelint.cli;

import dev.sagelint.engine.Scanner;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything the commands take from outside the process instead of from statics, so that a test can run them with
 * string writers, a chosen environment and a scanner over fake front-ends.
 *
 * @param out              standard output: reports, the catalog, help
 * @param err              standard error: diagnostics and error messages
 * @param env              the environment variables ({@code NO_COLOR}, {@code TERM}, {@code SAGELINT_DEBUG})
 * @param stdoutIsTerminal whether standard output is a terminal
 * @param scanner          builds the scanner; called only by commands that scan
 */
record CliContext(
        PrintWriter out,
        PrintWriter err,
        Map<String, String> env,
        boolean stdoutIsTerminal,
        Supplier<Scanner> scanner) {

    CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(env);
        Objects.requireNonNull(scanner, "scanner");
    }

    /**
     * Whether output on standard output may be coloured: only on a terminal, never when {@code NO_COLOR} is set to
     * a non-empty value (https://no-color.org) or {@code TERM} is {@code dumb}.
     */
    boolean colour() {
        String noColor = env.get("NO_COLOR");
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }

    /** Whether the user asked for stack traces of internal errors. */
    boolean debug() {
        String debug = env.get("SAGELINT_DEBUG");
        return debug != null && !debug.isEmpty();
    }
}
