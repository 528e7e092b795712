package dev.sagelint.cli;

import dev.sagelint.config.RuleSelection;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The options that choose which rules run and which findings are reported: {@code --check}, {@code --skip-check}
 * and {@code --severity}. Shared, so that every command that scans ({@code scan}, and any command that reuses a
 * scan) offers them the same way; {@link #applyTo} adds them to a request whose configuration is already applied.
 */
final class RuleOptions {

    private final OptionSpec checks = OptionSpec.builder("-c", "--check")
            .paramLabel("RULE")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("Run only these rules: ids or globs (SageMaker.1*), comma-separated or repeated. Replaces "
                    + "the configuration file's rules.enable and rules.disable.")
            .build();

    private final OptionSpec skipChecks = OptionSpec.builder("--skip-check")
            .paramLabel("RULE")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("Do not run these rules: ids or globs, comma-separated or repeated; applies after --check "
                    + "and the configuration file.")
            .build();

    private final OptionSpec severity = OptionSpec.builder("--severity")
            .paramLabel("SEVERITY")
            .type(String.class)
            .description("Report only findings of this severity or above (critical, high, medium, low); findings "
                    + "below it are left out of every report and of the exit code. --fail-on still decides the "
                    + "exit code among the findings reported.")
            .build();

    /** Adds these options to a command's model (built with picocli's API: see {@link CommandModel}). */
    void addTo(CommandSpec command) {
        command.addOption(checks);
        command.addOption(skipChecks);
        command.addOption(severity);
    }

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
        RuleSelection selection = new RuleSelection(CommandModel.list(checks), CommandModel.list(skipChecks));
        List<String> problems = selection.problems(ruleIds, "--check", "--skip-check");
        if (!problems.isEmpty()) throw new ParameterException(spec.commandLine(), problems.get(0));
        Severity minimum = null;
        String severity = this.severity.getValue();
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
