package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.List;
import java.util.stream.Stream;

/** Users must not have root access on notebook instances (Security Hub SageMaker.3). */
public final class NotebookRootAccess extends ResourceRule<NotebookInstance> {

    public static final RuleMeta META = new RuleMeta(
            "SageMaker.3",
            "Users should not have root access to SageMaker notebook instances",
            Severity.HIGH,
            List.of(Standards.FSBP, Standards.AI_SECURITY),
            "sagemaker-notebook-instance-root-access-check",
            "notebook instance",
            List.of("AWS::SageMaker::NotebookInstance"),
            List.of("RootAccess"),
            "every user of the notebook instance can become root and change its software and configuration",
            Fix.IN_PLACE,
            "RootAccess can be updated in place: the instance must be stopped, updated and started again "
                    + "(CloudFormation and the Terraform provider do this without replacing it).",
            new Remediation(
                    "Set `RootAccess: Disabled`. Lifecycle configuration scripts still run as root.",
                    "Set `root_access = \"Disabled\"` on `aws_sagemaker_notebook_instance`.",
                    "Pass `rootAccess: 'Disabled'` to `new sagemaker.CfnNotebookInstance(...)`."),
            Standards.controlUrl("SageMaker.3"));

    public NotebookRootAccess() {
        super(NotebookInstance.class, META);
    }

    @Override
    protected Stream<Violation> violations(NotebookInstance notebook, RuleContext context) {
        return notebook.rootAccess().violation(v -> !"Disabled".equals(v)).stream();
    }
}
