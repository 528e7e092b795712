package dev.sagelint.maven;

import dev.sagelint.config.ConfigLoader;
import dev.sagelint.config.Configuration;
import dev.sagelint.config.LoadedConfig;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.FrontendOptions;
import dev.sagelint.engine.PathFilter;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.engine.Scanner;
import dev.sagelint.report.Labels;
import dev.sagelint.report.Reporter;
import dev.sagelint.report.Reporters;
import dev.sagelint.report.Summary;
import dev.sagelint.report.text.DiagnosticPrinter;
import dev.sagelint.report.text.TextReporter;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Severity;
import java.io.File;
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
import java.util.TreeMap;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scans the project's infrastructure code (CloudFormation templates, CDK cloud assemblies, Terraform files and
 * plans) for Amazon SageMaker configuration that fails AWS Security Hub controls, writes SARIF, text or JSON reports,
 * and logs each finding as {@code path:line  SageMaker.N  resource  message}. Findings at or above {@code failOn}
 * fail the build (a {@link MojoFailureException}); an input that could not be analyzed, such as a template that does
 * not parse, fails it as an execution error (a {@link MojoExecutionException}) unless {@code failOnError} is
 * {@code false}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    // A thin shell over the engine, like the command line: parameters become one ScanRequest, the scanner with every
    // installed front-end runs it, reporters write the result, and the result maps onto the two exceptions.

    /** The report file for each format. */
    private static final Map<String, String> REPORT_FILES =
            Map.of("sarif", "sagelint.sarif", "text", "sagelint.txt", "json", "sagelint.json");

    private static final String NO_THRESHOLD = "none";
    /** The names of the front-end options that have a parameter of their own. */
    private static final String TF_VAR_FILE = "tf-var-file";

    private static final String TF_ROOT = "tf-root";
    private static final int MAX_LISTED_ERRORS = 20;

    /**
     * Files and folders to scan. Folders are walked; the project's build directory, {@link #outputDirectory} and
     * the folders of the project's modules (each module scans its own) are left out of a walked folder unless
     * named here themselves. A CDK cloud assembly ({@code cdk.out}) in the tree is found like any other input. On
     * the command line, separate them with commas. Default: the project's base directory.
     */
    // No defaultValue: Maven cannot assign the File that ${project.basedir} evaluates to to a List.
    @Parameter(property = "sagelint.sources")
    private List<File> sources;

    /**
     * Glob patterns of the files to scan in a walked folder, relative to that folder, such as
     * {@code src/main/cloudformation/**} or {@code **}{@code /*.tf}. Default: every file.
     */
    @Parameter(property = "sagelint.includes")
    private List<String> includes;

    /** Glob patterns of the files to leave out of a walked folder, relative to it, such as {@code legacy/**}. */
    @Parameter(property = "sagelint.excludes")
    private List<String> excludes;

    /**
     * The lowest severity that fails the build: {@code critical}, {@code high}, {@code medium}, {@code low}, or
     * {@code none} to report findings without failing. Default: the configuration file's {@code fail-on}, else
     * {@code low}.
     */
    @Parameter(property = "sagelint.failOn")
    private String failOn;

    /**
     * The sagelint configuration file, the same {@code .sagelint.yml} the command line reads: rules to disable,
     * severity overrides, rule parameters, files to exclude and {@code fail-on}. An invalid or missing file fails
     * the build. Default: {@code .sagelint.yml} or {@code .sagelint.yaml} in the project's base directory when there
     * is one; in a multi-module build, point the modules at a shared file, e.g.
     * <code>${maven.multiModuleProjectDirectory}/.sagelint.yml</code>.
     */
    @Parameter(property = "sagelint.configFile")
    private File configFile;

    /** The reports to write into {@link #outputDirectory}: {@code sarif}, {@code text} and/or {@code json}. */
    @Parameter(property = "sagelint.formats", defaultValue = "sarif")
    private List<String> formats;

    /**
     * Where the reports go, as {@code sagelint.sarif}, {@code sagelint.txt} and {@code sagelint.json}.
     */
    @Parameter(property = "sagelint.outputDirectory", defaultValue = "${project.build.directory}/sagelint")
    private File outputDirectory;

    /**
     * Terraform variables files (HCL or JSON) applied to every root module after {@code terraform.tfvars} and
     * {@code *.auto.tfvars}, later files winning; the command line's {@code --tf-var-file}.
     */
    @Parameter(property = "sagelint.tfVarFiles")
    private List<File> tfVarFiles;

    /**
     * The Terraform root module a plan JSON was made from, so that plan findings point at its {@code .tf} lines;
     * the folder is scanned too. The command line's {@code --tf-root}.
     */
    @Parameter(property = "sagelint.tfRoot")
    private File tfRoot;

    /**
     * Any front-end option by name, the command line's {@code --frontend-option NAME=VALUE}: {@code tfVarFiles}
     * is {@code <tf-var-file>}, {@code tfRoot} is {@code <tf-root>}. Relative paths are resolved against the base
     * directory; an option that takes several values takes them separated by commas. An unknown name fails the
     * build with the list of known ones.
     */
    @Parameter
    private Map<String, String> frontendOptions;

    /** Skips the check. */
    @Parameter(property = "sagelint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Whether an input that could not be analyzed (a template that does not parse, a source that does not exist)
     * fails the build. When {@code false} it is logged as an error and the build goes on.
     */
    @Parameter(property = "sagelint.failOnError", defaultValue = "true")
    private boolean failOnError;

    /** The folder reported paths are relative to. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Left out of walked folders: it holds build output, not the project's own infrastructure code. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /** The project's modules, as written in {@code <modules>}; an aggregator leaves their folders to them. */
    @Parameter(defaultValue = "${project.modules}", readonly = true)
    private List<String> modules;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("sagelint: skipped");
            return;
        }
        Path root = basedir.toPath().toAbsolutePath().normalize();
        Configuration configuration = configuration(root);
        Optional<Severity> threshold = threshold(configuration);
        List<Reporter> reporters = reporters();
        List<Path> paths = (sources == null || sources.isEmpty() ? List.of(basedir) : sources)
                .stream().map(f -> f.toPath().toAbsolutePath().normalize()).toList();

        Scanner scanner = Scanner.withInstalledFrontends();
        ScanRequest request = scanner.withInputFolders(
                ScanRequest.of(paths).withRoot(root).withFrontendOptions(frontendOptions(scanner)));
        request = configuration.applyTo(request.withFilter(filter(request.paths())));
        ScanResult result = scanner.scan(request);

        logDiagnostics(result);
        List<Finding> failing = threshold.map(result::findingsAtLeast).orElse(List.of());
        for (Finding finding : result.findings()) {
            if (threshold.isPresent() && finding.severity().atLeast(threshold.get())) {
                log.error(line(root, finding));
            } else {
                log.warn(line(root, finding));
            }
        }
        log.info("sagelint: " + TextReporter.summaryLine(Summary.of(result)));
        writeReports(result, reporters);

        if (result.hasErrors() && failOnError) {
            throw new MojoExecutionException(notAnalyzed(result));
        }
        if (!failing.isEmpty()) {
            throw new MojoFailureException("sagelint: " + count(failing.size(), "finding") + " at or above severity "
                    + threshold.get().label() + "; see the log above and the reports in "
                    + Labels.path(root, outputDirectory.toPath()));
        }
    }

    /** {@link #configFile}, else the file in the base directory, else the defaults; an invalid file stops here. */
    private Configuration configuration(Path root) throws MojoExecutionException {
        LoadedConfig loaded = ConfigLoader.resolve(root, configFile == null ? null : configFile.toPath());
        if (loaded.hasErrors()) {
            throw new MojoExecutionException(
                    listed("sagelint: the configuration file is not valid:", loaded.diagnostics(), root));
        }
        Configuration configuration = loaded.configuration();
        if (configuration.source() != null) {
            getLog().info("sagelint: configuration from " + Labels.path(root, configuration.source()));
        }
        return configuration;
    }

    /** {@link #tfVarFiles}, {@link #tfRoot} and {@link #frontendOptions} under their option names, checked. */
    private FrontendOptions frontendOptions(Scanner scanner) throws MojoExecutionException {
        FrontendOptions options = FrontendOptions.none().relativeTo(basedir.toPath());
        for (File file : tfVarFiles == null ? List.<File>of() : tfVarFiles) {
            options = options.with(TF_VAR_FILE, file.toPath());
        }
        if (tfRoot != null) options = options.with(TF_ROOT, tfRoot.toPath());
        if (frontendOptions != null) {
            for (Map.Entry<String, String> option : new TreeMap<>(frontendOptions).entrySet()) {
                String values = option.getValue() == null ? "" : option.getValue();
                for (String value : values.isBlank() ? new String[] {""} : values.split(",")) {
                    options = options.with(option.getKey().strip(), value.strip());
                }
            }
        }
        List<FrontendOptions.Problem> problems = scanner.check(options);
        if (!problems.isEmpty()) {
            FrontendOptions.Problem first = problems.get(0);
            String label = first.option().equals(TF_VAR_FILE)
                    ? "tfVarFiles"
                    : first.option().equals(TF_ROOT) ? "tfRoot" : "frontendOptions " + first.option();
            throw new MojoExecutionException("sagelint: " + first.describe(label));
        }
        return options;
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

    /**
     * The includes and excludes, plus the build directory, the output directory and the module folders of every
     * walked folder that holds them.
     */
    private PathFilter filter(List<Path> paths) throws MojoExecutionException {
        List<String> excluded = new ArrayList<>(excludes == null ? List.of() : excludes);
        List<Path> leftOut = new ArrayList<>(List.of(buildDirectory.toPath(), outputDirectory.toPath()));
        for (String module : modules == null ? List.<String>of() : modules) {
            Path dir = basedir.toPath().resolve(module);
            leftOut.add(Files.isRegularFile(dir) ? dir.getParent() : dir);
        }
        for (Path path : paths) {
            for (Path generated : leftOut) {
                Path dir = generated.toAbsolutePath().normalize();
                if (!dir.equals(path) && dir.startsWith(path)) {
                    excluded.add(path.relativize(dir).toString().replace('\\', '/') + "/**");
                }
            }
        }
        try {
            return new PathFilter(includes == null ? List.of() : includes, excluded);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("sagelint: " + e.getMessage(), e);
        }
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
            Path file = outputDirectory.toPath().resolve(REPORT_FILES.get(reporter.name()));
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

    /** {@code path:line  SageMaker.N  resource  message}, the line a finding is logged as. */
    static String line(Path root, Finding finding) {
        return printable(Labels.path(root, finding.location().file())) + ":"
                + finding.location().line()
                + "  " + finding.rule().id()
                + "  " + printable(finding.resource().displayName())
                + "  " + (finding.isConditional() ? TextReporter.CONDITIONAL + " " : "") + printable(finding.message());
    }

    private static String notAnalyzed(ScanResult result) {
        List<Diagnostic> errors =
                result.diagnostics().stream().filter(Diagnostic::isError).toList();
        long inputs = errors.stream().map(Diagnostic::file).distinct().count();
        return listed("sagelint: could not analyze " + count((int) inputs, "input") + ":", errors, result.root());
    }

    /** {@code heading}, then the error diagnostics one per line as {@code path:line:col: error: message [code]}. */
    private static String listed(String heading, List<Diagnostic> diagnostics, Path root) {
        List<Diagnostic> errors =
                diagnostics.stream().filter(Diagnostic::isError).toList();
        StringBuilder message = new StringBuilder(heading);
        DiagnosticPrinter printer = new DiagnosticPrinter(false);
        errors.stream()
                .limit(MAX_LISTED_ERRORS)
                .forEach(d -> message.append("\n  ").append(printable(printer.line(root, d))));
        if (errors.size() > MAX_LISTED_ERRORS) {
            message.append("\n  and ").append(errors.size() - MAX_LISTED_ERRORS).append(" more");
        }
        return message.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** Control characters from a template must not reach the build log as terminal escapes. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
