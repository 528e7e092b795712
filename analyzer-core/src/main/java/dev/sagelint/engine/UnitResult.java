package dev.sagelint.engine;

import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.suppress.Suppression;
import java.util.List;

/**
 * The resources and diagnostics that a front-end read from one unit, and the suppressions written in its files:
 * {@code sagelint:ignore} comments, which only the front-end's parser can tell from text that merely looks like a
 * comment ({@link dev.sagelint.suppress.SuppressionComments}), and CloudFormation resource metadata. Problems with
 * the comments themselves are among the diagnostics.
 */
public record UnitResult(
        List<SageMakerResource> resources, List<Diagnostic> diagnostics, List<Suppression> suppressions) {
    public UnitResult {
        resources = List.copyOf(resources);
        diagnostics = List.copyOf(diagnostics);
        suppressions = List.copyOf(suppressions);
    }

    /** A result without suppressions. */
    public UnitResult(List<SageMakerResource> resources, List<Diagnostic> diagnostics) {
        this(resources, diagnostics, List.of());
    }

    public static UnitResult empty() {
        return new UnitResult(List.of(), List.of());
    }

    public static UnitResult of(Diagnostic diagnostic) {
        return new UnitResult(List.of(), List.of(diagnostic));
    }
}
