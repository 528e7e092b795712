package dev.sagelint.cli;

import dev.sagelint.config.ConfigLoader;
import dev.sagelint.config.Configuration;
import dev.sagelint.config.LoadedConfig;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.FrontendOptions;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.engine.Scanner;
import dev.sagelint.report.text.DiagnosticPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * The options that say what to scan and how, shared by {@code scan} and {@code baseline create}: the paths, the
 * root and the configuration file. {@link #request} turns them into one {@link ScanRequest}.
 */
final class ScanSetup {

    private final PositionalParamSpec paths = PositionalParamSpec.builder()
            .paramLabel("PATH")
            .arity("0..*")
            .type(List.class)
            .auxiliaryTypes(Path.class)
            .description("Files and folders to scan (default: the current folder). Given files, only findings in "
                    + "those files are reported.")
            .build();

    private final OptionSpec root = OptionSpec.builder("--root")
            .paramLabel("DIR")
            .type(Path.class)
            .description("The folder reported paths are relative to (default: the current folder, or the folder "
                    + "that holds every PATH when some lie outside it).")
            .build();

    private final OptionSpec config = OptionSpec.builder("--config")
            .paramLabel("FILE")
            .type(Path.class)
            .description("The configuration file (default: " + ".sagelint.yml in the root, if there is one).")
            .build();

    private final OptionSpec tfVarFiles = OptionSpec.builder("--tf-var-file")
            .paramLabel("FILE")
            .type(List.class)
            .auxiliaryTypes(Path.class)
            .description("A Terraform variables file (HCL or JSON) applied to every root module after "
                    + "terraform.tfvars and *.auto.tfvars; repeatable, later files win.")
            .build();

    private final OptionSpec tfRoot = OptionSpec.builder("--tf-root")
            .paramLabel("DIR")
            .type(Path.class)
            .description("The Terraform root module a plan JSON was made from, so that plan findings point at "
                    + "its .tf lines; the folder is scanned too.")
            .build();

    private final OptionSpec frontendOptions = OptionSpec.builder("--frontend-option")
            .paramLabel("NAME=VALUE")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("An option of a front-end, by name (--tf-var-file F is --frontend-option tf-var-file=F); "
                    + "repeatable. An unknown name is an error that lists the known ones.")
            .build();

    private final OptionSpec limits = OptionSpec.builder("--limit")
            .paramLabel("NAME=VALUE")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("Change one limit on what reading and evaluating input may cost (file-bytes, "
                    + "steps-per-file, string-length, instances, ...; README, \"Limits\"); repeatable, wins over "
                    + "the configuration file's limits.")
            .build();

    /**
     * Adds these options to a command's model. They are built with picocli's API rather than declared with its
     * annotations, because reading annotations by reflection is most of a one-file scan's start-up.
     */
    void addTo(CommandSpec command) {
        command.addPositional(paths);
        for (OptionSpec option : List.of(root, config, tfVarFiles, tfRoot, frontendOptions, limits)) {
            command.addOption(option);
        }
    }

    /** The paths given, in order. */
    List<Path> paths() {
        return CommandModel.list(paths);
    }

    /** {@code --tf-var-file}, in order. */
    private List<Path> tfVarFiles() {
        return CommandModel.list(tfVarFiles);
    }

    /** {@code --config}, or {@code null}. */
    private Path config() {
        return config.getValue();
    }

    /** The front-end options of the dedicated flags above, by option name; the front-ends declare them. */
    private static final String TF_VAR_FILE = "tf-var-file";

    private static final String TF_ROOT = "tf-root";

    /** Every front-end option given, under its option name, in the order given; the engine checks them. */
    private FrontendOptions frontendOptions(CommandSpec spec) {
        FrontendOptions options = FrontendOptions.none();
        for (Path file : tfVarFiles()) options = options.with(TF_VAR_FILE, file);
        Path tfRoot = this.tfRoot.getValue();
        if (tfRoot != null) options = options.with(TF_ROOT, tfRoot);
        for (String option : CommandModel.<String>list(frontendOptions)) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "--frontend-option " + option + " is not NAME=VALUE");
            }
            options = options.with(option.substring(0, eq).strip(), option.substring(eq + 1));
        }
        return options;
    }

    /** {@code base} with the {@code --limit} options applied, in the order given. */
    private ScanContext.Limits limits(CommandSpec spec, ScanContext.Limits base) {
        ScanContext.Limits out = base;
        for (String option : CommandModel.<String>list(limits)) {
            int eq = option.indexOf('=');
            ScanContext.Limit limit =
                    eq > 0 ? ScanContext.Limit.byKey(option.substring(0, eq).strip()) : null;
            if (limit == null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--limit " + option + " is not NAME=VALUE with NAME one of "
                                + java.util.Arrays.stream(ScanContext.Limit.values())
                                        .map(ScanContext.Limit::key)
                                        .collect(java.util.stream.Collectors.joining(", ")));
            }
            try {
                out = out.with(
                        limit, Long.parseLong(option.substring(eq + 1).strip().replace("_", "")));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--limit " + option + ": the value must be a whole number from 1 to "
                                + (limit.isInt() ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        return out;
    }

    /** How a problem with a front-end option names it: as the dedicated flag when there is one. */
    private static String label(String option) {
        return option.equals(TF_VAR_FILE) || option.equals(TF_ROOT) ? "--" + option : "--frontend-option " + option;
    }

    /**
     * The request, its configuration and the scanner to run it with, or {@code null} after printing the
     * configuration's errors.
     */
    record Prepared(ScanRequest request, Configuration configuration, Supplier<Scanner> scanner) {}

    Prepared request(CommandSpec spec, CliContext context) {
        Path root = this.root.getValue();
        if (root != null && !Files.isDirectory(root)) {
            throw new ParameterException(spec.commandLine(), "--root " + root + " is not a folder");
        }
        List<Path> paths = paths();
        ScanRequest request = ScanRequest.of(paths.isEmpty() ? List.of(Path.of(".")) : paths)
                .withRoot(root)
                .withFrontendOptions(frontendOptions(spec));
        // Only front-end options need the scanner this early: its front-ends say which options exist, and an
        // option's folder that is scanned too moves the root, where the configuration is looked up.
        Scanner scanner = null;
        if (!request.frontendOptions().isEmpty()) {
            scanner = context.scanner().get();
            List<FrontendOptions.Problem> problems = scanner.check(request.frontendOptions());
            if (!problems.isEmpty()) {
                FrontendOptions.Problem first = problems.get(0);
                throw new ParameterException(spec.commandLine(), first.describe(label(first.option())));
            }
            request = scanner.withInputFolders(request);
        }
        Path effectiveRoot = request.effectiveRoot();
        LoadedConfig loaded = ConfigLoader.resolve(effectiveRoot, config());
        if (!loaded.diagnostics().isEmpty()) {
            DiagnosticPrinter printer = new DiagnosticPrinter(false);
            for (Diagnostic d : loaded.diagnostics()) context.err().println(printer.line(effectiveRoot, d));
            context.err().flush();
        }
        if (loaded.hasErrors()) return null;
        Scanner early = scanner;
        ScanRequest configured = loaded.configuration().applyTo(request);
        return new Prepared(
                configured.withLimits(limits(spec, configured.limits())),
                loaded.configuration(),
                early != null ? () -> early : context.scanner());
    }

    /** A finished scan and the scanner that ran it (whose editors a fix needs). */
    record Scanned(Scanner scanner, ScanResult result) {}

    /**
     * Scans what these options name, with {@code ruleOptions} applied, and prints the scan's diagnostics to standard
     * error, as the commands other than {@code scan} report them; {@code null} after printing the configuration's
     * errors.
     */
    Scanned scan(CommandSpec spec, CliContext context, RuleOptions ruleOptions) {
        return scan(spec, context, ruleOptions, UnaryOperator.identity());
    }

    /** As {@link #scan(CommandSpec, CliContext, RuleOptions)}, with the request changed by {@code adjust} first. */
    Scanned scan(CommandSpec spec, CliContext context, RuleOptions ruleOptions, UnaryOperator<ScanRequest> adjust) {
        Prepared prepared = request(spec, context);
        if (prepared == null) return null;
        Scanner scanner = prepared.scanner().get();
        ScanResult result =
                scanner.scan(ruleOptions.applyTo(adjust.apply(prepared.request()), scanner.ruleIds(), spec));
        try {
            new DiagnosticPrinter(false).write(result, context.err());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Scanned(scanner, result);
    }

    /**
     * Whether writing {@code output} would overwrite an input of the scan: a path named on the command line, the
     * configuration file, a {@code --tf-var-file}, {@code extra} (the baseline read), or a file the scan read a
     * resource, a finding, a suppression or a diagnostic from. A file that does not exist yet is no input.
     */
    boolean overwritesInput(Path output, ScanResult result, Path... extra) {
        Path target = real(output);
        if (target == null) return false;
        List<Path> named = new ArrayList<>(paths());
        named.addAll(tfVarFiles());
        if (config() != null) named.add(config());
        named.addAll(java.util.Arrays.asList(extra));
        for (Path p : named) {
            if (p != null && target.equals(real(p))) return true;
        }
        java.util.Set<Path> seen = new java.util.HashSet<>();
        java.util.function.Predicate<Path> same = file -> file != null && seen.add(file) && target.equals(real(file));
        return result.resources().stream()
                        .anyMatch(r -> same.test(r.id().declaration().file()))
                || result.findings().stream()
                        .anyMatch(f -> same.test(f.location().file()))
                || result.unchanged().stream()
                        .anyMatch(f -> same.test(f.location().file()))
                || result.suppressed().stream()
                        .anyMatch(f -> same.test(f.finding().location().file())
                                || same.test(f.suppression().at().file()))
                || result.diagnostics().stream().anyMatch(d -> same.test(d.file()));
    }

    /** The file's real path, or {@code null} when it is not a regular file. */
    private static Path real(Path file) {
        try {
            return Files.isRegularFile(file) ? file.toRealPath() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
