package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import java.util.Optional;

/** Distributed model bias job definitions must encrypt inter-container traffic (Security Hub SageMaker.15). */
public final class ModelBiasJobTrafficEncryption extends MonitoringJobRule {

    public static final RuleMeta META = encryptionMeta(
            "SageMaker.15",
            MonitoringKind.MODEL_BIAS,
            "sagemaker-model-bias-job-encrypt-in-transit",
            "awscc_sagemaker_model_bias_job_definition");

    public ModelBiasJobTrafficEncryption() {
        super(MonitoringKind.MODEL_BIAS, META);
    }

    @Override
    Optional<Violation> violation(MonitoringJobDefinition definition, RuleContext context) {
        return trafficEncryption(definition, context);
    }
}
