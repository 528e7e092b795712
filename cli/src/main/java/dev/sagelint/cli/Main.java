package dev.sagelint.cli;

import dev.sagelint.engine.Scanner;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of the {@code sagelint} jar. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // Standard output as a plain stream: System.out would swallow write errors (a full disk, a closed pipe).
        PrintWriter out = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        int exitCode = SageLint.commandLine(out, err, System.getenv(), Scanner::withInstalledFrontends)
                .execute(args);
        // Whatever the command, output that could not be written (a full disk, a closed pipe) is an error.
        if (out.checkError() && exitCode != ExitCode.ERROR) {
            err.println("sagelint: cannot write standard output (a full disk or a closed pipe)");
            exitCode = ExitCode.ERROR;
        }
        err.flush();
        System.exit(exitCode);
    }
}
