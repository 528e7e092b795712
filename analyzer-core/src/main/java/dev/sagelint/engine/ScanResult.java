package dev.sagelint.engine;

import dev.sagelint.fix.ProposedFix;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.suppress.SuppressedFinding;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a scan, in a deterministic order: findings by file, line, rule; diagnostics by file and line.
 *
 * @param root        the folder that reported paths are relative to
 * @param rules       every rule that ran, in catalog order
 * @param resources   every resource read, in file order
 * @param findings    the findings
 * @param diagnostics what could not be read or decided
 * @param filesRead   how many files the front-ends analyzed
 * @param suppressed  findings silenced by an inline suppression; they do not count
 * @param unchanged   findings the baseline holds; they do not count
 * @param baselineUsed whether the scan had a baseline (SARIF then says which results are new)
 * @param fixes       what can be done about each finding, in the order of {@code findings}; the {@code fix}
 *                    command, SARIF {@code fixes} and Markdown suggestions read them
 */
public record ScanResult(
        Path root,
        List<RuleMeta> rules,
        List<SageMakerResource> resources,
        List<Finding> findings,
        List<Diagnostic> diagnostics,
        int filesRead,
        List<SuppressedFinding> suppressed,
        List<Finding> unchanged,
        boolean baselineUsed,
        List<ProposedFix> fixes) {

    public ScanResult {
        rules = List.copyOf(rules);
        resources = List.copyOf(resources);
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
        suppressed = List.copyOf(suppressed);
        unchanged = List.copyOf(unchanged);
        fixes = List.copyOf(fixes);
    }

    /** A result without fixes. */
    public ScanResult(
            Path root,
            List<RuleMeta> rules,
            List<SageMakerResource> resources,
            List<Finding> findings,
            List<Diagnostic> diagnostics,
            int filesRead,
            List<SuppressedFinding> suppressed,
            List<Finding> unchanged,
            boolean baselineUsed) {
        this(root, rules, resources, findings, diagnostics, filesRead, suppressed, unchanged, baselineUsed, List.of());
    }

    /** The proposed fix of a finding of this result, if one was computed. */
    public java.util.Optional<ProposedFix> fixOf(Finding finding) {
        return fixes.stream().filter(f -> f.finding() == finding).findFirst();
    }

    /** A result without suppressed findings and without a baseline. */
    public ScanResult(
            Path root,
            List<RuleMeta> rules,
            List<SageMakerResource> resources,
            List<Finding> findings,
            List<Diagnostic> diagnostics,
            int filesRead) {
        this(root, rules, resources, findings, diagnostics, filesRead, List.of(), List.of(), false);
    }

    /** Whether some input could not be analyzed. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The findings at or above {@code threshold}; none when the threshold is {@code null} ("none"). */
    public List<Finding> findingsAtLeast(Severity threshold) {
        if (threshold == null) return List.of();
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).toList();
    }
}
