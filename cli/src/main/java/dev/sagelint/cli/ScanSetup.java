package dev.sagelint.cli;

import dev.sagelint.config.ConfigLoader;
import dev.sagelint.config.Configuration;
import dev.sagelint.config.LoadedConfig;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.Frontend;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.hcl.TerraformFrontend;
import dev.sagelint.hcl.plan.TerraformPlanFrontend;
import dev.sagelint.report.text.DiagnosticPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files and folders to scan (default: the current folder). Given files, only findings in "
                    + "those files are reported.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--root", paramLabel = "DIR",
            description = "The folder reported paths are relative to (default: the current folder, or the folder "
                    + "that holds every PATH when some lie outside it).")
    Path root;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file (default: " + ".sagelint.yml in the root, if there is one).")
    Path config;

    @Option(names = "--tf-var-file", paramLabel = "FILE",
            description = "A Terraform variables file (HCL or JSON) applied to every root module after "
                    + "terraform.tfvars and *.auto.tfvars; repeatable, later files win.")
    List<Path> tfVarFiles = new ArrayList<>();

    @Option(names = "--tf-root", paramLabel = "DIR",
            description = "The Terraform root module a plan JSON was made from, so that plan findings point at "
                    + "its .tf lines; the folder is scanned too.")
    Path tfRoot;

    /** Hands the Terraform front-ends their options; other front-ends pass through unchanged. */
    UnaryOperator<Frontend> frontendOptions() {
        return frontend -> {
            if (frontend instanceof TerraformFrontend source && !tfVarFiles.isEmpty()) {
                return source.withVarFiles(tfVarFiles);
            }
            if (frontend instanceof TerraformPlanFrontend plan) {
                TerraformPlanFrontend configured = tfVarFiles.isEmpty() ? plan : plan.withVarFiles(tfVarFiles);
                return tfRoot == null ? configured : configured.withTfRoot(tfRoot.toAbsolutePath().normalize());
            }
            return frontend;
        };
    }

    /** The request and its configuration, or {@code null} after printing the configuration's errors. */
    record Prepared(ScanRequest request, Configuration configuration) {
    }

    Prepared request(CommandSpec spec, CliContext context) {
        if (root != null && !Files.isDirectory(root)) {
            throw new ParameterException(spec.commandLine(), "--root " + root + " is not a folder");
        }
        for (Path file : tfVarFiles) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "--tf-var-file " + file + " is not a file");
            }
        }
        if (tfRoot != null && !Files.isDirectory(tfRoot)) {
            throw new ParameterException(spec.commandLine(), "--tf-root " + tfRoot + " is not a folder");
        }
        List<Path> targets = new ArrayList<>(paths.isEmpty() ? List.of(Path.of(".")) : paths);
        if (tfRoot != null) targets.add(tfRoot);
        ScanRequest request = ScanRequest.of(targets).withRoot(root);
        Path effectiveRoot = request.effectiveRoot();
        LoadedConfig loaded = ConfigLoader.resolve(effectiveRoot, config);
        if (!loaded.diagnostics().isEmpty()) {
            DiagnosticPrinter printer = new DiagnosticPrinter(false);
            for (Diagnostic d : loaded.diagnostics()) context.err().println(printer.line(effectiveRoot, d));
            context.err().flush();
        }
        if (loaded.hasErrors()) return null;
        return new Prepared(loaded.configuration().applyTo(request), loaded.configuration());
    }
}
