package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.stream.Stream;

/** Notebook instances must be launched in a customer VPC, i.e. have a subnet (Security Hub SageMaker.2). */
public final class NotebookInVpc extends ResourceRule<NotebookInstance> {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.2")
            .title("SageMaker notebook instances should be launched in a custom VPC")
            .severity(Severity.HIGH)
            .standards(Standards.FSBP, Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-notebook-instance-inside-vpc")
            .peerIds(
                    "CT.SAGEMAKER.PR.2",
                    "CKV_AWS_306",
                    "AwsSolutions-SM1",
                    "SageMakerNotebookInVPC",
                    "9c7028d9-04c2-45be-b8b2-1188ccaefb36",
                    "sagemaker_notebook_instance_vpc_settings_configured")
            .subject("notebook instance")
            .resourceTypes("AWS::SageMaker::NotebookInstance", "aws_sagemaker_notebook_instance")
            .properties("SubnetId")
            .terraformProperties("subnet_id")
            .risk("the notebook instance runs in the SageMaker service VPC, where your security groups, flow logs "
                    + "and network ACLs do not apply")
            .fix(
                    Fix.REPLACEMENT,
                    "SubnetId is create-only: changing it replaces the notebook instance and its ML "
                            + "storage volume.")
            .valueNeeded("a subnet ID of your VPC")
            .placeholder("REPLACE-ME-subnet-id")
            .cloudFormationRemediation("Set `SubnetId` to a private subnet of your VPC and `SecurityGroupIds` to "
                    + "the groups that should control its traffic.")
            .terraformRemediation("Set `subnet_id` and `security_groups` on `aws_sagemaker_notebook_instance`.")
            .cdkRemediation("Pass `subnetId` and `securityGroupIds` to `new sagemaker.CfnNotebookInstance(...)`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.2"))
            .build();

    public NotebookInVpc() {
        super(NotebookInstance.class, META);
    }

    @Override
    protected Stream<Violation> violations(NotebookInstance notebook, RuleContext context) {
        return notebook.subnetId().violationWhenUnset().stream();
    }
}
