package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.List;
import java.util.stream.Stream;

/**
 * Notebook instances should accept only IMDSv2. Not a Security Hub control and no AWS Config managed rule exists;
 * when the setting is omitted, IMDSv1 stays allowed
 * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InstanceMetadataServiceConfiguration.html).
 */
public final class NotebookImdsV2 extends ResourceRule<NotebookInstance> {

    public static final RuleMeta META = new RuleMeta(
            "NotebookImdsV2",
            "SageMaker notebook instances should require IMDSv2",
            Severity.MEDIUM,
            List.of(),
            null,
            "notebook instance",
            List.of("AWS::SageMaker::NotebookInstance"),
            List.of("InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion"),
            "the instance metadata service answers IMDSv1 requests, so a server-side request forgery in notebook "
                    + "code can read the instance role's credentials",
            Fix.IN_PLACE,
            "The minimum IMDS version can be updated in place.",
            new Remediation(
                    "Set `InstanceMetadataServiceConfiguration: {MinimumInstanceMetadataServiceVersion: \"2\"}`.",
                    "Add `instance_metadata_service_configuration { minimum_instance_metadata_service_version = "
                            + "\"2\" }` to `aws_sagemaker_notebook_instance`.",
                    "Pass `instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: '2' }` to "
                            + "`new sagemaker.CfnNotebookInstance(...)`."),
            "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InstanceMetadataServiceConfiguration.html");

    public NotebookImdsV2() {
        super(NotebookInstance.class, META);
    }

    @Override
    protected Stream<Violation> violations(NotebookInstance notebook, RuleContext context) {
        return notebook.minimumImdsVersion().violation(v -> !"2".equals(v)).stream();
    }
}
