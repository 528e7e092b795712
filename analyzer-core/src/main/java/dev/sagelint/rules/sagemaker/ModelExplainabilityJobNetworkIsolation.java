package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.Optional;

/** Model explainability job definitions must have network isolation enabled (Security Hub SageMaker.20). */
public final class ModelExplainabilityJobNetworkIsolation extends MonitoringJobRule {

    public static final RuleMeta META = isolationMeta(
            "SageMaker.20",
            MonitoringKind.MODEL_EXPLAINABILITY,
            Severity.HIGH,
            "sagemaker-model-explainability-job-network-isolation",
            "awscc_sagemaker_model_explainability_job_definition");

    public ModelExplainabilityJobNetworkIsolation() {
        super(MonitoringKind.MODEL_EXPLAINABILITY, META);
    }

    @Override
    Optional<Violation> violation(MonitoringJobDefinition definition, RuleContext context) {
        return networkIsolation(definition);
    }
}
