package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.PlannedChange;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Rules;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Terraform plan that updates a resource in place so that a property secure before the change is insecure after
 * it: a regression. Every other rule of the catalog is asked about the resource before and after the change; a
 * property that passes before and fails, for certain, after is reported with both values. The finding carries the
 * severity of the rule that now fails.
 */
public final class PlanWeakensSetting implements Rule {

    public static final RuleMeta META = new RuleMeta(
            "PlanRegression",
            "Terraform plans should not weaken a secure SageMaker setting in place",
            Severity.MEDIUM,
            List.of(),
            null,
            "resource",
            List.of("AWS::SageMaker::NotebookInstance", "AWS::SageMaker::Domain", "AWS::SageMaker::AppImageConfig",
                    "AWS::SageMaker::Image", "AWS::SageMaker::MonitoringSchedule"),
            List.of("before", "after"),
            "applying the plan turns off a protection the resource has today",
            Fix.IN_PLACE,
            "Keep the secure value in the configuration; the plan then no longer changes it.",
            new Remediation(
                    "Not reported for CloudFormation: review the change set before executing it.",
                    "Restore the secure value in the `.tf` file (or the variable that sets it) and plan again.",
                    "Not reported for CDK: review `cdk diff` before deploying."),
            Standards.CONTROLS_PAGE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public List<Finding> check(SageMakerResource resource, RuleContext context) {
        if (!(resource instanceof PlannedChange change) || !change.isUpdate() || change.before().isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            if (rule instanceof PlanWeakensSetting || rule instanceof PlanReplacesResource) continue;
            Set<String> failingBefore = rule.check(change.before().get(), context).stream()
                    .map(f -> PlannedChange.canonical(f.propertyPath())).collect(Collectors.toSet());
            for (Finding after : rule.check(change.after(), context)) {
                if (after.isConditional() || failingBefore.contains(PlannedChange.canonical(after.propertyPath()))) {
                    continue;
                }
                String path = after.propertyPath();
                String was = change.beforeValue(path).map(Prop::code).orElse("not set");
                String now = change.afterValue(path).map(Prop::code).orElse("not set");
                String message = "This plan changes " + Prop.code(path) + " from " + was + " to " + now
                        + " in place, so " + rule.meta().id() + " passes before the change and fails after it: "
                        + rule.meta().risk() + ".";
                out.add(new Finding(META, after.severity(), change.id(), after.location(), path, message, null));
            }
        }
        return out;
    }
}
