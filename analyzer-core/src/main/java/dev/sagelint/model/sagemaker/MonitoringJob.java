package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;

/**
 * The job definition written inside a monitoring schedule
 * ({@code MonitoringScheduleConfig.MonitoringJobDefinition}).
 *
 * @param span           the embedded definition
 * @param network        its {@code NetworkConfig}
 * @param instanceCount  {@code MonitoringResources.ClusterConfig.InstanceCount}
 * @param roleArn        {@code RoleArn}, the role the monitoring jobs run as (read for policies)
 * @param instanceType   {@code MonitoringResources.ClusterConfig.InstanceType} (read for policies)
 * @param volumeKmsKeyId {@code MonitoringResources.ClusterConfig.VolumeKmsKeyId}; none by default (an AWS managed
 *                       key) (read for policies)
 * @param outputKmsKeyId {@code MonitoringOutputConfig.KmsKeyId}; none by default (the S3 managed key) (read for
 *                       policies)
 */
public record MonitoringJob(
        Span span,
        NetworkConfig network,
        Prop<Integer> instanceCount,
        Prop<String> roleArn,
        Prop<String> instanceType,
        Prop<String> volumeKmsKeyId,
        Prop<String> outputKmsKeyId) {}
