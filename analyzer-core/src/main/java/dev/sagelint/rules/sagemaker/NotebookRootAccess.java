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

/** Users must not have root access on notebook instances (Security Hub SageMaker.3). */
public final class NotebookRootAccess extends ResourceRule<NotebookInstance> {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.3")
            .title("Users should not have root access to SageMaker notebook instances")
            .severity(Severity.HIGH)
            .standards(Standards.FSBP, Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-notebook-instance-root-access-check")
            .peerIds("CT.SAGEMAKER.PR.3", "CKV_AWS_307", "sagemaker_notebook_instance_root_access_disabled")
            .subject("notebook instance")
            .resourceTypes("AWS::SageMaker::NotebookInstance", "aws_sagemaker_notebook_instance")
            .properties("RootAccess")
            .terraformProperties("root_access")
            .risk("every user of the notebook instance can become root and change its software and configuration")
            .fix(
                    Fix.IN_PLACE,
                    "RootAccess can be updated in place: the instance must be stopped, updated and "
                            + "started again (CloudFormation and the Terraform provider do this without replacing it).")
            .literalFix("Disabled")
            .cloudFormationRemediation("Set `RootAccess: Disabled`. Lifecycle configuration scripts still run as root.")
            .terraformRemediation("Set `root_access = \"Disabled\"` on `aws_sagemaker_notebook_instance`.")
            .cdkRemediation("Pass `rootAccess: 'Disabled'` to `new sagemaker.CfnNotebookInstance(...)`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.3"))
            .build();

    public NotebookRootAccess() {
        super(NotebookInstance.class, META);
    }

    @Override
    protected Stream<Violation> violations(NotebookInstance notebook, RuleContext context) {
        return notebook.rootAccess().violation(v -> !"Disabled".equals(v)).stream();
    }
}
