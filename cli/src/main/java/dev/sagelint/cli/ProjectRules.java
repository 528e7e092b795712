package dev.sagelint.cli;

import dev.sagelint.config.ConfigLoader;
import dev.sagelint.config.LoadedConfig;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.report.text.DiagnosticPrinter;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.Rules;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rules a project has: the built-in catalog and the custom policies of its configuration (found from the
 * current folder, as {@code scan} finds them), for {@code rules} and {@code explain}.
 */
final class ProjectRules {

    private ProjectRules() {}

    /** The catalog and the project's policies; {@code null} after printing the errors when they are not valid. */
    static List<Rule> load(CliContext context, Path folder) {
        LoadedConfig loaded = ConfigLoader.resolve(folder, null);
        if (!loaded.diagnostics().isEmpty()) {
            DiagnosticPrinter printer = new DiagnosticPrinter(false);
            for (Diagnostic d : loaded.diagnostics()) context.err().println(printer.line(folder, d));
            context.err().flush();
        }
        if (loaded.hasErrors()) return null;
        return Stream.concat(Rules.all().stream(), loaded.configuration().policies().stream())
                .toList();
    }
}
