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
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The options that say what to scan and how, shared by {@code scan} and {@code baseline create}: the paths, the
 * root and the configuration file. {@link #request} turns them into one {@link ScanRequest}.
 */
final class ScanSetup {

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description = "Files and folders to scan (default: the current folder). Given files, only findings in "
                    + "those files are reported.")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--root",
            paramLabel = "DIR",
            description = "The folder reported paths are relative to (default: the current folder, or the folder "
                    + "that holds every PATH when some lie outside it).")
    Path root;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "The configuration file (default: " + ".sagelint.yml in the root, if there is one).")
    Path config;

    @Option(
            names = "--tf-var-file",
            paramLabel = "FILE",
            description = "A Terraform variables file (HCL or JSON) applied to every root module after "
                    + "terraform.tfvars and *.auto.tfvars; repeatable, later files win.")
    List<Path> tfVarFiles = new ArrayList<>();

    @Option(
            names = "--tf-root",
            paramLabel = "DIR",
            description = "The Terraform root module a plan JSON was made from, so that plan findings point at "
                    + "its .tf lines; the folder is scanned too.")
    Path tfRoot;

    @Option(
            names = "--frontend-option",
            paramLabel = "NAME=VALUE",
            description = "An option of a front-end, by name (--tf-var-file F is --frontend-option tf-var-file=F); "
                    + "repeatable. An unknown name is an error that lists the known ones.")
    List<String> frontendOptions = new ArrayList<>();

    @Option(
            names = "--limit",
            paramLabel = "NAME=VALUE",
            description = "Change one limit on what reading and evaluating input may cost (file-bytes, "
                    + "steps-per-file, string-length, instances, ...; README, \"Limits\"); repeatable, wins over "
                    + "the configuration file's limits.")
    List<String> limits = new ArrayList<>();

    /** The front-end options of the dedicated flags above, by option name; the front-ends declare them. */
    private static final String TF_VAR_FILE = "tf-var-file";

    private static final String TF_ROOT = "tf-root";

    /** Every front-end option given, under its option name, in the order given; the engine checks them. */
    private FrontendOptions frontendOptions(CommandSpec spec) {
        FrontendOptions options = FrontendOptions.none();
        for (Path file : tfVarFiles) options = options.with(TF_VAR_FILE, file);
        if (tfRoot != null) options = options.with(TF_ROOT, tfRoot);
        for (String option : frontendOptions) {
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
        for (String option : limits) {
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
        if (root != null && !Files.isDirectory(root)) {
            throw new ParameterException(spec.commandLine(), "--root " + root + " is not a folder");
        }
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
        LoadedConfig loaded = ConfigLoader.resolve(effectiveRoot, config);
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
        List<Path> named = new ArrayList<>(paths);
        named.addAll(tfVarFiles);
        if (config != null) named.add(config);
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
