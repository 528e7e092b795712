package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.Optional;

/** Data quality job definitions must have network isolation enabled (Security Hub SageMaker.11). */
public final class DataQualityJobNetworkIsolation extends MonitoringJobRule {

    public static final RuleMeta META = isolationMeta(
            "SageMaker.11",
            MonitoringKind.DATA_QUALITY,
            Severity.MEDIUM,
            "sagemaker-data-quality-job-isolation",
            "aws_sagemaker_data_quality_job_definition",
            "awscc_sagemaker_data_quality_job_definition");

    public DataQualityJobNetworkIsolation() {
        super(MonitoringKind.DATA_QUALITY, META);
    }

    @Override
    Optional<Violation> violation(MonitoringJobDefinition definition, RuleContext context) {
        return networkIsolation(definition);
    }
}
