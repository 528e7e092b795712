package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.Optional;

/** Model bias job definitions must have network isolation enabled (Security Hub SageMaker.12). */
public final class ModelBiasJobNetworkIsolation extends MonitoringJobRule {

    public static final RuleMeta META = isolationMeta(
            "SageMaker.12",
            MonitoringKind.MODEL_BIAS,
            Severity.MEDIUM,
            "sagemaker-model-bias-job-isolation",
            "awscc_sagemaker_model_bias_job_definition");

    public ModelBiasJobNetworkIsolation() {
        super(MonitoringKind.MODEL_BIAS, META);
    }

    @Override
    Optional<Violation> violation(MonitoringJobDefinition definition, RuleContext context) {
        return networkIsolation(definition);
    }
}
