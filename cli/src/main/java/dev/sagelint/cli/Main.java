package dev.sagelint.cli;

import dev.sagelint.engine.Scanner;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/** The entry point of the {@code sagelint} jar. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // Standard output as a plain stream: System.out would swallow write errors (a full disk, a closed pipe).
        PrintWriter out = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        int exitCode = run(args, out, err, System.getenv(), Scanner::withInstalledFrontends);
        // Whatever the command, output that could not be written (a full disk, a closed pipe) is an error.
        if (out.checkError() && exitCode != ExitCode.ERROR) {
            err.println("sagelint: cannot write standard output (a full disk or a closed pipe)");
            exitCode = ExitCode.ERROR;
        }
        err.flush();
        System.exit(exitCode);
    }

    /** Runs one command and returns its exit code; running out of memory anywhere is exit code 2. */
    static int run(
            String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Supplier<Scanner> scanner) {
        try {
            return SageLint.commandLine(out, err, env, scanner, args).execute(args);
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
