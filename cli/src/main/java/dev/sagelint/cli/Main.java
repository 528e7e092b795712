package dev.sagelint.cli;

import dev.sagelint.engine.Scanner;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/** The entry point of the {@code sagelint} jar. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        int exitCode = run(args, out, err, System.getenv(), Scanner::withInstalledFrontends);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** Runs one command and returns its exit code; running out of memory anywhere is exit code 2. */
    static int run(
            String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Supplier<Scanner> scanner) {
        try {
            return SageLint.commandLine(out, err, env, scanner).execute(args);
        } catch (OutOfMemoryError e) {
            // The engine isolates each input; this is memory spent outside any one (the reports, say). "Could not
            // analyze" is exit code 2, never 1, which means findings.
            return outOfMemory(err);
        }
    }

    private static int outOfMemory(PrintWriter err) {
        err.println("sagelint: out of memory (the Java heap holds "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MiB); give Java a larger heap, e.g. SAGELINT_JAVA_OPTS=-Xmx4g");
        err.flush();
        return ExitCode.ERROR;
    }
}
