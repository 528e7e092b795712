package dev.sagelint.engine;

import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import dev.sagelint.suppress.Suppression;
import java.util.List;

/**
 * What the engine keeps of one unit once a worker has read it and run the rules on it: the findings, the
 * diagnostics, the suppressions a front-end read, and the resources only when the scan keeps them.
 *
 * @param read whether the unit's files passed the size check and were read; only those are searched for
 *             suppression comments
 */
record Checked(
        List<SageMakerResource> resources,
        List<Finding> findings,
        List<Diagnostic> diagnostics,
        List<Suppression> suppressions,
        boolean read) {
    Checked {
        resources = List.copyOf(resources);
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
        suppressions = List.copyOf(suppressions);
    }

    /** This outcome without its findings, once they are handed on. */
    Checked withoutFindings() {
        return new Checked(resources, List.of(), diagnostics, suppressions, read);
    }

    /** A unit that was not read, with the diagnostic that says why. */
    static Checked unread(Diagnostic diagnostic) {
        return new Checked(List.of(), List.of(), List.of(diagnostic), List.of(), false);
    }
}
