package dev.sagelint.cli;

import dev.sagelint.baseline.Baseline;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.engine.Scanner;
import dev.sagelint.report.Reporter;
import dev.sagelint.report.Reporters;
import dev.sagelint.report.markdown.MarkdownReporter;
import dev.sagelint.report.markdown.PullRequestDiff;
import dev.sagelint.report.text.DiagnosticPrinter;
import dev.sagelint.report.text.TextReporter;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code sagelint scan}: turns its options into one {@link ScanRequest}, runs the scanner, writes each requested
 * format, prints diagnostics on standard error and maps the result to an {@link ExitCode exit code}.
 */
final class ScanCommand implements Callable<Integer> {

    private final CliContext context;

    private final CommandSpec spec;

    private final ScanSetup setup = new ScanSetup();

    private final RuleOptions ruleOptions = new RuleOptions();

    private final OptionSpec formats = OptionSpec.builder("-f", "--format")
            .paramLabel("NAME[:FILE]")
            .type(List.class)
            .auxiliaryTypes(FormatSpec.class)
            .converters(new FormatSpec.Converter())
            .description("Output format: text, json, sarif, github (workflow annotations), markdown (a job summary), "
                    + "junit (JUnit XML), gitlab (a GitLab SAST report) or html; repeatable. Without FILE, or with "
                    + "FILE -, it goes to standard output, and at most one format may. Default: text.")
            .build();

    private final OptionSpec failOn = OptionSpec.builder("--fail-on")
            .paramLabel("SEVERITY")
            .type(FailOn.class)
            .description(
                    "Exit with 1 on findings of this severity or above: ${COMPLETION-CANDIDATES} (default: low).",
                    "Overrides fail-on in the configuration file.")
            .build();

    private final OptionSpec baseline = OptionSpec.builder("--baseline")
            .paramLabel("FILE")
            .type(Path.class)
            .description("Findings recorded in this file (see 'sagelint baseline create') do not count; SARIF marks "
                    + "them unchanged and the others new.")
            .build();

    private final OptionSpec prDiff = OptionSpec.builder("--pr-diff")
            .paramLabel("FILE")
            .type(Path.class)
            .description("The pull request's unified diff (as 'git diff BASE...HEAD' writes it, paths relative to "
                    + "--root): the markdown report shows a fix as a GitHub suggestion block only where the lines it "
                    + "replaces are in this diff, and lists the others.")
            .build();

    private final OptionSpec reportUnusedSuppressions = CommandModel.flag(
            "--report-unused-suppressions",
            "Warn about sagelint:ignore comments and metadata entries that suppress nothing or have expired.");

    private final OptionSpec failOnEmpty = CommandModel.flag(
            "--fail-on-empty",
            "Exit with 2 when a folder given to scan holds no CloudFormation, CDK or Terraform input (a mistyped "
                    + "path would otherwise pass). Also fail-on-empty: true in the configuration file.");

    private final OptionSpec quiet = OptionSpec.builder("-q", "--quiet")
            .type(boolean.class)
            .description("Print no finding on standard output: only the summary line when something fails, "
                    + "nothing on success. Files given with -f FORMAT:FILE are still written.")
            .build();

    private final OptionSpec compact = CommandModel.flag(
            "--compact",
            "Text layout for narrow terminals: the location, severity, rule and resource on one line (a long "
                    + "resource address shortened), the message wrapped below it to the width in COLUMNS (default "
                    + "100).");

    private final OptionSpec color = OptionSpec.builder("--color")
            .paramLabel("WHEN")
            .type(ColorMode.class)
            .description("Colour the text report: ${COMPLETION-CANDIDATES} (default: auto, colour only on a "
                    + "terminal without NO_COLOR or TERM=dumb).")
            .build();

    /** When the text report is coloured. */
    enum ColorMode {
        AUTO,
        ALWAYS,
        NEVER;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The diff of {@code --pr-diff}, read before the scan. */
    private PullRequestDiff pullRequestDiff;

    ScanCommand(CliContext context) {
        this.context = context;
        spec = CommandSpec.wrapWithoutInspection(this).name("scan");
        spec.usageMessage()
                .description("Scans files and folders for insecure SageMaker configuration.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(CommandModel.exitCodes(
                        "0",
                        "nothing at or above the --fail-on severity",
                        "1",
                        "findings at or above the --fail-on severity",
                        "2",
                        "usage error, or some input could not be analyzed"));
        CommandModel.addStandardHelpOptions(spec);
        setup.addTo(spec);
        ruleOptions.addTo(spec);
        for (OptionSpec option : List.of(
                formats, failOn, baseline, prDiff, reportUnusedSuppressions, failOnEmpty, quiet, compact, color)) {
            spec.addOption(option);
        }
    }

    /** The model of this command, built with picocli's API (see {@link CommandModel}). */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        List<FormatSpec> outputs = checkedFormats();
        PullRequestDiff diff = null;
        Path prDiff = this.prDiff.getValue();
        if (prDiff != null) {
            try {
                diff = PullRequestDiff.parse(Files.readString(prDiff, StandardCharsets.UTF_8));
            } catch (IOException e) {
                context.err().println("sagelint scan: cannot read the pull request diff " + prDiff + ": " + reason(e));
                context.err().flush();
                return ExitCode.ERROR;
            } catch (PullRequestDiff.Malformed e) {
                context.err()
                        .println("sagelint scan: " + prDiff + ":" + e.line() + ": not a unified diff: "
                                + e.getMessage());
                context.err().flush();
                return ExitCode.ERROR;
            }
        }
        pullRequestDiff = diff;
        ScanSetup.Prepared prepared = setup.request(spec, context);
        if (prepared == null) return ExitCode.ERROR;
        ScanRequest request = prepared.request();
        Path baseline = this.baseline.getValue();
        if (baseline != null) {
            try {
                request = request.withSettings(request.settings().withBaseline(Baseline.read(baseline)));
            } catch (IOException e) {
                context.err().println("sagelint scan: cannot read the baseline " + baseline + ": " + reason(e));
                context.err().flush();
                return ExitCode.ERROR;
            }
        }
        request = request.withSettings(request.settings()
                .withReportUnusedSuppressions(CommandModel.flag(reportUnusedSuppressions))
                .withToday(context.today()));
        Scanner scanner = prepared.scanner().get();
        request = ruleOptions.applyTo(request, scanner.ruleIds(), spec);
        // Only the JUnit report lists resources without findings; without it the scan keeps none, so that its memory
        // does not grow with the number of resources read.
        request = request.withKeepResources(
                outputs.stream().anyMatch(o -> o.name().equals("junit")));
        FailOn failOn = this.failOn.getValue();
        Severity threshold = failOn != null
                ? failOn.threshold()
                : prepared.configuration()
                        .failOnThreshold()
                        .orElse(Optional.of(Severity.LOW))
                        .orElse(null);
        ScanResult result = scanner.scan(request);

        printDiagnostics(result);
        for (FormatSpec output : outputs) {
            if (!output.toStdout() && setup.overwritesInput(output.file(), result, baseline)) {
                context.err()
                        .println("sagelint scan: will not write the " + output.name() + " report to " + output.file()
                                + ": it is an input of this scan; choose another file");
                context.err().flush();
                return ExitCode.ERROR;
            }
        }
        boolean written = true;
        boolean textOnStdout = false;
        for (FormatSpec output : outputs) {
            if (quiet() && output.toStdout()) continue;
            written &= write(output, result);
            textOnStdout |= output.toStdout() && output.name().equals("text");
        }
        boolean empty =
                CommandModel.flag(failOnEmpty) || prepared.configuration().failOnEmpty();
        List<Diagnostic> emptyFolders = result.diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.NO_INPUT_FILES)
                .toList();
        int exit;
        if (result.hasErrors() || !written) {
            exit = ExitCode.ERROR;
        } else if (empty && (result.filesRead() == 0 || !emptyFolders.isEmpty())) {
            context.err()
                    .println("sagelint scan: "
                            + (emptyFolders.isEmpty()
                                    ? "no input file was found"
                                    : "nothing "
                                            + "to analyze in "
                                            + emptyFolders.stream()
                                                    .map(d -> d.file().toString())
                                                    .collect(Collectors.joining(", ")))
                            + "; failing because of --fail-on-empty");
            exit = ExitCode.ERROR;
        } else {
            exit = result.hasFindingsAtLeast(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
        }
        // The summary goes to standard error when no text report shows it on standard output; --quiet keeps it
        // for a run that fails.
        if (written && !textOnStdout && (!quiet() || exit != ExitCode.OK)) {
            context.err().println(TextReporter.summaryLine(result));
        }
        context.err().flush();
        return exit;
    }

    private boolean quiet() {
        return CommandModel.flag(quiet);
    }

    /** Whether the text report on standard output is coloured. */
    private boolean colour() {
        ColorMode color = this.color.getValue();
        return switch (color == null ? ColorMode.AUTO : color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> context.colour();
        };
    }

    private List<FormatSpec> checkedFormats() {
        List<FormatSpec> formats = CommandModel.list(this.formats);
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
            new DiagnosticPrinter(colour()).write(result, context.err());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one format; on an output error prints one line and returns false. */
    private boolean write(FormatSpec output, ScanResult result) {
        boolean coloured = output.toStdout() && colour();
        Reporter reporter = CommandModel.flag(compact) && output.name().equals("text")
                ? new TextReporter(coloured, context.columns())
                : pullRequestDiff != null && output.name().equals("markdown")
                        ? new MarkdownReporter(pullRequestDiff)
                        : Reporters.find(output.name(), coloured).orElseThrow();
        try {
            if (output.toStdout()) {
                reporter.write(result, context.out());
                // A PrintWriter keeps write errors (a full disk, a closed pipe) to itself until asked.
                if (!context.out().checkError()) return true;
                context.err().println("sagelint scan: cannot write standard output (a full disk or a closed pipe)");
                context.err().flush();
                return false;
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
