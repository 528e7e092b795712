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

/** Notebook instances must not have direct internet access (Security Hub SageMaker.1). */
public final class NotebookDirectInternetAccess extends ResourceRule<NotebookInstance> {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.1")
            .title("Amazon SageMaker notebook instances should not have direct internet access")
            .severity(Severity.HIGH)
            .standards(Standards.FSBP, Standards.AI_SECURITY, Standards.PCI_DSS)
            .awsConfigRule("sagemaker-notebook-no-direct-internet-access")
            .peerIds(
                    "CT.SAGEMAKER.PR.1",
                    "CKV_AWS_122",
                    "AwsSolutions-SM3",
                    "SageMakerNotebookNoDirectInternetAccess",
                    "88d55d94-315d-4564-beee-d2d725feab11",
                    "sagemaker_notebook_instance_without_direct_internet_access_configured",
                    "sagemaker_notebook_no_direct_internet_access")
            .subject("notebook instance")
            .resourceTypes("AWS::SageMaker::NotebookInstance", "aws_sagemaker_notebook_instance")
            .properties("DirectInternetAccess")
            .terraformProperties("direct_internet_access")
            .risk("the notebook instance reaches the internet through a SageMaker-managed network interface, "
                    + "outside the controls of your VPC")
            .fix(
                    Fix.REPLACEMENT,
                    "DirectInternetAccess is create-only: changing it replaces the notebook instance "
                            + "and its ML storage volume.")
            .literalFix("Disabled")
            .cloudFormationRemediation("Set `DirectInternetAccess: Disabled` and place the instance in a private "
                    + "subnet with `SubnetId` and `SecurityGroupIds`; route outbound traffic through a NAT gateway or "
                    + "VPC endpoints.")
            .terraformRemediation("Set `direct_internet_access = \"Disabled\"` together with `subnet_id` and "
                    + "`security_groups` on `aws_sagemaker_notebook_instance`.")
            .cdkRemediation("Pass `directInternetAccess: 'Disabled'` with `subnetId` and `securityGroupIds` to "
                    + "`new sagemaker.CfnNotebookInstance(...)`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.1"))
            .build();

    public NotebookDirectInternetAccess() {
        super(NotebookInstance.class, META);
    }

    @Override
    protected Stream<Violation> violations(NotebookInstance notebook, RuleContext context) {
        return notebook.directInternetAccess().violation(v -> !"Disabled".equals(v)).stream();
    }
}
