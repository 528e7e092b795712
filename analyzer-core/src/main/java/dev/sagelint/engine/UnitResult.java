package dev.sagelint.engine;

import dev.sagelint.model.sagemaker.SageMakerResource;
import java.util.List;

/** The resources and diagnostics that a front-end read from one unit. */
public record UnitResult(List<SageMakerResource> resources, List<Diagnostic> diagnostics) {
    public UnitResult {
        resources = List.copyOf(resources);
        diagnostics = List.copyOf(diagnostics);
    }

    public static UnitResult empty() {
        return new UnitResult(List.of(), List.of());
    }

    public static UnitResult of(Diagnostic diagnostic) {
        return new UnitResult(List.of(), List.of(diagnostic));
    }
}
