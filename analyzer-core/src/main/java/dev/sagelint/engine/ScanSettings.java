package dev.sagelint.engine;

import dev.sagelint.baseline.Baseline;
import dev.sagelint.model.SourcePaths;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a project decides about a scan beyond its inputs, usually from {@code .sagelint.yml} (see
 * {@link dev.sagelint.config.Configuration#applyTo}) and the command line: which rules run, at which severity,
 * which files are left out, the baseline of accepted findings, and whether unused suppressions are reported.
 *
 * @param disabledRules            ids of the rules that do not run
 * @param severities               severity overrides by rule id
 * @param excludes                 globs ({@link PathFilter} syntax) of files left out, relative to the scan root;
 *                                 unlike {@link ScanRequest#filter()}, they apply to files named explicitly too
 * @param baseline                 the accepted findings, or {@code null} for none: findings in it do not count
 * @param reportUnusedSuppressions whether a suppression that suppresses nothing (or has expired) is reported as a
 *                                 warning
 * @param policies                 the project's custom policies, which run beside the built-in rules
 *                                 ({@link dev.sagelint.policy.Policies})
 * @param reportedSeverity         the lowest severity reported (after severity overrides), or {@code null} for all:
 *                                 findings below it are left out of every report and of the exit code
 * @param today                    the date suppression expiry dates are compared with, or {@code null} for the
 *                                 system clock's date
 */
public record ScanSettings(
        Set<String> disabledRules,
        Map<String, Severity> severities,
        List<String> excludes,
        Baseline baseline,
        boolean reportUnusedSuppressions,
        List<Rule> policies,
        Severity reportedSeverity,
        LocalDate today) {

    private static final ScanSettings DEFAULTS = new ScanSettings(Set.of(), Map.of(), List.of(), null, false);

    public ScanSettings {
        policies = List.copyOf(policies);
        disabledRules = Set.copyOf(disabledRules);
        severities = Map.copyOf(severities);
        excludes = List.copyOf(excludes);
        new PathFilter(List.of(), excludes);
    }

    /** Settings without custom policies. */
    public ScanSettings(
            Set<String> disabledRules,
            Map<String, Severity> severities,
            List<String> excludes,
            Baseline baseline,
            boolean reportUnusedSuppressions) {
        this(disabledRules, severities, excludes, baseline, reportUnusedSuppressions, List.of());
    }

    /** Settings that report every severity and compare expiry dates with the system clock. */
    public ScanSettings(
            Set<String> disabledRules,
            Map<String, Severity> severities,
            List<String> excludes,
            Baseline baseline,
            boolean reportUnusedSuppressions,
            List<Rule> policies) {
        this(disabledRules, severities, excludes, baseline, reportUnusedSuppressions, policies, null, null);
    }

    /** Every rule at its own severity, nothing excluded, no baseline. */
    public static ScanSettings defaults() {
        return DEFAULTS;
    }

    public ScanSettings withBaseline(Baseline newBaseline) {
        return new ScanSettings(
                disabledRules,
                severities,
                excludes,
                newBaseline,
                reportUnusedSuppressions,
                policies,
                reportedSeverity,
                today);
    }

    public ScanSettings withReportUnusedSuppressions(boolean report) {
        return new ScanSettings(
                disabledRules, severities, excludes, baseline, report, policies, reportedSeverity, today);
    }

    /** These settings with other rules left out, such as those the command line's {@code --skip-check} names. */
    public ScanSettings withDisabledRules(Set<String> newDisabled) {
        return new ScanSettings(
                newDisabled,
                severities,
                excludes,
                baseline,
                reportUnusedSuppressions,
                policies,
                reportedSeverity,
                today);
    }

    /** These settings reporting only findings at or above {@code minimum} ({@code null}: every finding). */
    public ScanSettings withReportedSeverity(Severity minimum) {
        return new ScanSettings(
                disabledRules, severities, excludes, baseline, reportUnusedSuppressions, policies, minimum, today);
    }

    /** These settings comparing suppression expiry dates with {@code date} instead of the system clock. */
    public ScanSettings withToday(LocalDate date) {
        return new ScanSettings(
                disabledRules,
                severities,
                excludes,
                baseline,
                reportUnusedSuppressions,
                policies,
                reportedSeverity,
                date);
    }

    /** The date a suppression's {@code until} date is compared with. */
    public LocalDate effectiveToday() {
        return today != null ? today : LocalDate.now(ZoneOffset.UTC);
    }

    /** Whether a finding of {@code severity} is reported under {@link #reportedSeverity()}. */
    public boolean reported(Severity severity) {
        return reportedSeverity == null || severity.atLeast(reportedSeverity);
    }

    /** A test of whether a file is left out by {@link #excludes()}, given the scan root. */
    java.util.function.BiPredicate<Path, Path> excluded() {
        if (excludes.isEmpty()) return (root, file) -> false;
        PathFilter filter = new PathFilter(List.of(), excludes);
        return (root, file) -> !filter.accepts(SourcePaths.relative(root, file));
    }

    /** The rule as this scan sees it: with its severity overridden when the settings say so. */
    RuleMeta effective(RuleMeta rule) {
        Severity override = severities.get(rule.id());
        return override == null ? rule : rule.withSeverity(override);
    }

    /**
     * The rule as this scan runs it: its metadata and its findings with the severity override applied, so that a
     * rule that asks other rules (through {@link dev.sagelint.rules.RuleContext#rules()}) sees the same severities
     * as the report.
     */
    Rule effective(Rule rule) {
        RuleMeta meta = effective(rule.meta());
        if (meta == rule.meta()) return rule;
        return new Rule() {
            @Override
            public RuleMeta meta() {
                return meta;
            }

            @Override
            public List<Finding> check(SageMakerResource resource, RuleContext context) {
                return rule.check(resource, context).stream()
                        .map(f -> effective(f, meta))
                        .toList();
            }
        };
    }

    /** {@code finding} with the effective rule and severity. */
    Finding effective(Finding finding, RuleMeta rule) {
        if (finding.rule() == rule) return finding;
        Severity severity = severities.getOrDefault(finding.rule().id(), finding.severity());
        return new Finding(
                rule,
                severity,
                finding.resource(),
                finding.location(),
                finding.propertyPath(),
                finding.text(),
                finding.condition(),
                finding.related());
    }
}
