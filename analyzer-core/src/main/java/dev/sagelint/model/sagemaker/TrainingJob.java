package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.List;

/**
 * A training job, usually found inside a Step Functions state ({@code createTrainingJob},
 * {@code createHyperParameterTuningJob}) or a SageMaker pipeline step ({@code Training}, {@code Tuning}).
 * Field names follow https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html
 *
 * @param interContainerTrafficEncryption {@code EnableInterContainerTrafficEncryption}; default {@code false}
 * @param networkIsolation                {@code EnableNetworkIsolation}; default {@code false}
 * @param instanceCount                   {@code ResourceConfig.InstanceCount}
 * @param vpcSubnets                      {@code VpcConfig.Subnets}
 */
public record TrainingJob(
        ResourceId id,
        Prop<Boolean> interContainerTrafficEncryption,
        Prop<Boolean> networkIsolation,
        Prop<Integer> instanceCount,
        Prop<List<String>> vpcSubnets) implements SageMakerResource {
}
