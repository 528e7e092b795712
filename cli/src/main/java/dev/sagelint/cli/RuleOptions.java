package dev.sagelint.cli;

import dev.sagelint.config.RuleSelection;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that choose which rules run and which findings are reported: {@code --check}, {@code --skip-check}
 * and {@code --severity}. A mixin, so that every command that scans ({@code scan}, and any command that reuses a
 * scan) offers them the same way; {@link #applyTo} adds them to a request whose configuration is already applied.
 */
final class RuleOptions {

    @Option(
            names = {"-c", "--check"},
            paramLabel = "RULE",
            description = "Run only these rules: ids or globs (SageMaker.1*), comma-separated or repeated. Replaces "
                    + "the configuration file's rules.enable and rules.disable.")
    List<String> checks = new ArrayList<>();

    @Option(
            names = "--skip-check",
            paramLabel = "RULE",
            description = "Do not run these rules: ids or globs, comma-separated or repeated; applies after --check "
                    + "and the configuration file.")
    List<String> skipChecks = new ArrayList<>();

    @Option(
            names = "--severity",
            paramLabel = "SEVERITY",
            description = "Report only findings of this severity or above (critical, high, medium, low); findings "
                    + "below it are left out of every report and of the exit code. --fail-on still decides the "
                    + "exit code among the findings reported.")
    String severity;

    /**
     * {@code request} with the chosen rules and the reported severity.
     *
     * @param builtInIds the ids of every built-in rule the scanner can run; the configuration's policies are added
     * @throws ParameterException when an id or glob matches no rule, or the severity is not one
     */
    ScanRequest applyTo(ScanRequest request, List<String> builtInIds, CommandSpec spec) {
        // The project's custom policies are rules too: --check and --skip-check choose among them as well.
        List<String> ruleIds = new ArrayList<>(builtInIds);
        request.settings().policies().forEach(p -> ruleIds.add(p.meta().id()));
        RuleSelection selection = new RuleSelection(checks, skipChecks);
        List<String> problems = selection.problems(ruleIds, "--check", "--skip-check");
        if (!problems.isEmpty()) throw new ParameterException(spec.commandLine(), problems.get(0));
        Severity minimum = null;
        if (severity != null) {
            minimum = Severity.parse(severity.strip())
                    .orElseThrow(() -> new ParameterException(
                            spec.commandLine(),
                            "--severity " + severity + " is not a severity; use critical, high, medium or low"));
        }
        return request.withSettings(
                selection.applyTo(request.settings(), ruleIds).withReportedSeverity(minimum));
    }
}
