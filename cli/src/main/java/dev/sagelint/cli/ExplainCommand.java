package dev.sagelint.cli;

import dev.sagelint.config.Suggestions;
import dev.sagelint.report.Labels;
import dev.sagelint.rules.Param;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleMeta;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sagelint explain RULE_ID}: a rule's metadata, its parameters, its remediation per format and its
 * documentation page (the header generated from the metadata, then the prose).
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Explains one rule: what it checks, why, and how to fix it.")
final class ExplainCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(
            names = "--project",
            paramLabel = "DIR",
            description = "The folder whose configuration and custom policies (.sagelint/policies/) to include "
                    + "besides the built-in rules (default: the current folder).")
    private Path project = Path.of(".");

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RULE_ID", description = "A rule id, such as SageMaker.3 (see 'sagelint rules').")
    private String ruleId;

    ExplainCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Rule> catalog = ProjectRules.load(context, project);
        if (catalog == null) return ExitCode.ERROR;
        List<RuleMeta> rules = catalog.stream().map(Rule::meta).toList();
        RuleMeta rule = rules.stream()
                .filter(r -> r.id().equalsIgnoreCase(ruleId))
                .findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), unknown(rules)));
        PrintWriter out = context.out();
        out.println(rule.id() + ": " + rule.title());
        field(out, "Severity", rule.severity().label());
        field(out, "AWS Config rule", rule.awsConfigRule() == null ? "none" : rule.awsConfigRule());
        field(out, "Standards", rule.standards().isEmpty() ? "none" : String.join("; ", rule.standards()));
        list(out, "CloudFormation", rule.cloudFormationTypes(), rule.properties());
        list(out, "Terraform", concat(rule.terraformTypes(), rule.awsccTypes()), rule.terraformProperties());
        field(out, "Fix", Labels.fix(rule.fix()) + ". " + rule.fixNote());
        if (rule.params().isEmpty()) {
            field(out, "Parameters", "none");
        } else {
            out.println("Parameters:");
            for (Param<?> p : rule.params()) {
                field(
                        out,
                        "  " + p.name(),
                        p.type().words() + ", default " + p.defaultText()
                                + (p.min() == null ? "" : ", at least " + p.min()) + ": " + p.description() + ".");
            }
        }
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

    /** The types and properties of one input format, or nothing when the rule does not read that format. */
    private static void list(PrintWriter out, String format, List<String> types, List<String> properties) {
        if (types.isEmpty() && properties.isEmpty()) return;
        field(out, format, String.join(", ", types));
        if (!properties.isEmpty()) field(out, "  properties", String.join(", ", properties));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void field(PrintWriter out, String name, String value) {
        out.printf("%-17s %s%n", name + ":", value);
    }

    private String unknown(List<RuleMeta> rules) {
        List<String> ids = rules.stream().map(RuleMeta::id).toList();
        String message = "unknown rule '" + ruleId + "'";
        return Suggestions.closest(ruleId, ids)
                .map(c -> message + "; did you mean " + c + "?")
                .orElse(message + "; the rules are " + String.join(", ", ids));
    }
}
