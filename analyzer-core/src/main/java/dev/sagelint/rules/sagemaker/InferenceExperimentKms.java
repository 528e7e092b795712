package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.InferenceExperiment;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.stream.Stream;

/** Inference experiments must encrypt the instance storage volume with a KMS key (Security Hub SageMaker.23). */
public final class InferenceExperimentKms extends ResourceRule<InferenceExperiment> {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.23")
            .title("SageMaker inference experiments should have instance storage volume encrypted with customer "
                    + "managed AWS KMS keys")
            .severity(Severity.MEDIUM)
            .standards(Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-inf-experiment-instance-storage-kms-encrypted")
            .subject("inference experiment")
            .resourceTypes("AWS::SageMaker::InferenceExperiment", "awscc_sagemaker_inference_experiment")
            .properties("KmsKey")
            .terraformProperties("kms_key")
            .risk("the storage volumes of the experiment's hosting instances are not encrypted with a key you control")
            .fix(Fix.REPLACEMENT, "KmsKey is create-only: changing it replaces the inference experiment.")
            .valueNeeded("a customer managed KMS key ARN")
            .placeholder("REPLACE-ME-kms-key-arn")
            .cloudFormationRemediation("Set `KmsKey` to a customer managed KMS key ARN.")
            .terraformRemediation("Set `kms_key` on `awscc_sagemaker_inference_experiment` (the aws provider has no "
                    + "inference experiment resource).")
            .cdkRemediation("Pass `kmsKey: key.keyArn` to `new sagemaker.CfnInferenceExperiment(...)`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.23"))
            .build();

    public InferenceExperimentKms() {
        super(InferenceExperiment.class, META);
    }

    @Override
    protected Stream<Violation> violations(InferenceExperiment experiment, RuleContext context) {
        return experiment.kmsKey().violationWhenUnset().stream();
    }
}
