package dev.sagelint.cfn.read;

import dev.sagelint.engine.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What a reader made of one file: the tree when the file could be read, and the problems it found. A file with a
 * duplicate key or an unknown tag still has a tree (with diagnostics); a file with a syntax error, an encoding
 * error or an exceeded limit has none.
 */
public record ReadResult(Optional<CfnNode> root, List<Diagnostic> diagnostics) {

    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    static ReadResult failed(Diagnostic diagnostic) {
        return new ReadResult(Optional.empty(), List.of(diagnostic));
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
