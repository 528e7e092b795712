package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.PlannedChange;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Terraform plan that updates a resource in place so that a property secure before the change is insecure after
 * it: a regression. Every other rule that runs in the scan ({@link RuleContext#rules()}: the rules the project
 * enabled, at the severities it chose) is asked about the resource before and after the change; a property that
 * passes before and fails, for certain, after is reported with both values. The finding carries the severity of
 * the rule that now fails.
 */
public final class PlanWeakensSetting implements Rule {

    public static final RuleMeta META = RuleMeta.builder("PlanRegression")
            .title("Terraform plans should not weaken a secure SageMaker setting in place")
            .severity(Severity.MEDIUM)
            .severityNote("in the catalog; a finding takes the severity of the rule that fails after the change")
            .noAwsConfigRule("a plan check")
            .subject("resource")
            .resourceTypes(
                    "aws_sagemaker_notebook_instance",
                    "aws_sagemaker_domain",
                    "aws_sagemaker_app_image_config",
                    "aws_sagemaker_image",
                    "aws_sagemaker_monitoring_schedule")
            .resourceNote("and every other SageMaker resource a rule reads, as a Terraform plan updates it in place")
            .terraformProperties("resource_changes[*].change.before", "resource_changes[*].change.after")
            .propertyNote("every property the other rules read, before and after the change")
            .risk("applying the plan turns off a protection the resource has today")
            .fix(Fix.IN_PLACE, "Keep the secure value in the configuration; the plan then no longer changes it.")
            .cloudFormationRemediation("Not reported for CloudFormation: review the change set before executing it.")
            .terraformRemediation(
                    "Restore the secure value in the `.tf` file (or the variable that sets it) and " + "plan again.")
            .cdkRemediation("Not reported for CDK: review `cdk diff` before deploying.")
            .awsDocUrl(Standards.CONTROLS_PAGE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public List<Finding> check(SageMakerResource resource, RuleContext context) {
        if (!(resource instanceof PlannedChange change)
                || !change.isUpdate()
                || change.before().isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Rule rule : context.rules()) {
            String id = rule.meta().id();
            if (id.equals(META.id()) || id.equals(PlanReplacesResource.META.id())) continue;
            RuleContext asked = context.forRule(rule.meta());
            Set<String> failingBefore = rule.check(change.before().get(), asked).stream()
                    .map(f -> PlannedChange.canonical(f.propertyPath()))
                    .collect(Collectors.toSet());
            for (Finding after : rule.check(change.after(), asked)) {
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
