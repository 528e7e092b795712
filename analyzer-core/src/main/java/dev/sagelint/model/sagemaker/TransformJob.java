package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.Map;

/**
 * A batch transform job: a {@code createTransformJob} state of a Step Functions state machine, or a
 * {@code Transform} step of a SageMaker pipeline (CloudFormation and Terraform have no transform job resource).
 * Field names follow https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html; a
 * transform job has no role and no network settings of its own (it runs with those of its model).
 *
 * @param volumeKmsKeyId {@code TransformResources.VolumeKmsKeyId}; none by default (an AWS managed key)
 * @param instanceCount  {@code TransformResources.InstanceCount}; required, so it has no default (read for policies)
 * @param instanceType   {@code TransformResources.InstanceType} (read for policies)
 * @param outputKmsKeyId {@code TransformOutput.KmsKeyId}; none by default (the S3 managed key) (read for policies)
 * @param modelName      {@code ModelName}, the model whose containers run the job (read for policies)
 * @param tags           {@code Tags} as a map; none by default (read for policies)
 */
public record TransformJob(
        ResourceId id,
        Prop<String> volumeKmsKeyId,
        Prop<Integer> instanceCount,
        Prop<String> instanceType,
        Prop<String> outputKmsKeyId,
        Prop<String> modelName,
        Prop<Map<String, String>> tags)
        implements SageMakerResource {}
