package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import java.util.Optional;

/** Distributed model explainability job definitions must encrypt inter-container traffic (Security Hub SageMaker.10). */
public final class ModelExplainabilityJobTrafficEncryption extends MonitoringJobRule {

    public static final RuleMeta META = encryptionMeta(
            "SageMaker.10",
            MonitoringKind.MODEL_EXPLAINABILITY,
            "sagemaker-model-explainability-job-encrypt-in-transit",
            "awscc_sagemaker_model_explainability_job_definition");

    public ModelExplainabilityJobTrafficEncryption() {
        super(MonitoringKind.MODEL_EXPLAINABILITY, META);
    }

    @Override
    Optional<Violation> violation(MonitoringJobDefinition definition, RuleContext context) {
        return trafficEncryption(definition, context);
    }
}
