package dev.sagelint.cli;

import dev.sagelint.baseline.Baseline;
import dev.sagelint.engine.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sagelint baseline}: the findings a project accepts for now, so that {@code scan --baseline} fails only on
 * new ones. Its one subcommand, {@link Create}, records today's findings.
 */
@Command(
        name = "baseline",
        mixinStandardHelpOptions = true,
        description = "Records today's findings so that later scans fail only on new ones.",
        synopsisSubcommandLabel = "COMMAND")
final class BaselineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(),
                "missing command: choose one of "
                        + String.join(", ", spec.subcommands().keySet()));
    }

    /** {@code sagelint baseline create [PATH...] -o FILE}. */
    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Scans like 'sagelint scan' and writes every finding's fingerprint to "
                    + "a baseline file, for 'sagelint scan --baseline FILE'.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:the baseline was written",
                "2:usage error, some input could not be analyzed (the baseline is written anyway), or the file "
                        + "could not be written"
            })
    static final class Create implements Callable<Integer> {

        private final CliContext context;

        @Spec
        private CommandSpec spec;

        private final ScanSetup setup = new ScanSetup();

        private final RuleOptions ruleOptions = new RuleOptions();

        @Option(
                names = {"-o", "--output"},
                paramLabel = "FILE",
                defaultValue = Baseline.DEFAULT_FILE_NAME,
                description = "Where to write the baseline (default: ${DEFAULT-VALUE}).")
        private Path output;

        Create(CliContext context) {
            this.context = context;
        }

        /** This command's model: its annotations, and the options it shares with {@code scan}. */
        CommandLine commandLine() {
            CommandLine commandLine = new CommandLine(this);
            setup.addTo(commandLine.getCommandSpec());
            ruleOptions.addTo(commandLine.getCommandSpec());
            return commandLine;
        }

        @Override
        public Integer call() {
            ScanSetup.Scanned scanned = setup.scan(spec, context, ruleOptions);
            if (scanned == null) return ExitCode.ERROR;
            ScanResult result = scanned.result();
            if (setup.overwritesInput(output, result)) {
                context.err()
                        .println("sagelint baseline create: will not write the baseline to " + output
                                + ": it is an input of this scan; choose another file");
                context.err().flush();
                return ExitCode.ERROR;
            }
            try {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    Baseline.write(result, writer);
                }
            } catch (IOException e) {
                context.err()
                        .println("sagelint baseline create: cannot write " + output + ": " + ScanCommand.reason(e));
                context.err().flush();
                return ExitCode.ERROR;
            }
            int count = result.findings().size() + result.unchanged().size();
            context.out()
                    .println("Wrote " + count + (count == 1 ? " finding" : " findings") + " to " + output
                            + "; use it with 'sagelint scan --baseline " + output + "'.");
            context.out().flush();
            return result.hasErrors() ? ExitCode.ERROR : ExitCode.OK;
        }
    }
}
