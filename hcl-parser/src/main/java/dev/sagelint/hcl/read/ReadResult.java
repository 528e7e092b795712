package dev.sagelint.hcl.read;

import dev.sagelint.engine.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What a reader made of one file: the syntax tree when the file could be read, and diagnostics.
 *
 * @param file empty when the file has syntax errors (it is then left out of the module, and the diagnostics say
 *             where and why)
 */
public record ReadResult(Optional<ConfigFile> file, List<Diagnostic> diagnostics) {
    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
