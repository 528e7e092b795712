package dev.sagelint.maven;

import dev.sagelint.baseline.Baseline;
import dev.sagelint.config.ConfigLoader;
import dev.sagelint.config.Configuration;
import dev.sagelint.config.LoadedConfig;
import dev.sagelint.config.RuleSelection;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.FrontendOptions;
import dev.sagelint.engine.PathFilter;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.engine.ScanSettings;
import dev.sagelint.engine.Scanner;
import dev.sagelint.report.Labels;
import dev.sagelint.report.text.DiagnosticPrinter;
import dev.sagelint.rules.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters that say what to scan and how, shared by the {@code check} and {@code report} goals, and the scan
 * they describe: the same {@link ScanRequest} the command line builds from its options.
 */
public abstract class ScanMojo extends AbstractMojo {

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
     * The sagelint configuration file, the same {@code .sagelint.yml} the command line reads: rules to disable,
     * severity overrides, rule parameters, files to exclude and {@code fail-on}. An invalid or missing file fails
     * the build. Default: {@code .sagelint.yml} or {@code .sagelint.yaml} in the project's base directory when there
     * is one; in a multi-module build, point the modules at a shared file, e.g.
     * <code>${maven.multiModuleProjectDirectory}/.sagelint.yml</code>.
     */
    @Parameter(property = "sagelint.configFile")
    private File configFile;

    /**
     * Where the reports go: {@code sagelint.sarif}, {@code sagelint.txt}, {@code sagelint.json},
     * {@code sagelint-annotations.txt} (github), {@code sagelint.md} (markdown), {@code sagelint-junit.xml} (junit)
     * and {@code gl-sast-report.json} (gitlab).
     */
    @Parameter(property = "sagelint.outputDirectory", defaultValue = "${project.build.directory}/sagelint")
    File outputDirectory;

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

    /**
     * A baseline file written by {@code sagelint baseline create}: findings recorded in it do not fail the build
     * (they are logged as unchanged, and SARIF marks them so). A missing or invalid file fails the build.
     */
    @Parameter(property = "sagelint.baseline")
    private File baseline;

    /**
     * Run only these rules: ids or globs such as {@code SageMaker.1*}; replaces the configuration file's
     * {@code rules.enable} and {@code rules.disable}. The command line's {@code --check}.
     */
    @Parameter(property = "sagelint.checks")
    private List<String> checks;

    /** Do not run these rules: ids or globs; applies after {@code checks}. The command line's {@code --skip-check}. */
    @Parameter(property = "sagelint.skipChecks")
    private List<String> skipChecks;

    /**
     * Report only findings of this severity or above ({@code critical}, {@code high}, {@code medium}, {@code low});
     * the others are left out of the log, the reports and the build result. The command line's {@code --severity}.
     */
    @Parameter(property = "sagelint.severity")
    private String severity;

    /** The folder reported paths are relative to. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** Left out of walked folders: it holds build output, not the project's own infrastructure code. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /** The project's modules, as written in {@code <modules>}; an aggregator leaves their folders to them. */
    @Parameter(defaultValue = "${project.modules}", readonly = true)
    private List<String> modules;

    /** {@link #configFile}, else the file in the base directory, else the defaults; an invalid file stops here. */
    Configuration configuration(Path root) throws MojoExecutionException {
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

    /** The baseline, the rule choice and the reported severity added to {@code settings}. */
    private ScanSettings selection(ScanSettings settings, List<String> ruleIds) throws MojoExecutionException {
        RuleSelection selection = new RuleSelection(checks, skipChecks);
        List<String> problems = selection.problems(ruleIds, "checks", "skipChecks");
        if (!problems.isEmpty()) throw new MojoExecutionException("sagelint: " + problems.get(0));
        Severity minimum = null;
        if (severity != null && !severity.isBlank()) {
            minimum = Severity.parse(severity)
                    .orElseThrow(() -> new MojoExecutionException("sagelint: severity '" + severity
                            + "' is not a severity; use critical, high, medium or low"));
        }
        ScanSettings chosen = selection.applyTo(settings, ruleIds).withReportedSeverity(minimum);
        if (baseline == null) return chosen;
        try {
            return chosen.withBaseline(Baseline.read(baseline.toPath()));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "sagelint: cannot read the baseline " + baseline + ": " + e.getMessage(), e);
        }
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

    /** {@code heading}, then the error diagnostics one per line as {@code path:line:col: error: message [code]}. */
    static String listed(String heading, List<Diagnostic> diagnostics, Path root) {
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

    static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** Control characters from a template must not reach the build log as terminal escapes. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    /** A scan's result with the root its paths are relative to and the configuration it ran with. */
    record Scan(Path root, Configuration configuration, ScanResult result) {}

    /**
     * Runs the scan the parameters describe: the sources, the configuration file, the front-end options and the
     * rule choice become one {@link ScanRequest}, as on the command line.
     */
    Scan scan() throws MojoExecutionException {
        Path root = basedir.toPath().toAbsolutePath().normalize();
        Configuration configuration = configuration(root);
        List<Path> paths = (sources == null || sources.isEmpty() ? List.of(basedir) : sources)
                .stream().map(f -> f.toPath().toAbsolutePath().normalize()).toList();

        Scanner scanner = Scanner.withInstalledFrontends();
        ScanRequest request = scanner.withInputFolders(
                ScanRequest.of(paths).withRoot(root).withFrontendOptions(frontendOptions(scanner)));
        request = configuration.applyTo(request.withFilter(filter(request.paths())));
        List<String> ruleIds = new ArrayList<>(scanner.ruleIds());
        request.settings().policies().forEach(p -> ruleIds.add(p.meta().id()));
        request = request.withSettings(selection(request.settings(), ruleIds));
        ScanResult result = scanner.scan(request);
        if (sources == null || sources.isEmpty()) {
            // An aggregator leaves its modules' folders to them: finding nothing of its own is not an empty scan.
            boolean aggregator = modules != null && !modules.isEmpty();
            if (aggregator) result = withoutEmptyFolderWarnings(result);
        }
        return new Scan(root, configuration, result);
    }

    private static ScanResult withoutEmptyFolderWarnings(ScanResult result) {
        return result.withDiagnostics(result.diagnostics().stream()
                .filter(d -> d.code() != DiagnosticCode.NO_INPUT_FILES)
                .toList());
    }
}
