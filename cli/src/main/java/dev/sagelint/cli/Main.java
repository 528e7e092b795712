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
        int exitCode = SageLint.commandLine(out, err, System.getenv(), Scanner::withInstalledFrontends)
                .execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
