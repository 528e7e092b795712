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

/**
 * The outcome of a scan, in a deterministic order: findings by file, line, rule; diagnostics by file and line.
 *
 * @param root        the folder that reported paths are relative to
 * @param rules       every rule that ran, in catalog order
 * @param resources   every resource read, in file order
 * @param findings    the findings; a large scan's are read back from a temporary file ({@link FindingList}),
 *                    so a reporter iterates them once per pass rather than indexing or copying them
 * @param diagnostics what could not be read or decided
 * @param filesRead   how many files the front-ends analyzed
 * @param suppressed  findings silenced by an inline suppression; they do not count
 * @param unchanged   findings the baseline holds; they do not count (a {@link FindingList} too)
 * @param baselineUsed whether the scan had a baseline (SARIF then says which results are new)
 * @param fixSource   what can be done about findings: {@link #fixes()} asks it once for all of them (the
 *                    {@code fix} command, Markdown suggestions), {@link #fixesOf} for a group at a time (SARIF
 *                    {@code fixes}, written as the findings stream by); a scan whose reports need none does not
 *                    read its files again
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
        FixSource fixSource) {

    /** Proposes fixes. */
    @FunctionalInterface
    public interface FixSource {
        /** No fixes: an empty list for any findings. */
        FixSource NONE = findings -> List.of();

        /**
         * What can be done about each of {@code findings}, in their order, or an empty list when this source
         * proposes nothing. Findings at one location are proposed together (a fix that edits a value they share
         * names the other resources it changes).
         */
        List<ProposedFix> propose(List<Finding> findings);
    }

    public ScanResult {
        rules = List.copyOf(rules);
        resources = List.copyOf(resources);
        findings = FindingList.of(findings);
        diagnostics = List.copyOf(diagnostics);
        suppressed = List.copyOf(suppressed);
        unchanged = FindingList.of(unchanged);
        Objects.requireNonNull(fixSource, "fixSource");
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
        this(
                root,
                rules,
                resources,
                findings,
                diagnostics,
                filesRead,
                suppressed,
                unchanged,
                baselineUsed,
                FixSource.NONE);
    }

    /**
     * What can be done about each finding, in the order of {@link #findings()}, all at once (empty when the scan
     * proposes no fixes). Each call computes them again; a report that streams its findings asks {@link #fixesOf}.
     */
    public List<ProposedFix> fixes() {
        return fixSource.propose(findings);
    }

    /**
     * What can be done about {@code group}: findings of this result at one location, in their order; an empty list
     * when the scan proposes no fixes.
     */
    public List<ProposedFix> fixesOf(List<Finding> group) {
        return fixSource.propose(group);
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

    /** How many findings of each severity, and how many conditional, without a pass over them. */
    public FindingList.Tally findingTally() {
        return ((FindingList) findings).tally();
    }

    /** Whether some input could not be analyzed. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Whether some finding is at or above {@code threshold}; never when the threshold is {@code null} ("none"). */
    public boolean hasFindingsAtLeast(Severity threshold) {
        if (threshold == null) return false;
        for (Finding f : findings) {
            if (f.severity().atLeast(threshold)) return true;
        }
        return false;
    }

    /** The findings at or above {@code threshold}; none when the threshold is {@code null} ("none"). */
    public List<Finding> findingsAtLeast(Severity threshold) {
        if (threshold == null) return List.of();
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).toList();
    }
}
