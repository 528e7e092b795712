package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import java.util.Optional;

/** Distributed data quality job definitions must encrypt inter-container traffic (Security Hub SageMaker.9). */
public final class DataQualityJobTrafficEncryption extends MonitoringJobRule {

    public static final RuleMeta META = encryptionMeta(
            "SageMaker.9",
            MonitoringKind.DATA_QUALITY,
            "sagemaker-data-quality-job-encrypt-in-transit",
            "aws_sagemaker_data_quality_job_definition",
            "awscc_sagemaker_data_quality_job_definition");

    public DataQualityJobTrafficEncryption() {
        super(MonitoringKind.DATA_QUALITY, META);
    }

    @Override
    Optional<Violation> violation(MonitoringJobDefinition definition, RuleContext context) {
        return trafficEncryption(definition, context);
    }
}
