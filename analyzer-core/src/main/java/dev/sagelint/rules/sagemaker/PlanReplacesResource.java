package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.model.sagemaker.PlannedChange;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Terraform plan that replaces a notebook instance, a model or a monitoring job definition because a property
 * that cannot be updated changes ({@code replace_paths}). Most of their properties are create-only
 * (CloudFormation {@code createOnlyProperties}, Terraform {@code ForceNew}); replacing a notebook instance deletes
 * its ML storage volume (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteNotebookInstance.html).
 * A replacement the user asked for ({@code -replace}, a tainted resource) has no replace paths and is not reported.
 */
public final class PlanReplacesResource implements Rule {

    public static final RuleMeta META = RuleMeta.builder("PlanReplacement")
            .title("Terraform plans should not replace SageMaker notebook instances, models or job definitions "
                    + "unnoticed")
            .severity(Severity.MEDIUM)
            .noAwsConfigRule("a plan check")
            .subject("resource")
            .resourceTypes(
                    "aws_sagemaker_notebook_instance",
                    "aws_sagemaker_model",
                    "aws_sagemaker_data_quality_job_definition",
                    "awscc_sagemaker_notebook_instance",
                    "awscc_sagemaker_model",
                    "awscc_sagemaker_data_quality_job_definition",
                    "awscc_sagemaker_model_quality_job_definition",
                    "awscc_sagemaker_model_bias_job_definition",
                    "awscc_sagemaker_model_explainability_job_definition")
            .resourceNote("in a Terraform plan")
            .terraformProperties("resource_changes[*].change.replace_paths")
            .propertyNote("of a Terraform plan, `terraform show -json`")
            .risk("applying the plan deletes the resource and creates a new one, and what lives on the old one is lost")
            .fix(
                    Fix.IN_PLACE,
                    "Confirm the replacement before applying, or change the configuration back so that "
                            + "the plan no longer replaces the resource.")
            .cloudFormationRemediation("Not reported for CloudFormation: review the change set, where `Replacement: "
                    + "True` marks the same case.")
            .terraformRemediation("Review the property named in `replace_paths`; back up the notebook's volume "
                    + "before applying, or keep the old value.")
            .cdkRemediation("Not reported for CDK: `cdk diff` marks the same case with `requires replacement`.")
            .awsDocUrl("https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateNotebookInstance.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public List<Finding> check(SageMakerResource resource, RuleContext context) {
        if (!(resource instanceof PlannedChange change)
                || !change.isReplacement()
                || change.replacedBy().isEmpty()) {
            return List.of();
        }
        String lost = lost(change);
        if (lost == null) return List.of();
        String paths = change.replacedBy().stream()
                .map(p -> "`" + p.path() + "`")
                .distinct()
                .collect(Collectors.joining(", "));
        String order = change.createsBeforeDeleting()
                ? "creates the new one, then deletes the old one"
                : "deletes it, then creates it again";
        String message = "This plan replaces " + subject(change.after()) + " `"
                + change.id().address() + "` ("
                + order + ") because " + paths + (change.replacedBy().size() == 1 ? " changes" : " change")
                + " and cannot be updated in place: " + lost + ". Confirm before applying.";
        PlannedChange.ReplacePath first = change.replacedBy().get(0);
        List<Span> related = change.replacedBy().stream()
                .skip(1)
                .map(PlannedChange.ReplacePath::span)
                .toList();
        return List.of(
                new Finding(META, META.severity(), change.id(), first.span(), first.path(), message, null, related));
    }

    private static String subject(SageMakerResource r) {
        if (r instanceof NotebookInstance) return "notebook instance";
        if (r instanceof Model) return "model";
        if (r instanceof MonitoringJobDefinition d) return d.kind().words() + " job definition";
        return "resource";
    }

    /** What the replacement loses, or null for resources this rule does not cover. */
    private static String lost(PlannedChange change) {
        SageMakerResource r = change.after();
        if (r instanceof NotebookInstance) {
            String size = change.beforeValue("volume_size")
                    .or(() -> change.beforeValue("volume_size_in_gb"))
                    .map(v -> v + " GB ")
                    .orElse("");
            return "the notebook's " + size + "ML storage volume is deleted with everything saved on it (the "
                    + "files under /home/ec2-user/SageMaker), and the instance comes back empty";
        }
        if (r instanceof Model) {
            return "the model is deleted and created again; endpoints that serve it keep running, but scaling or "
                    + "updating them needs an endpoint configuration that names the new model";
        }
        if (r instanceof MonitoringJobDefinition) {
            return "the job definition is deleted and created again; monitoring schedules that name it must be "
                    + "pointed at the new one, and its monitoring runs stop until they are";
        }
        return null;
    }
}
