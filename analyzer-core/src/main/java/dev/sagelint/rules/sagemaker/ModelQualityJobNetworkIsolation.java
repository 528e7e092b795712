package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.Optional;

/** Model quality job definitions must have network isolation enabled (Security Hub SageMaker.25). */
public final class ModelQualityJobNetworkIsolation extends MonitoringJobRule {

    public static final RuleMeta META = isolationMeta(
            "SageMaker.25",
            MonitoringKind.MODEL_QUALITY,
            Severity.HIGH,
            "sagemaker-model-quality-job-definition-isolation",
            "awscc_sagemaker_model_quality_job_definition");

    public ModelQualityJobNetworkIsolation() {
        super(MonitoringKind.MODEL_QUALITY, META);
    }

    @Override
    Optional<Violation> violation(MonitoringJobDefinition definition, RuleContext context) {
        return networkIsolation(definition);
    }
}
