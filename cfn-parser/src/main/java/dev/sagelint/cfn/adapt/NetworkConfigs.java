package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.NetworkConfig;

/**
 * The {@code NetworkConfig} block that monitoring job definitions, embedded monitoring jobs and processing jobs
 * share. Both flags default to {@code false}:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringNetworkConfig.html
 */
final class NetworkConfigs {

    private NetworkConfigs() {
    }

    /** Reads {@code NetworkConfig} below {@code owner}. */
    static NetworkConfig read(Scope owner) {
        return new NetworkConfig(
                owner.bool("NetworkConfig.EnableInterContainerTrafficEncryption", false),
                owner.bool("NetworkConfig.EnableNetworkIsolation", false),
                owner.strings("NetworkConfig.VpcConfig.Subnets"));
    }
}
