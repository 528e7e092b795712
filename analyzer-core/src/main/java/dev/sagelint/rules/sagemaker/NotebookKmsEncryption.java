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

/** The ML storage volume of a notebook instance must use a customer managed KMS key (Security Hub SageMaker.21). */
public final class NotebookKmsEncryption extends ResourceRule<NotebookInstance> {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.21")
            .title("SageMaker notebook instances should be encrypted with customer managed AWS KMS keys")
            .severity(Severity.MEDIUM)
            .standards(Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-notebook-instance-storage-vol-kms-encrypted")
            .peerIds(
                    "sagemaker-notebook-instance-kms-key-configured",
                    "CKV_AWS_22",
                    "AwsSolutions-SM2",
                    "SageMakerNotebookInstanceKMSKeyConfigured",
                    "709e6da6-fa1f-44cc-8f17-7f25f96dadbe",
                    "f3674e0c-f6be-43fa-b71c-bf346d1aed99",
                    "sagemaker_notebook_instance_encryption_enabled",
                    "sagemaker_notebook_instance_kms_key_configured")
            .subject("notebook instance")
            .resourceTypes("AWS::SageMaker::NotebookInstance", "aws_sagemaker_notebook_instance")
            .properties("KmsKeyId")
            .terraformProperties("kms_key_id")
            .risk("the notebook's ML storage volume is encrypted with an AWS managed key, whose use you cannot "
                    + "restrict or revoke")
            .fix(
                    Fix.REPLACEMENT,
                    "KmsKeyId is create-only: changing it replaces the notebook instance and its ML "
                            + "storage volume.")
            .valueNeeded("a customer managed KMS key ARN")
            .placeholder("REPLACE-ME-kms-key-arn")
            .cloudFormationRemediation("Set `KmsKeyId` to the ARN or ID of a customer managed KMS key.")
            .terraformRemediation("Set `kms_key_id` on `aws_sagemaker_notebook_instance`.")
            .cdkRemediation("Pass `kmsKeyId: key.keyId` to `new sagemaker.CfnNotebookInstance(...)`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.21"))
            .build();

    public NotebookKmsEncryption() {
        super(NotebookInstance.class, META);
    }

    @Override
    protected Stream<Violation> violations(NotebookInstance notebook, RuleContext context) {
        return notebook.kmsKeyId().violationWhenUnset().stream();
    }
}
