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

/** The ML storage volume of a notebook instance must use a customer managed KMS key (Security Hub SageMaker.21). */
public final class NotebookKmsEncryption extends ResourceRule<NotebookInstance> {

    public static final RuleMeta META = new RuleMeta(
            "SageMaker.21",
            "SageMaker notebook instances should be encrypted with customer managed AWS KMS keys",
            Severity.MEDIUM,
            List.of(Standards.AI_SECURITY),
            "sagemaker-notebook-instance-storage-vol-kms-encrypted",
            "notebook instance",
            List.of("AWS::SageMaker::NotebookInstance"),
            List.of("KmsKeyId"),
            "the notebook's ML storage volume is encrypted with an AWS managed key, whose use you cannot restrict "
                    + "or revoke",
            Fix.REPLACEMENT,
            "KmsKeyId is create-only: changing it replaces the notebook instance and its ML storage volume.",
            new Remediation(
                    "Set `KmsKeyId` to the ARN or ID of a customer managed KMS key.",
                    "Set `kms_key_id` on `aws_sagemaker_notebook_instance`.",
                    "Pass `kmsKeyId: key.keyId` to `new sagemaker.CfnNotebookInstance(...)`."),
            Standards.controlUrl("SageMaker.21"));

    public NotebookKmsEncryption() {
        super(NotebookInstance.class, META);
    }

    @Override
    protected Stream<Violation> violations(NotebookInstance notebook, RuleContext context) {
        return notebook.kmsKeyId().violationWhenUnset().stream();
    }
}
