package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.NetworkConfig;

/**
 * The {@code NetworkConfig} block that monitoring job definitions, embedded monitoring jobs and processing jobs
 * share.
 */
final class NetworkConfigs {

    private NetworkConfigs() {}

    /** Reads {@code NetworkConfig} below {@code owner}. */
    static NetworkConfig read(Scope owner) {
        return new NetworkConfig(
                owner.bool(
                        "NetworkConfig.EnableInterContainerTrafficEncryption",
                        NetworkConfig.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION),
                owner.bool("NetworkConfig.EnableNetworkIsolation", NetworkConfig.DEFAULT_NETWORK_ISOLATION),
                owner.strings("NetworkConfig.VpcConfig.Subnets"),
                owner.strings("NetworkConfig.VpcConfig.SecurityGroupIds"));
    }
}
