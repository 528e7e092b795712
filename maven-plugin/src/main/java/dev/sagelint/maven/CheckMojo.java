package dev.sagelint.maven;

import dev.sagelint.config.Configuration;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.Labels;
import dev.sagelint.report.Reporter;
import dev.sagelint.report.Reporters;
import dev.sagelint.report.text.DiagnosticPrinter;
import dev.sagelint.report.text.TextReporter;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scans the project's infrastructure code (CloudFormation templates, CDK cloud assemblies, Terraform files and
 * plans) for Amazon SageMaker configuration that fails AWS Security Hub controls, writes SARIF, text or JSON reports,
 * and logs each finding as {@code path:[line,col] SEVERITY SageMaker.N resource: message}. Findings at or above {@code failOn}
 * fail the build (a {@link MojoFailureException}); an input that could not be analyzed, such as a template that does
 * not parse, fails it as an execution error (a {@link MojoExecutionException}) unless {@code failOnError} is
 * {@code false}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends ScanMojo {

    // A thin shell over the engine, like the command line: parameters become one ScanRequest, the scanner with every
    // installed front-end runs it, reporters write the result, and the result maps onto the two exceptions.

    /** The report file of each format; any other format is written to {@code sagelint.<format>}. */
    private static final Map<String, String> REPORT_FILES = Map.of(
            "sarif", "sagelint.sarif",
            "text", "sagelint.txt",
            "json", "sagelint.json",
            "github", "sagelint-annotations.txt",
            "markdown", "sagelint.md",
            "junit", "sagelint-junit.xml",
            "gitlab", "gl-sast-report.json");

    private static final String NO_THRESHOLD = "none";

    /**
     * The lowest severity that fails the build: {@code critical}, {@code high}, {@code medium}, {@code low}, or
     * {@code none} to report findings without failing. Default: the configuration file's {@code fail-on}, else
     * {@code low}.
     */
    @Parameter(property = "sagelint.failOn")
    private String failOn;

    /**
     * The reports to write into {@link #outputDirectory}, any of the command line's formats: {@code sarif},
     * {@code text}, {@code json}, {@code github}, {@code markdown}, {@code junit} and {@code gitlab}; on the command
     * line, separate them with commas.
     */
    @Parameter(property = "sagelint.formats", defaultValue = "sarif")
    private List<String> formats;

    /**
     * Fail the build when a source folder holds no CloudFormation, CDK or Terraform input, as the command line's
     * {@code --fail-on-empty} does; also {@code fail-on-empty: true} in the configuration file.
     */
    @Parameter(property = "sagelint.failOnEmpty", defaultValue = "false")
    private boolean failOnEmpty;

    /** Skips the check. */
    @Parameter(property = "sagelint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Whether an input that could not be analyzed (a template that does not parse, a source that does not exist)
     * fails the build. When {@code false} it is logged as an error and the build goes on.
     */
    @Parameter(property = "sagelint.failOnError", defaultValue = "true")
    private boolean failOnError;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("sagelint: skipped");
            return;
        }
        List<Reporter> reporters = reporters();
        Scan scan = scan();
        Path root = scan.root();
        Configuration configuration = scan.configuration();
        ScanResult result = scan.result();
        Optional<Severity> threshold = threshold(configuration);

        logDiagnostics(result);
        List<Finding> failing = threshold.map(result::findingsAtLeast).orElse(List.of());
        for (Finding finding : result.findings()) {
            if (threshold.isPresent() && finding.severity().atLeast(threshold.get())) {
                log.error(line(root, finding));
            } else {
                log.warn(line(root, finding));
            }
        }
        log.info("sagelint: " + TextReporter.summaryLine(result));
        writeReports(result, reporters);

        if (result.hasErrors() && failOnError) {
            throw new MojoExecutionException(notAnalyzed(result));
        }
        boolean empty = result.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.NO_INPUT_FILES);
        if (empty && (failOnEmpty || configuration.failOnEmpty())) {
            throw new MojoExecutionException("sagelint: nothing to analyze in the sources; failing because of "
                    + "failOnEmpty (a source folder holds no CloudFormation, CDK or Terraform input)");
        }
        if (!failing.isEmpty()) {
            throw new MojoFailureException("sagelint: " + count(failing.size(), "finding") + " at or above severity "
                    + threshold.get().label() + "; see the log above and the reports in "
                    + Labels.path(root, outputDirectory.toPath()));
        }
    }

    /** {@link #failOn} when set, else the configuration's {@code fail-on}, else low; empty means never fail. */
    private Optional<Severity> threshold(Configuration configuration) throws MojoExecutionException {
        if (failOn == null || failOn.isBlank()) {
            return configuration.failOnThreshold().orElse(Optional.of(Severity.LOW));
        }
        String value = failOn.trim().toLowerCase(Locale.ROOT);
        if (value.equals(NO_THRESHOLD)) return Optional.empty();
        return Optional.of(Severity.parse(value)
                .orElseThrow(() -> new MojoExecutionException("sagelint: failOn '" + failOn
                        + "' is not a severity; use critical, high, medium, low or none")));
    }

    private List<Reporter> reporters() throws MojoExecutionException {
        List<Reporter> reporters = new ArrayList<>();
        for (String format : formats == null ? List.<String>of() : formats) {
            String name = format.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || reporters.stream().anyMatch(r -> r.name().equals(name))) continue;
            reporters.add(Reporters.find(name, false)
                    .orElseThrow(() -> new MojoExecutionException("sagelint: " + "unknown format '" + format
                            + "'; known formats: " + String.join(", ", Reporters.names()))));
        }
        return reporters;
    }

    private void logDiagnostics(ScanResult result) {
        DiagnosticPrinter printer = new DiagnosticPrinter(false);
        for (Diagnostic d : result.diagnostics()) {
            String line = printer.line(result.root(), d);
            switch (d.level()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case NOTE -> getLog().info(line);
            }
        }
    }

    private void writeReports(ScanResult result, List<Reporter> reporters) throws MojoExecutionException {
        for (Reporter reporter : reporters) {
            Path file = outputDirectory
                    .toPath()
                    .resolve(REPORT_FILES.getOrDefault(reporter.name(), "sagelint." + reporter.name()));
            try {
                Files.createDirectories(outputDirectory.toPath());
                try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    reporter.write(result, writer);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("sagelint: cannot write " + file + ": " + e.getMessage(), e);
            }
            getLog().info("sagelint: wrote " + Labels.path(result.root(), file));
        }
    }

    /**
     * {@code path:[line,col] SEVERITY SageMaker.N resource: message}, the line a finding is logged as: the location
     * in the shape the Maven compiler uses, which IDEs turn into a link.
     */
    static String line(Path root, Finding finding) {
        return printable(Labels.path(root, finding.location().file())) + ":["
                + finding.location().line() + ","
                + Math.max(1, finding.location().column()) + "] "
                + finding.severity().name() + " " + finding.rule().id()
                + " " + printable(finding.resource().displayName())
                + ": " + (finding.isConditional() ? TextReporter.CONDITIONAL + " " : "") + printable(finding.message());
    }

    private static String notAnalyzed(ScanResult result) {
        List<Diagnostic> errors =
                result.diagnostics().stream().filter(Diagnostic::isError).toList();
        long inputs = errors.stream().map(Diagnostic::file).distinct().count();
        return listed("sagelint: could not analyze " + count((int) inputs, "input") + ":", errors, result.root());
    }
}
