package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;

/**
 * A batch transform job: a {@code createTransformJob} state of a Step Functions state machine, or a
 * {@code Transform} step of a SageMaker pipeline (CloudFormation and Terraform have no transform job resource).
 * Field names follow https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html
 *
 * @param volumeKmsKeyId {@code TransformResources.VolumeKmsKeyId}; none by default (an AWS managed key)
 */
public record TransformJob(ResourceId id, Prop<String> volumeKmsKeyId) implements SageMakerResource {}
