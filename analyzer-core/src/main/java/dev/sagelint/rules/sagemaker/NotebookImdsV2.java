package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.stream.Stream;

/**
 * Notebook instances should accept only IMDSv2. Not a Security Hub control and no AWS Config managed rule exists;
 * when the setting is omitted, IMDSv1 stays allowed
 * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InstanceMetadataServiceConfiguration.html).
 */
public final class NotebookImdsV2 extends ResourceRule<NotebookInstance> {

    public static final RuleMeta META = RuleMeta.builder("NotebookImdsV2")
            .title("SageMaker notebook instances should require IMDSv2")
            .severity(Severity.MEDIUM)
            .noAwsConfigRule("no AWS Config managed rule was found for this setting")
            .peerIds("CKV_AWS_371")
            .subject("notebook instance")
            .resourceTypes("AWS::SageMaker::NotebookInstance", "aws_sagemaker_notebook_instance")
            .properties("InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion")
            .terraformProperties("instance_metadata_service_configuration.minimum_instance_metadata_service_version")
            .risk("the instance metadata service answers IMDSv1 requests, so a server-side request forgery in notebook "
                    + "code can read the instance role's credentials")
            .fix(Fix.IN_PLACE, "The minimum IMDS version can be updated in place.")
            .literalFix("2")
            .cloudFormationRemediation(
                    "Set `InstanceMetadataServiceConfiguration: " + "{MinimumInstanceMetadataServiceVersion: \"2\"}`.")
            .terraformRemediation("Add `instance_metadata_service_configuration { "
                    + "minimum_instance_metadata_service_version = \"2\" }` to `aws_sagemaker_notebook_instance`.")
            .cdkRemediation("Pass `instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "
                    + "'2' }` to `new sagemaker.CfnNotebookInstance(...)`.")
            .awsDocUrl(
                    "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InstanceMetadataServiceConfiguration.html")
            .build();

    public NotebookImdsV2() {
        super(NotebookInstance.class, META);
    }

    @Override
    protected Stream<Violation> violations(NotebookInstance notebook, RuleContext context) {
        return notebook.minimumImdsVersion().violation(v -> !"2".equals(v)).stream();
    }
}
