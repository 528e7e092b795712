package dev.sagelint.suppress;

import dev.sagelint.baseline.Baseline;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.FindingList;
import dev.sagelint.engine.FindingStore;
import dev.sagelint.model.Span;
import dev.sagelint.rules.Finding;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Sorts a scan's findings into those that count, those that a suppression silences and those the baseline already
 * holds, after keeping only the findings in the files the user asked about. Also reports suppressions without a
 * reason, suppressions of unknown rules and, on request, suppressions that silence nothing.
 *
 * <p>The engine calls it once per scan with the suppressions its front-ends read: {@code sagelint:ignore} comments,
 * which each front-end takes from its parser's comment tokens ({@link SuppressionComments}), and what only a
 * front-end can read (CloudFormation metadata). Matching is indexed, so its cost grows with the findings plus the
 * suppressions, not with their product.
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
            findings = FindingList.of(findings);
            suppressed = List.copyOf(suppressed);
            unchanged = FindingList.of(unchanged);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private Triage() {}

    /**
     * @param findings      every finding of the scan, sorted; read once, from first to last
     * @param fromFrontends the suppressions the front-ends read: {@code sagelint:ignore} comments from their
     *                      parsers' comment tokens and CloudFormation metadata; those of a file read by two units
     *                      count once
     * @param inScope       whether a file is one the user asked about; findings elsewhere (a sibling file a
     *                      front-end read for context) are dropped, and suppressions written there are ignored
     * @param root          the scan root, for fingerprints
     * @param baseline      the accepted findings, or {@code null}
     * @param reportUnused  whether to warn about suppressions that silence nothing
     * @param knownRules    ids of the rules that ran or could run, to warn about a misspelt id
     * @param today         the date {@code until} dates are compared with
     */
    public static Outcome sort(
            List<Finding> findings,
            Collection<Suppression> fromFrontends,
            Predicate<Path> inScope,
            Path root,
            Baseline baseline,
            boolean reportUnused,
            Set<String> knownRules,
            LocalDate today) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Paths paths = new Paths();
        List<Suppression> candidates = candidates(fromFrontends, inScope, paths);
        Set<String> known = new HashSet<>();
        knownRules.forEach(id -> known.add(id.toLowerCase(Locale.ROOT)));

        Index effective = new Index(paths);
        Index expired = new Index(paths);
        for (Suppression s : candidates) {
            if (!known.contains(s.ruleId().toLowerCase(Locale.ROOT))) {
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

        // A large scan's findings are read from a temporary file; the ones that count are written to another only
        // when some do not.
        FindingStore.Subset counted = FindingStore.subset(findings);
        List<SuppressedFinding> suppressed = new ArrayList<>();
        FindingStore.Appender unchanged = FindingStore.appender();
        Map<Suppression, Boolean> used = new IdentityHashMap<>();
        for (Finding f : findings) {
            if (!inScope.test(f.location().file())
                    && !inScope.test(f.resource().declaration().file())
                    && (f.resource().calledFrom() == null
                            || !inScope.test(f.resource().calledFrom().file()))) {
                counted.drop();
                continue;
            }
            boolean inBaseline = baseline != null && baseline.contains(f, root);
            List<Suppression> covering = effective.covering(f);
            Suppression by = covering.isEmpty() ? null : covering.get(0);
            if (by == null) {
                for (Suppression e : expired.covering(f)) {
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
                counted.drop();
            } else if (inBaseline) {
                unchanged.add(f);
                counted.drop();
            } else {
                counted.keep(f);
            }
        }
        if (reportUnused) {
            for (Suppression s : expired.all()) {
                if (used.containsKey(s)) continue;
                diagnostics.add(warning(
                        DiagnosticCode.SUPPRESSION_EXPIRED,
                        "the suppression of " + s.ruleId() + " expired on " + s.until() + " and suppresses nothing; "
                                + "remove it",
                        s));
            }
            for (Suppression s : effective.all()) {
                if (used.containsKey(s)) continue;
                diagnostics.add(warning(
                        DiagnosticCode.UNUSED_SUPPRESSION,
                        "the suppression of " + s.ruleId() + " suppresses nothing; remove it",
                        s));
            }
        }
        return new Outcome(counted.finish(), suppressed, unchanged.finish(), diagnostics);
    }

    /**
     * The in-scope suppressions in the order they are tried: metadata first, as the front-ends gave it, then the
     * comments by file and position. A comment read twice (a file two units read) is kept once.
     */
    private static List<Suppression> candidates(
            Collection<Suppression> fromFrontends, Predicate<Path> inScope, Paths paths) {
        List<Suppression> metadata = new ArrayList<>();
        Map<Path, Set<Suppression>> comments = new TreeMap<>();
        Map<Path, Boolean> scoped = new HashMap<>();
        for (Suppression s : fromFrontends) {
            if (!scoped.computeIfAbsent(s.at().file(), inScope::test)) continue;
            if (s.kind() == Suppression.Kind.METADATA) {
                metadata.add(s);
            } else {
                comments.computeIfAbsent(s.at().file(), f -> new LinkedHashSet<>())
                        .add(s);
            }
        }
        List<Suppression> out = new ArrayList<>(metadata);
        comments.values().forEach(out::addAll);
        return out;
    }

    /** Absolute, normalized paths, each computed once. */
    private static final class Paths {
        private final Map<Path, Path> normalized = new HashMap<>();

        Path of(Path file) {
            return normalized.computeIfAbsent(file, f -> f.toAbsolutePath().normalize());
        }
    }

    /**
     * Suppressions by what they apply to: comments by (file, rule, line), metadata by (file, rule, resource), so
     * that finding the suppressions of a finding costs a few look-ups whatever their number.
     */
    private static final class Index {
        private record Key(Path file, String rule, int line, String resource) {}

        private final Paths paths;
        private final List<Suppression> all = new ArrayList<>();
        private final Map<Key, List<Integer>> byKey = new HashMap<>();

        Index(Paths paths) {
            this.paths = paths;
        }

        void add(Suppression s) {
            String rule = s.ruleId().toLowerCase(Locale.ROOT);
            Key key = s.kind() == Suppression.Kind.COMMENT
                    ? new Key(paths.of(s.at().file()), rule, s.targetLine(), null)
                    : new Key(paths.of(s.at().file()), rule, 0, s.resourceAddress());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(all.size());
            all.add(s);
        }

        List<Suppression> all() {
            return all;
        }

        /** The suppressions that cover {@code finding} ({@link Suppression#covers}), in the order they were added. */
        List<Suppression> covering(Finding finding) {
            if (byKey.isEmpty()) return List.of();
            String rule = finding.rule().id().toLowerCase(Locale.ROOT);
            Span location = finding.location();
            Span declaration = finding.resource().declaration();
            Path declared = paths.of(declaration.file());
            TreeSet<Integer> hits = new TreeSet<>();
            hits.addAll(byKey.getOrDefault(new Key(paths.of(location.file()), rule, location.line(), null), List.of()));
            hits.addAll(byKey.getOrDefault(new Key(declared, rule, declaration.line(), null), List.of()));
            hits.addAll(byKey.getOrDefault(
                    new Key(declared, rule, 0, finding.resource().address()), List.of()));
            List<Suppression> out = new ArrayList<>(hits.size());
            for (int i : hits) out.add(all.get(i));
            return out;
        }
    }

    private static Diagnostic warning(DiagnosticCode code, String message, Suppression s) {
        return Diagnostic.warning(code, message, s.at().file(), s.at().line(), s.at().column());
    }
}
