package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.Map;

/**
 * A processing job ({@code AWS::SageMaker::ProcessingJob}, or a {@code createProcessingJob} state, or a
 * {@code Processing} pipeline step). Field names follow
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html
 *
 * @param network        {@code NetworkConfig}
 * @param instanceCount  {@code ProcessingResources.ClusterConfig.InstanceCount}
 * @param volumeKmsKeyId {@code ProcessingResources.ClusterConfig.VolumeKmsKeyId}; none by default (an AWS managed
 *                       key)
 * @param hasOutput      whether {@code ProcessingOutputConfig} is written: a job without it writes no output
 * @param outputKmsKeyId {@code ProcessingOutputConfig.KmsKeyId}; none by default (the S3 managed key)
 * @param roleArn        {@code RoleArn}, the job's execution role (read for policies)
 * @param instanceType   {@code ProcessingResources.ClusterConfig.InstanceType} (read for policies)
 * @param tags           {@code Tags} as a map; none by default (read for policies)
 */
public record ProcessingJob(
        ResourceId id,
        NetworkConfig network,
        Prop<Integer> instanceCount,
        Prop<String> volumeKmsKeyId,
        Prop<Boolean> hasOutput,
        Prop<String> outputKmsKeyId,
        Prop<String> roleArn,
        Prop<String> instanceType,
        Prop<Map<String, String>> tags)
        implements SageMakerResource {}
