package dev.sagelint.cli;

import dev.sagelint.engine.Scanner;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of the {@code sagelint} jar. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        int exitCode;
        try {
            exitCode = SageLint.commandLine(out, err, System.getenv(), Scanner::withInstalledFrontends)
                    .execute(args);
        } catch (OutOfMemoryError e) {
            // The engine isolates each input; this is memory spent outside it (the reports, say). "Could not
            // analyze" is exit code 2, never 1, which means findings.
            exitCode = outOfMemory(err);
        }
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    private static int outOfMemory(PrintWriter err) {
        err.println("sagelint: out of memory (the Java heap holds "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MiB); give Java a larger heap, e.g. SAGELINT_JAVA_OPTS=-Xmx4g");
        err.flush();
        return ExitCode.ERROR;
    }
}
