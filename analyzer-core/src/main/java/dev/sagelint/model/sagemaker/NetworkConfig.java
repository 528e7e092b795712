package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import java.util.List;

/**
 * The network settings of a monitoring or processing job: {@code NetworkConfig} in CloudFormation and the
 * SageMaker API. Both flags default to {@code false} in the API.
 *
 * @param interContainerTrafficEncryption {@code EnableInterContainerTrafficEncryption}
 * @param networkIsolation                {@code EnableNetworkIsolation}
 * @param vpcSubnets                      {@code VpcConfig.Subnets}
 */
public record NetworkConfig(
        Prop<Boolean> interContainerTrafficEncryption,
        Prop<Boolean> networkIsolation,
        Prop<List<String>> vpcSubnets) {
}
