package dev.sagelint.engine;

import dev.sagelint.fix.ProposedFix;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.suppress.SuppressedFinding;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

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
 * @param fixSource   what can be done about each finding, in the order of {@code findings}, computed the first
 *                    time {@link #fixes()} is asked: the {@code fix} command, SARIF {@code fixes} and Markdown
 *                    suggestions read them, and a scan whose reports need none does not read its files again
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
        Supplier<List<ProposedFix>> fixSource) {

    public ScanResult {
        rules = List.copyOf(rules);
        resources = List.copyOf(resources);
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
        suppressed = List.copyOf(suppressed);
        unchanged = List.copyOf(unchanged);
        fixSource = once(fixSource);
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
        this(root, rules, resources, findings, diagnostics, filesRead, suppressed, unchanged, baselineUsed, List::of);
    }

    /** What can be done about each finding, in the order of {@link #findings()}; computed once, when first asked. */
    public List<ProposedFix> fixes() {
        return fixSource.get();
    }

    /** This result with other diagnostics; everything else, the fixes included, stays. */
    public ScanResult withDiagnostics(List<Diagnostic> newDiagnostics) {
        return new ScanResult(
                root,
                rules,
                resources,
                findings,
                newDiagnostics,
                filesRead,
                suppressed,
                unchanged,
                baselineUsed,
                fixSource);
    }

    private static Supplier<List<ProposedFix>> once(Supplier<List<ProposedFix>> source) {
        Objects.requireNonNull(source, "fixSource");
        return new Supplier<>() {
            private List<ProposedFix> value;

            @Override
            public synchronized List<ProposedFix> get() {
                if (value == null) value = List.copyOf(source.get());
                return value;
            }
        };
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
