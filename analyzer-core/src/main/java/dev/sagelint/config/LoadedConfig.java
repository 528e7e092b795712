package dev.sagelint.config;

import dev.sagelint.engine.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * A configuration and what was wrong with its file. When {@link #hasErrors()}, the configuration holds what could be
 * read and callers should stop (the CLI exits with 2, the Maven plugin fails the build) rather than scan with
 * settings the user did not mean.
 *
 * @param configuration the configuration; {@link Configuration#defaults()} when there is no file
 * @param diagnostics   errors with the file, line and column, code {@code config-error}
 */
public record LoadedConfig(Configuration configuration, List<Diagnostic> diagnostics) {

    public LoadedConfig {
        Objects.requireNonNull(configuration, "configuration");
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether the file could not be read as a valid configuration. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
