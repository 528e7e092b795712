package dev.sagelint.engine;

import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.suppress.Suppression;
import java.util.List;

/**
 * The resources and diagnostics that a front-end read from one unit, and the suppressions written in a form only
 * it can read (CloudFormation resource metadata). {@code sagelint:ignore} comments need no front-end: the engine
 * reads them from the unit's files.
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
