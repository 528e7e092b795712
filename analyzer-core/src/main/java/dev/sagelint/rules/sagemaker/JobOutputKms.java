package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.model.sagemaker.TrainingJob;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Scopes;
import dev.sagelint.rules.Severity;
import java.util.stream.Stream;

/**
 * Training, processing and model monitoring jobs should encrypt what they write to S3 with a KMS key. Not a
 * Security Hub control; Checkov CKV_AWS_367 checks data quality job definitions, Prowler training jobs. Without a
 * key the output is encrypted with the Amazon S3 managed key
 * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OutputDataConfig.html).
 */
public final class JobOutputKms extends ResourceRule<SageMakerResource> {

    public static final RuleMeta META = RuleMeta.builder("JobOutputKms")
            .title("SageMaker training, processing and monitoring jobs should encrypt their output with a KMS key")
            .severity(Severity.MEDIUM)
            .noAwsConfigRule("AWS Config has no managed rule for jobs; Checkov and Prowler check it")
            .peerIds("CKV_AWS_367", "sagemaker_training_jobs_volume_and_output_encryption_enabled")
            .subject("job")
            .resourceTypes(JobResourceTypes.JOBS_AND_MONITORING_JOB_DEFINITIONS)
            .resourceNote("training, tuning and processing jobs inside state machines and pipelines too")
            .properties(
                    "OutputDataConfig.KmsKeyId",
                    "ProcessingOutputConfig.KmsKeyId",
                    "DataQualityJobOutputConfig.KmsKeyId")
            .terraformProperties(
                    "output_data_config.kms_key_id",
                    "processing_output_config.kms_key_id",
                    "data_quality_job_output_config.kms_key_id")
            .propertyNote("`ModelQualityJobOutputConfig`, `ModelBiasJobOutputConfig` and "
                    + "`ModelExplainabilityJobOutputConfig` for the other monitoring kinds; inside "
                    + "`jsonencode(...)` definitions, the CloudFormation names")
            .risk("the model artifacts, processing results or monitoring reports written to S3 are encrypted with "
                    + "the S3 managed key, so anyone who can read the bucket can read them")
            .fix(
                    Fix.REPLACEMENT,
                    "A job's output settings are fixed when it starts, and every property of a monitoring job "
                            + "definition is create-only: the change runs with the next job, or replaces the "
                            + "definition.")
            .valueNeeded("a customer managed KMS key ARN")
            .placeholder("REPLACE-ME-kms-key-arn")
            .cloudFormationRemediation("Set `KmsKeyId` in `OutputDataConfig` (training), `ProcessingOutputConfig` "
                    + "(processing) or the `…JobOutputConfig` of a monitoring job definition.")
            .terraformRemediation("Set `kms_key_id` in `output_data_config` of `aws_sagemaker_training_job` or in "
                    + "`data_quality_job_output_config` of `aws_sagemaker_data_quality_job_definition`, or "
                    + "`KmsKeyId` in the job parameters inside `jsonencode(...)`.")
            .cdkRemediation("Pass `outputDataConfig: { encryptionKey: key, ... }` to `SageMakerCreateTrainingJob`, "
                    + "or `kmsKeyId` in the output configuration of the `Cfn*JobDefinition`.")
            .awsDocUrl("https://docs.aws.amazon.com/sagemaker/latest/dg/key-management.html")
            .build();

    public JobOutputKms() {
        super(SageMakerResource.class, META);
    }

    @Override
    protected Stream<Violation> violations(SageMakerResource resource, RuleContext context) {
        if (resource instanceof TrainingJob t) return t.outputKmsKeyId().violationWhenUnset().stream();
        if (resource instanceof ProcessingJob p) {
            return Scopes.when(
                    p.hasOutput(),
                    Boolean.TRUE::equals,
                    "written",
                    p.outputKmsKeyId().violationWhenUnset())
                    .stream();
        }
        if (resource instanceof MonitoringJobDefinition d) return d.outputKmsKeyId().violationWhenUnset().stream();
        return Stream.empty();
    }
}
