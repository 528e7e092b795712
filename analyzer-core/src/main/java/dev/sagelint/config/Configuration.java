package dev.sagelint.config;

import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.engine.ScanSettings;
import dev.sagelint.rules.ParamValues;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A project's sagelint configuration, as read from {@code .sagelint.yml} by {@link ConfigLoader}: which rules run,
 * severity overrides, rule parameters, files to leave out and the {@code fail-on} threshold. It holds no scan
 * logic: {@link #applyTo} turns it into the settings of a {@link ScanRequest}, which the CLI and the Maven plugin
 * build in the same way.
 *
 * @param source        the file it was read from, or {@code null} for {@link #defaults()}
 * @param disabledRules ids of the rules that do not run (an {@code enable} list is turned into the complement)
 * @param severities    severity overrides by rule id
 * @param parameters    rule parameter values by rule id, each of its parameter's declared type
 * @param excludes      globs of files to leave out, relative to the scan root
 * @param failOn        the threshold as written ({@code critical}, {@code high}, {@code medium}, {@code low} or
 *                      {@code none}), or {@code null} when the file does not set it
 * @param policies      the project's custom policies as rules: those of {@code .sagelint/policies/} beside the file
 *                      (or in the scan root without a file) and those its {@code policies:} list names
 * @param failOnEmpty   whether a folder without any input to analyze fails the scan ({@code fail-on-empty})
 * @param limits        the limits the file sets ({@code limits:}), by limit; the others keep their defaults
 */
public record Configuration(
        Path source,
        Set<String> disabledRules,
        Map<String, Severity> severities,
        ParamValues parameters,
        List<String> excludes,
        String failOn,
        List<Rule> policies,
        boolean failOnEmpty,
        Map<ScanContext.Limit, Long> limits) {

    private static final Configuration DEFAULTS = new Configuration(
            null, Set.of(), Map.of(), ParamValues.none(), List.of(), null, List.of(), false, Map.of());

    public Configuration {
        disabledRules = Set.copyOf(disabledRules);
        severities = Map.copyOf(severities);
        Objects.requireNonNull(parameters, "parameters");
        excludes = List.copyOf(excludes);
        policies = List.copyOf(policies);
        limits = Map.copyOf(limits);
    }

    /** This configuration with these custom policies. */
    public Configuration withPolicies(List<Rule> newPolicies) {
        return new Configuration(
                source, disabledRules, severities, parameters, excludes, failOn, newPolicies, failOnEmpty, limits);
    }

    /** No file: every rule at its own severity with the Security Hub parameter defaults, nothing excluded. */
    public static Configuration defaults() {
        return DEFAULTS;
    }

    /** The rule parameters for {@link ScanRequest#ruleContext()}. */
    public RuleContext ruleContext() {
        return new RuleContext(parameters);
    }

    /**
     * The {@code fail-on} threshold when the file sets it: empty when it does not, an empty inner value for
     * {@code none} (never fail on findings). A command-line option should win over it.
     */
    public Optional<Optional<Severity>> failOnThreshold() {
        if (failOn == null) return Optional.empty();
        return Optional.of(Severity.parse(failOn));
    }

    /** {@code base} with the limits this configuration sets. */
    public ScanContext.Limits limitsOver(ScanContext.Limits base) {
        ScanContext.Limits out = base;
        for (Map.Entry<ScanContext.Limit, Long> e : new java.util.TreeMap<>(limits).entrySet()) {
            out = out.with(e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * {@code request} with this configuration's rule parameters, rule selection, severity overrides, excludes and
     * limits; its baseline and other settings are kept.
     */
    public ScanRequest applyTo(ScanRequest request) {
        ScanSettings current = request.settings();
        ScanSettings settings = new ScanSettings(
                disabledRules,
                severities,
                excludes,
                current.baseline(),
                current.reportUnusedSuppressions(),
                policies,
                current.reportedSeverity(),
                current.today());
        return request.withRuleContext(ruleContext()).withSettings(settings).withLimits(limitsOver(request.limits()));
    }
}
