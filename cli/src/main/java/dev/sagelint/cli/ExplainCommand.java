package dev.sagelint.cli;

import dev.sagelint.report.Labels;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Rules;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sagelint explain RULE_ID}: a rule's metadata, its remediation per format and its documentation page. */
@Command(name = "explain", description = "Explains one rule: what it checks, why, and how to fix it.")
final class ExplainCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RULE_ID", description = "A rule id, such as SageMaker.3 (see 'sagelint rules').")
    private String ruleId;

    ExplainCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<RuleMeta> rules = Rules.all().stream().map(Rule::meta).toList();
        RuleMeta rule = rules.stream().filter(r -> r.id().equalsIgnoreCase(ruleId)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), unknown(rules)));
        PrintWriter out = context.out();
        out.println(rule.id() + ": " + rule.title());
        field(out, "Severity", rule.severity().label());
        field(out, "AWS Config rule", rule.awsConfigRule() == null ? "none" : rule.awsConfigRule());
        field(out, "Standards", rule.standards().isEmpty() ? "none" : String.join("; ", rule.standards()));
        field(out, "Resource types", String.join(", ", rule.resourceTypes()));
        field(out, "Properties", String.join(", ", rule.properties()));
        field(out, "Fix", Labels.fix(rule.fix()) + ". " + rule.fixNote());
        Remediation remediation = rule.remediation();
        out.println("Remediation:");
        field(out, "  CloudFormation", remediation.cloudFormation());
        field(out, "  Terraform", remediation.terraform());
        field(out, "  AWS CDK", remediation.cdk());
        field(out, "Documentation", rule.helpUri());
        field(out, "AWS", rule.awsDocUrl());
        out.println();
        out.print(rule.helpMarkdown());
        out.flush();
        return ExitCode.OK;
    }

    private static void field(PrintWriter out, String name, String value) {
        out.printf("%-17s %s%n", name + ":", value);
    }

    private String unknown(List<RuleMeta> rules) {
        String wanted = ruleId.toLowerCase(Locale.ROOT);
        String closest = rules.stream().map(RuleMeta::id)
                .min(Comparator.comparingInt(id -> distance(wanted, id.toLowerCase(Locale.ROOT))))
                .orElse(null);
        String message = "unknown rule '" + ruleId + "'";
        if (closest != null && distance(wanted, closest.toLowerCase(Locale.ROOT)) <= Math.max(2, wanted.length() / 3)) {
            return message + "; did you mean " + closest + "?";
        }
        return message + "; the rules are " + rules.stream().map(RuleMeta::id).collect(Collectors.joining(", "));
    }

    /** The Levenshtein distance: how many single-character edits turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
