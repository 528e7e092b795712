package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import java.util.List;

/**
 * The network settings of a monitoring or processing job: {@code NetworkConfig} in CloudFormation and the
 * SageMaker API.
 *
 * @param interContainerTrafficEncryption {@code EnableInterContainerTrafficEncryption}; default
 *                                        {@link #DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION}
 * @param networkIsolation                {@code EnableNetworkIsolation}; default {@link #DEFAULT_NETWORK_ISOLATION}
 * @param vpcSubnets                      {@code VpcConfig.Subnets}
 * @param vpcSecurityGroupIds             {@code VpcConfig.SecurityGroupIds} (read for policies)
 */
public record NetworkConfig(
        Prop<Boolean> interContainerTrafficEncryption,
        Prop<Boolean> networkIsolation,
        Prop<List<String>> vpcSubnets,
        Prop<List<String>> vpcSecurityGroupIds) {

    /**
     * {@code EnableInterContainerTrafficEncryption} when omitted, for monitoring jobs
     * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringNetworkConfig.html) and processing
     * jobs (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_NetworkConfig.html).
     */
    public static final boolean DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION = false;

    /** {@code EnableNetworkIsolation} when omitted, on the same two pages. */
    public static final boolean DEFAULT_NETWORK_ISOLATION = false;
}
