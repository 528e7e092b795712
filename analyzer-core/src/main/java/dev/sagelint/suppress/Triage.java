package dev.sagelint.suppress;

import dev.sagelint.baseline.Baseline;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.rules.Finding;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Sorts a scan's findings into those that count, those that a suppression silences and those the baseline already
 * holds, after keeping only the findings in the files the user asked about. Also reports suppressions without a
 * reason, suppressions of unknown rules and, on request, suppressions that silence nothing.
 *
 * <p>The engine calls it once per scan; it reads the {@code sagelint:ignore} comments of the scanned files itself,
 * so that front-ends need not know about them. Front-ends add what only they can read (CloudFormation metadata).
 */
public final class Triage {

    /**
     * The sorted findings.
     *
     * @param findings    the findings that count: in scope, not suppressed, not in the baseline
     * @param suppressed  the findings a suppression silenced
     * @param unchanged   the findings the baseline holds
     * @param diagnostics warnings about the suppressions themselves
     */
    public record Outcome(
            List<Finding> findings,
            List<SuppressedFinding> suppressed,
            List<Finding> unchanged,
            List<Diagnostic> diagnostics) {
        public Outcome {
            findings = List.copyOf(findings);
            suppressed = List.copyOf(suppressed);
            unchanged = List.copyOf(unchanged);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private Triage() {}

    /**
     * @param findings       every finding of the scan, sorted
     * @param fromFrontends  suppressions the front-ends read (CloudFormation metadata)
     * @param sourceFiles    the files the front-ends read; their comments are searched for suppressions
     * @param inScope        whether a file is one the user asked about; findings elsewhere (a sibling file a
     *                       front-end read for context) are dropped
     * @param root           the scan root, for fingerprints
     * @param baseline       the accepted findings, or {@code null}
     * @param reportUnused   whether to warn about suppressions that silence nothing
     * @param knownRules     ids of the rules that ran or could run, to warn about a misspelt id
     * @param today          the date {@code until} dates are compared with
     */
    public static Outcome sort(
            List<Finding> findings,
            Collection<Suppression> fromFrontends,
            Collection<Path> sourceFiles,
            Predicate<Path> inScope,
            Path root,
            Baseline baseline,
            boolean reportUnused,
            Set<String> knownRules,
            LocalDate today) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Suppression> candidates = new ArrayList<>();
        for (Suppression s : fromFrontends) {
            if (inScope.test(s.at().file())) candidates.add(s);
        }
        for (Path file : new TreeSet<>(sourceFiles)) {
            if (!inScope.test(file) || !CommentSuppressions.readable(file)) continue;
            CommentSuppressions.Found found = CommentSuppressions.read(file);
            candidates.addAll(found.suppressions());
            diagnostics.addAll(found.diagnostics());
        }

        List<Suppression> effective = new ArrayList<>();
        List<Suppression> expired = new ArrayList<>();
        for (Suppression s : candidates) {
            if (knownRules.stream().noneMatch(s.ruleId()::equalsIgnoreCase)) {
                diagnostics.add(warning(
                        DiagnosticCode.INVALID_SUPPRESSION,
                        "suppression of unknown rule '" + s.ruleId() + "' (see 'sagelint rules')",
                        s));
            } else if (!s.hasReason()) {
                diagnostics.add(warning(
                        DiagnosticCode.SUPPRESSION_WITHOUT_REASON,
                        "the suppression of " + s.ruleId()
                                + " gives no reason, so it suppresses nothing; "
                                + (s.kind() == Suppression.Kind.COMMENT
                                        ? "write the reason after the rule id"
                                        : "add 'reason: ...' to the entry"),
                        s));
            } else if (s.expired(today)) {
                expired.add(s);
            } else {
                effective.add(s);
            }
        }

        List<Finding> counted = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        List<Finding> unchanged = new ArrayList<>();
        Map<Suppression, Boolean> used = new IdentityHashMap<>();
        for (Finding f : findings) {
            if (!inScope.test(f.location().file())
                    && !inScope.test(f.resource().declaration().file())
                    && (f.resource().calledFrom() == null
                            || !inScope.test(f.resource().calledFrom().file()))) continue;
            boolean inBaseline = baseline != null && baseline.contains(f, root);
            Suppression by =
                    effective.stream().filter(s -> s.covers(f)).findFirst().orElse(null);
            if (by == null) {
                for (Suppression e : expired) {
                    if (!e.covers(f)) continue;
                    used.put(e, true);
                    diagnostics.add(warning(
                            DiagnosticCode.SUPPRESSION_EXPIRED,
                            "the suppression of " + e.ruleId() + " expired on " + e.until() + ", so the finding "
                                    + "at line " + f.location().line() + " ("
                                    + f.resource().displayName()
                                    + ") counts again; fix it, or renew the suppression with a later date",
                            e));
                }
            }
            if (by != null) {
                used.put(by, true);
                suppressed.add(new SuppressedFinding(f, by, inBaseline));
            } else if (inBaseline) {
                unchanged.add(f);
            } else {
                counted.add(f);
            }
        }
        if (reportUnused) {
            for (Suppression s : expired) {
                if (used.containsKey(s)) continue;
                diagnostics.add(warning(
                        DiagnosticCode.SUPPRESSION_EXPIRED,
                        "the suppression of " + s.ruleId() + " expired on " + s.until() + " and suppresses nothing; "
                                + "remove it",
                        s));
            }
            for (Suppression s : effective) {
                if (used.containsKey(s)) continue;
                diagnostics.add(warning(
                        DiagnosticCode.UNUSED_SUPPRESSION,
                        "the suppression of " + s.ruleId() + " suppresses nothing; remove it",
                        s));
            }
        }
        return new Outcome(counted, suppressed, unchanged, diagnostics);
    }

    private static Diagnostic warning(DiagnosticCode code, String message, Suppression s) {
        return Diagnostic.warning(code, message, s.at().file(), s.at().line(), s.at().column());
    }
}
