package dev.sagelint.cli;

import dev.sagelint.engine.Scanner;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.sagemaker.ModelNetworkIsolation;
import dev.sagelint.rules.sagemaker.NotebookDirectInternetAccess;
import dev.sagelint.rules.sagemaker.NotebookInVpc;
import dev.sagelint.rules.sagemaker.NotebookRootAccess;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Runs the command line in-process with string writers, a chosen environment, and the {@link LinesFrontend}. */
final class Cli {

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {}

    private final Map<String, String> env = new HashMap<>();
    private boolean terminal;
    private Clock clock = Clock.systemUTC();
    /** The four first rules, so that these tests do not change as the catalog grows. */
    static final List<Rule> RULES = List.of(
            new NotebookDirectInternetAccess(),
            new NotebookInVpc(),
            new NotebookRootAccess(),
            new ModelNetworkIsolation());

    private Supplier<Scanner> scanner = () -> new Scanner(List.of(new LinesFrontend()), RULES);
    private final AtomicInteger scans = new AtomicInteger();
    private boolean everyCommand;

    Cli terminal(boolean isTerminal) {
        this.terminal = isTerminal;
        return this;
    }

    /** Runs as if today were {@code date} (YYYY-MM-DD), for suppression expiry. */
    Cli today(String date) {
        this.clock =
                Clock.fixed(LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        return this;
    }

    Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /**
     * Runs with the model of every command, as for the root's help, instead of only the invoked command's model, as
     * the {@code sagelint} process builds it.
     */
    Cli everyCommand() {
        this.everyCommand = true;
        return this;
    }

    Cli scanner(Supplier<Scanner> supplier) {
        this.scanner = supplier;
        return this;
    }

    /** How many times a command asked for a scanner. */
    int scannersBuilt() {
        return scans.get();
    }

    /** Runs with a standard output that fails on every write, as a full disk ({@code > /dev/full}) does. */
    Run runWithFailingOutput(String... args) {
        StringWriter err = new StringWriter();
        Writer failing = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {}
        };
        CliContext context =
                new CliContext(new PrintWriter(failing), new PrintWriter(err), env, terminal, scanner, clock);
        int exitCode = SageLint.commandLine(context, args).execute(args);
        return new Run(exitCode, "", err.toString());
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Supplier<Scanner> counting = () -> {
            scans.incrementAndGet();
            return scanner.get();
        };
        CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), env, terminal, counting, clock);
        int exitCode =
                (everyCommand ? SageLint.commandLine(context) : SageLint.commandLine(context, args)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
