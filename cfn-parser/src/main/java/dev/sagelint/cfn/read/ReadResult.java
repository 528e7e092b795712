package dev.sagelint.cfn.read;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.suppress.SuppressionComments;
import java.util.List;
import java.util.Optional;

/**
 * What a reader made of one file: the tree when the file could be read, and the problems it found. A file with a
 * duplicate key or an unknown tag still has a tree (with diagnostics); a file with a syntax error, an encoding
 * error or an exceeded limit has none.
 *
 * @param comments the {@code sagelint:ignore} comments of a YAML file that has a tree, as its parser found them
 *                 (JSON has no comments)
 */
public record ReadResult(Optional<CfnNode> root, List<Diagnostic> diagnostics, SuppressionComments.Found comments) {

    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
        java.util.Objects.requireNonNull(comments, "comments");
    }

    public ReadResult(Optional<CfnNode> root, List<Diagnostic> diagnostics) {
        this(root, diagnostics, SuppressionComments.Found.none());
    }

    static ReadResult failed(Diagnostic diagnostic) {
        return new ReadResult(Optional.empty(), List.of(diagnostic));
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
