package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.InferenceExperiment;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Scopes;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.stream.Stream;

/** Data captured by an inference experiment must be encrypted with a KMS key (Security Hub SageMaker.24). */
public final class InferenceExperimentDataStorageKms extends ResourceRule<InferenceExperiment> {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.24")
            .title("SageMaker inference experiments should have data storage encrypted with customer managed AWS KMS "
                    + "keys")
            .severity(Severity.MEDIUM)
            .standards(Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-inf-experiment-data-storage-kms-encrypted")
            .subject("inference experiment")
            .resourceTypes("AWS::SageMaker::InferenceExperiment", "awscc_sagemaker_inference_experiment")
            .properties("DataStorageConfig.KmsKey")
            .terraformProperties("data_storage_config.kms_key")
            .risk("the captured requests and responses are stored in S3 without a KMS key you control")
            .fix(Fix.IN_PLACE, "DataStorageConfig can be updated in place.")
            .valueNeeded("a customer managed KMS key ARN")
            .placeholder("REPLACE-ME-kms-key-arn")
            .cloudFormationRemediation("Set `DataStorageConfig.KmsKey` to a customer managed KMS key ARN.")
            .terraformRemediation("Set `kms_key` in `data_storage_config` of `awscc_sagemaker_inference_experiment`.")
            .cdkRemediation("Pass `dataStorageConfig: { destination: ..., kmsKey: key.keyArn }` to "
                    + "`new sagemaker.CfnInferenceExperiment(...)`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.24"))
            .build();

    public InferenceExperimentDataStorageKms() {
        super(InferenceExperiment.class, META);
    }

    @Override
    protected Stream<Violation> violations(InferenceExperiment experiment, RuleContext context) {
        return Scopes.whenTrue(
                experiment.dataStorage(), experiment.dataStorageKmsKey().violationWhenUnset())
                .stream();
    }
}
