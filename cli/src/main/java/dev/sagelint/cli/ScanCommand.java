package dev.sagelint.cli;

import dev.sagelint.baseline.Baseline;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.Reporter;
import dev.sagelint.report.Reporters;
import dev.sagelint.report.text.DiagnosticPrinter;
import dev.sagelint.rules.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sagelint scan}: turns its options into one {@link ScanRequest}, runs the scanner, writes each requested
 * format, prints diagnostics on standard error and maps the result to an {@link ExitCode exit code}.
 */
@Command(
        name = "scan",
        description = "Scans files and folders for insecure SageMaker configuration.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the --fail-on severity",
            "1:findings at or above the --fail-on severity",
            "2:usage error, or some input could not be analyzed"
        })
final class ScanCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScanSetup setup = new ScanSetup();

    @Option(
            names = {"-f", "--format"},
            paramLabel = "NAME[:FILE]",
            converter = FormatSpec.Converter.class,
            description = {
                "Output format: text, json, sarif, github (workflow annotations) or markdown (a job "
                        + "summary); repeatable. Without FILE it goes to standard output, and at most one format may. "
                        + "Default: text."
            })
    private List<FormatSpec> formats = new ArrayList<>();

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            description = {
                "Exit with 1 on findings of this severity or above: ${COMPLETION-CANDIDATES} " + "(default: low).",
                "Overrides fail-on in the configuration file."
            })
    private FailOn failOn;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Findings recorded in this file (see 'sagelint baseline create') do not count; SARIF marks "
                    + "them unchanged and the others new.")
    private Path baseline;

    @Option(
            names = "--report-unused-suppressions",
            description = "Warn about sagelint:ignore comments and metadata entries that suppress nothing.")
    private boolean reportUnusedSuppressions;

    ScanCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<FormatSpec> outputs = checkedFormats();
        ScanSetup.Prepared prepared = setup.request(spec, context);
        if (prepared == null) return ExitCode.ERROR;
        ScanRequest request = prepared.request();
        if (baseline != null) {
            try {
                request = request.withSettings(request.settings().withBaseline(Baseline.read(baseline)));
            } catch (IOException e) {
                context.err().println("sagelint scan: cannot read the baseline " + baseline + ": " + reason(e));
                context.err().flush();
                return ExitCode.ERROR;
            }
        }
        request = request.withSettings(request.settings().withReportUnusedSuppressions(reportUnusedSuppressions));
        Severity threshold = failOn != null
                ? failOn.threshold()
                : prepared.configuration()
                        .failOnThreshold()
                        .orElse(Optional.of(Severity.LOW))
                        .orElse(null);
        ScanResult result = prepared.scanner().get().scan(request);

        printDiagnostics(result);
        boolean written = true;
        for (FormatSpec output : outputs) {
            written &= write(output, result);
        }
        if (result.hasErrors() || !written) return ExitCode.ERROR;
        return result.findingsAtLeast(threshold).isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private List<FormatSpec> checkedFormats() {
        List<FormatSpec> outputs = formats.isEmpty() ? List.of(new FormatSpec("text", null)) : formats;
        List<String> known = Reporters.names();
        Set<Path> files = new HashSet<>();
        int toStdout = 0;
        for (FormatSpec output : outputs) {
            if (!known.contains(output.name())) {
                throw new ParameterException(
                        spec.commandLine(),
                        "unknown format '" + output.name() + "'; known formats: " + String.join(", ", known));
            }
            if (output.toStdout()) {
                toStdout++;
            } else if (!files.add(output.file().toAbsolutePath().normalize())) {
                throw new ParameterException(spec.commandLine(), "two formats write to " + output.file());
            }
        }
        if (toStdout > 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "at most one format can go to standard output; "
                            + "give the others a file, as in -f sarif:results.sarif");
        }
        return outputs;
    }

    private void printDiagnostics(ScanResult result) {
        try {
            new DiagnosticPrinter(context.colour()).write(result, context.err());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one format; on an output error prints one line and returns false. */
    private boolean write(FormatSpec output, ScanResult result) {
        Reporter reporter = Reporters.find(output.name(), output.toStdout() && context.colour())
                .orElseThrow();
        try {
            if (output.toStdout()) {
                reporter.write(result, context.out());
                context.out().flush();
                return true;
            }
            Path parent = output.file().toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (Writer writer = Files.newBufferedWriter(output.file(), StandardCharsets.UTF_8)) {
                reporter.write(result, writer);
            }
            return true;
        } catch (IOException e) {
            context.err()
                    .println("sagelint scan: cannot write " + (output.toStdout() ? "standard output" : output.file())
                            + ": " + reason(e));
            context.err().flush();
            return false;
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof FileAlreadyExistsException exists) return exists.getFile() + " is in the way";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
