package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.model.sagemaker.TrainingJob;
import dev.sagelint.model.sagemaker.TransformJob;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.stream.Stream;

/**
 * Training, processing, batch transform and model monitoring jobs should encrypt the ML storage volumes of their instances with a
 * KMS key. Not a Security Hub control; Checkov CKV_AWS_368 checks data quality job definitions, Prowler training,
 * processing and transform jobs. Without a key SageMaker uses an AWS managed key
 * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html).
 */
public final class JobVolumeKms extends ResourceRule<SageMakerResource> {

    public static final RuleMeta META = RuleMeta.builder("JobVolumeKms")
            .title("SageMaker training, processing, transform and monitoring jobs should encrypt their storage volumes "
                    + "with a KMS key")
            .severity(Severity.MEDIUM)
            .noAwsConfigRule("AWS Config has no managed rule for jobs; Checkov and Prowler check it")
            .peerIds(
                    "CKV_AWS_368",
                    "sagemaker_training_jobs_volume_and_output_encryption_enabled",
                    "sagemaker_processing_job_volume_encrypted_with_cmk",
                    "sagemaker_transform_job_volume_encrypted_with_cmk")
            .subject("job")
            .resourceTypes(JobResourceTypes.JOBS_AND_MONITORING_JOB_DEFINITIONS)
            .resourceNote("training, tuning, processing and transform jobs inside state machines and pipelines too "
                    + "(transform jobs exist only there)")
            .properties(
                    "ResourceConfig.VolumeKmsKeyId",
                    "ProcessingResources.ClusterConfig.VolumeKmsKeyId",
                    "TransformResources.VolumeKmsKeyId",
                    "JobResources.ClusterConfig.VolumeKmsKeyId")
            .terraformProperties(
                    "resource_config.volume_kms_key_id",
                    "processing_resources.cluster_config.volume_kms_key_id",
                    "job_resources.cluster_config.volume_kms_key_id")
            .propertyNote("inside `jsonencode(...)` definitions, the CloudFormation names")
            .risk("the training data, checkpoints and intermediate results on the instances' storage volumes are "
                    + "encrypted with an AWS managed key whose policy you cannot restrict or audit")
            .fix(
                    Fix.REPLACEMENT,
                    "A job's resources are fixed when it starts, and every property of a monitoring job "
                            + "definition is create-only: the change runs with the next job, or replaces the "
                            + "definition.")
            .valueNeeded("a customer managed KMS key ARN")
            .placeholder("REPLACE-ME-kms-key-arn")
            .cloudFormationRemediation("Set `VolumeKmsKeyId` in `ResourceConfig` (training), "
                    + "`ProcessingResources.ClusterConfig` (processing), `TransformResources` (transform jobs of state "
                    + "machines and pipelines) or `JobResources.ClusterConfig` (monitoring job definitions).")
            .terraformRemediation("Set `volume_kms_key_id` in `resource_config` of `aws_sagemaker_training_job` or "
                    + "in `job_resources.cluster_config` of `aws_sagemaker_data_quality_job_definition`, or "
                    + "`VolumeKmsKeyId` in the job parameters inside `jsonencode(...)`.")
            .cdkRemediation("Pass `resourceConfig: { volumeEncryptionKey: key, ... }` to "
                    + "`SageMakerCreateTrainingJob`, `transformResources: { volumeEncryptionKey: key, ... }` to "
                    + "`SageMakerCreateTransformJob`, or `volumeKmsKeyId` in `jobResources.clusterConfig` of the "
                    + "`Cfn*JobDefinition`.")
            .awsDocUrl("https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html")
            .build();

    public JobVolumeKms() {
        super(SageMakerResource.class, META);
    }

    @Override
    protected Stream<Violation> violations(SageMakerResource resource, RuleContext context) {
        Prop<String> key = resource instanceof TrainingJob t
                ? t.volumeKmsKeyId()
                : resource instanceof ProcessingJob p
                        ? p.volumeKmsKeyId()
                        : resource instanceof TransformJob j
                                ? j.volumeKmsKeyId()
                                : resource instanceof MonitoringJobDefinition d ? d.volumeKmsKeyId() : null;
        return key == null ? Stream.empty() : key.violationWhenUnset().stream();
    }
}
