package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.InferenceExperiment;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.List;
import java.util.stream.Stream;

/** Inference experiments must encrypt the instance storage volume with a KMS key (Security Hub SageMaker.23). */
public final class InferenceExperimentKms extends ResourceRule<InferenceExperiment> {

    public static final RuleMeta META = new RuleMeta(
            "SageMaker.23",
            "SageMaker inference experiments should have instance storage volume encrypted with customer managed "
                    + "AWS KMS keys",
            Severity.MEDIUM,
            List.of(Standards.AI_SECURITY),
            "sagemaker-inf-experiment-instance-storage-kms-encrypted",
            "inference experiment",
            List.of("AWS::SageMaker::InferenceExperiment"),
            List.of("KmsKey"),
            "the storage volumes of the experiment's hosting instances are not encrypted with a key you control",
            Fix.REPLACEMENT,
            "KmsKey is create-only: changing it replaces the inference experiment.",
            new Remediation(
                    "Set `KmsKey` to a customer managed KMS key ARN.",
                    "Set `kms_key` on `awscc_sagemaker_inference_experiment` (the aws provider has no inference "
                            + "experiment resource).",
                    "Pass `kmsKey: key.keyArn` to `new sagemaker.CfnInferenceExperiment(...)`."),
            Standards.controlUrl("SageMaker.23"));

    public InferenceExperimentKms() {
        super(InferenceExperiment.class, META);
    }

    @Override
    protected Stream<Violation> violations(InferenceExperiment experiment, RuleContext context) {
        return experiment.kmsKey().violationWhenUnset().stream();
    }
}
