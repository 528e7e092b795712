package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.List;
import java.util.stream.Stream;

/**
 * Notebook instances placed in a VPC should name the security groups of their network interface, as the AWS Control
 * Tower proactive control CT.SAGEMAKER.PR.2 requires ({@code SubnetId} and {@code SecurityGroupIds}). A notebook
 * without {@code SubnetId} is left to SageMaker.2. {@code SecurityGroupIds} is create-only
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sagemaker-notebookinstance.html).
 */
public final class NotebookSecurityGroups extends ResourceRule<NotebookInstance> {

    public static final RuleMeta META = RuleMeta.builder("NotebookSecurityGroups")
            .title("SageMaker notebook instances in a VPC should name their security groups")
            .severity(Severity.MEDIUM)
            .noAwsConfigRule("AWS Config has no managed rule for it; AWS Control Tower checks it in CT.SAGEMAKER.PR.2")
            .peerIds("CT.SAGEMAKER.PR.1", "CT.SAGEMAKER.PR.2")
            .subject("notebook instance")
            .resourceTypes("AWS::SageMaker::NotebookInstance", "aws_sagemaker_notebook_instance")
            .properties("SecurityGroupIds", "SubnetId")
            .terraformProperties("security_groups", "subnet_id")
            .risk("nothing in the template says which traffic the notebook's network interface in your VPC may "
                    + "accept or send, so its network access escapes review")
            .fix(
                    Fix.REPLACEMENT,
                    "SecurityGroupIds is create-only in CloudFormation and forces a new resource in "
                            + "Terraform: adding it replaces the notebook instance and its ML storage volume.")
            .valueNeeded("security group IDs of the subnet's VPC")
            .cloudFormationRemediation("Set `SecurityGroupIds` to one or more security groups of the subnet's VPC.")
            .terraformRemediation("Set `security_groups` on `aws_sagemaker_notebook_instance` to one or more "
                    + "security groups of the subnet's VPC.")
            .cdkRemediation("Pass `securityGroupIds: [securityGroup.securityGroupId]` to "
                    + "`new sagemaker.CfnNotebookInstance(...)`.")
            .awsDocUrl("https://docs.aws.amazon.com/controltower/latest/controlreference/sagemaker-rules.html")
            .build();

    public NotebookSecurityGroups() {
        super(NotebookInstance.class, META);
    }

    @Override
    protected Stream<Violation> violations(NotebookInstance notebook, RuleContext context) {
        if (notebook.subnetId().violationWhenUnset().isPresent()) return Stream.empty();
        Prop<List<String>> groups = notebook.securityGroupIds();
        // A list that cannot be resolved here (a parameter, a variable) names some groups: it passes.
        if (groups instanceof Prop.Unknown<List<String>> u && u.possibleValues().isEmpty()) return Stream.empty();
        return groups.violation(g -> g == null || g.isEmpty()).stream();
    }
}
