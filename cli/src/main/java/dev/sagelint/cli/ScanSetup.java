package dev.sagelint.cli;

import dev.sagelint.config.ConfigLoader;
import dev.sagelint.config.Configuration;
import dev.sagelint.config.LoadedConfig;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.report.text.DiagnosticPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** The request and its configuration, or {@code null} after printing the configuration's errors. */
    record Prepared(ScanRequest request, Configuration configuration) {
    }

    Prepared request(CommandSpec spec, CliContext context) {
        if (root != null && !Files.isDirectory(root)) {
            throw new ParameterException(spec.commandLine(), "--root " + root + " is not a folder");
        }
        List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
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
