package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.List;
import java.util.Map;

/**
 * A training job, usually found inside a Step Functions state ({@code createTrainingJob},
 * {@code createHyperParameterTuningJob}) or a SageMaker pipeline step ({@code Training}, {@code Tuning}).
 * Field names follow https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html
 *
 * @param interContainerTrafficEncryption {@code EnableInterContainerTrafficEncryption}; default
 *                                        {@link #DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION}
 * @param networkIsolation                {@code EnableNetworkIsolation}; default {@link #DEFAULT_NETWORK_ISOLATION}
 * @param instanceCount                   {@code ResourceConfig.InstanceCount}
 * @param vpcSubnets                      {@code VpcConfig.Subnets}
 * @param volumeKmsKeyId                  {@code ResourceConfig.VolumeKmsKeyId}; none by default (an AWS managed key)
 * @param outputKmsKeyId                  {@code OutputDataConfig.KmsKeyId}; none by default (the S3 managed key)
 * @param roleArn                         {@code RoleArn}, the job's execution role (read for policies)
 * @param instanceType                    {@code ResourceConfig.InstanceType} (read for policies)
 * @param tags                            {@code Tags} as a map (of a tuning job, the tuning job's, which SageMaker adds
 *                                        to the training jobs it launches); none by default (read for policies)
 */
public record TrainingJob(
        ResourceId id,
        Prop<Boolean> interContainerTrafficEncryption,
        Prop<Boolean> networkIsolation,
        Prop<Integer> instanceCount,
        Prop<List<String>> vpcSubnets,
        Prop<String> volumeKmsKeyId,
        Prop<String> outputKmsKeyId,
        Prop<String> roleArn,
        Prop<String> instanceType,
        Prop<Map<String, String>> tags)
        implements SageMakerResource {

    /**
     * {@code EnableInterContainerTrafficEncryption} when omitted:
     * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html
     */
    public static final boolean DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION = false;

    /** {@code EnableNetworkIsolation} when omitted, on the same page. */
    public static final boolean DEFAULT_NETWORK_ISOLATION = false;
}
