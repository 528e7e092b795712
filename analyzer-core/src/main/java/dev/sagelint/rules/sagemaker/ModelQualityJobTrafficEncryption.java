package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import java.util.Optional;

/** Distributed model quality job definitions must encrypt inter-container traffic (Security Hub SageMaker.13). */
public final class ModelQualityJobTrafficEncryption extends MonitoringJobRule {

    public static final RuleMeta META = encryptionMeta(
            "SageMaker.13",
            MonitoringKind.MODEL_QUALITY,
            "sagemaker-model-quality-job-encrypt-in-transit",
            "awscc_sagemaker_model_quality_job_definition");

    public ModelQualityJobTrafficEncryption() {
        super(MonitoringKind.MODEL_QUALITY, META);
    }

    @Override
    Optional<Violation> violation(MonitoringJobDefinition definition, RuleContext context) {
        return trafficEncryption(definition, context);
    }
}
