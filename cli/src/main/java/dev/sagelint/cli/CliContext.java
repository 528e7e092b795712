package dev.sagelint.cli;

import dev.sagelint.engine.Scanner;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
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
 * @param clock            today's date, which suppression expiry dates are compared with
 */
record CliContext(
        PrintWriter out,
        PrintWriter err,
        Map<String, String> env,
        boolean stdoutIsTerminal,
        Supplier<Scanner> scanner,
        Clock clock) {

    CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(env);
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(clock, "clock");
    }

    /** A context on the system clock. */
    CliContext(
            PrintWriter out,
            PrintWriter err,
            Map<String, String> env,
            boolean stdoutIsTerminal,
            Supplier<Scanner> scanner) {
        this(out, err, env, stdoutIsTerminal, scanner, Clock.systemUTC());
    }

    /** Today, in UTC. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Whether output on standard output may be coloured: only on a terminal, never when {@code NO_COLOR} is set to
     * a non-empty value (https://no-color.org) or {@code TERM} is {@code dumb}.
     */
    boolean colour() {
        String noColor = env.get("NO_COLOR");
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }

    /** The terminal width for the compact text layout: {@code COLUMNS} when it is a number, else 100. */
    int columns() {
        try {
            int columns = Integer.parseInt(env.getOrDefault("COLUMNS", "").strip());
            return columns > 0 ? columns : 100;
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /** Whether the user asked for stack traces of internal errors. */
    boolean debug() {
        String debug = env.get("SAGELINT_DEBUG");
        return debug != null && !debug.isEmpty();
    }
}
