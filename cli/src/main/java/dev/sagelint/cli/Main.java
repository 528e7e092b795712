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
        Supplier<Scanner> scanner =
                scans(args) ? new EarlyScanner(Scanner::withInstalledFrontends) : Scanner::withInstalledFrontends;
        int exitCode = run(args, out, err, System.getenv(), scanner);
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

    /** Whether these arguments run a command that scans (and ask for neither help nor the version). */
    static boolean scans(String[] args) {
        if (args.length == 0) return false;
        boolean scanning = args[0].equals("scan")
                || args[0].equals("fix")
                || (args[0].equals("baseline") && args.length > 1 && args[1].equals("create"));
        if (!scanning) return false;
        for (String arg : args) {
            if (arg.equals("--")) break;
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) return false;
        }
        return true;
    }

    /**
     * The scanner (the front-ends found through {@code ServiceLoader}, the rule catalog) built on a thread of its own,
     * started before picocli builds the command line: the two take about as long, and a commit hook's one-file scan
     * waits for both before it reads a byte. A failure is thrown where the scanner is asked for, as it was built there.
     */
    static final class EarlyScanner implements Supplier<Scanner> {

        private final Thread thread;
        private Scanner scanner;
        private Throwable failure;

        EarlyScanner(Supplier<Scanner> build) {
            thread = new Thread(
                    () -> {
                        try {
                            scanner = build.get();
                        } catch (Throwable t) { // handed over to the thread that asks for the scanner
                            failure = t;
                        }
                    },
                    "sagelint-setup");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public Scanner get() {
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
            if (failure instanceof RuntimeException e) throw e;
            if (failure instanceof Error e) throw e;
            return scanner;
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
