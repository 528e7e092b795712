package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.View;
import dev.sagelint.model.sagemaker.NetworkConfig;
import java.util.Optional;

/**
 * The {@code network_config} of monitoring and processing jobs.
 */
final class NetworkConfigs {
    private NetworkConfigs() {}

    /** Reads {@code <prefix>network_config} under {@code parent}. */
    static NetworkConfig read(Attrs a, Optional<View> parent, String prefix) {
        Optional<View> net = parent.flatMap(p -> Attrs.first(p, "network_config"));
        String path = prefix + "network_config.";
        return new NetworkConfig(
                a.bool(
                        net,
                        "enable_inter_container_traffic_encryption",
                        path + "enable_inter_container_traffic_encryption",
                        NetworkConfig.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION),
                a.bool(
                        net,
                        "enable_network_isolation",
                        path + "enable_network_isolation",
                        NetworkConfig.DEFAULT_NETWORK_ISOLATION),
                a.stringList(net.flatMap(n -> Attrs.first(n, "vpc_config")), "subnets", path + "vpc_config.subnets"),
                a.stringList(
                        net.flatMap(n -> Attrs.first(n, "vpc_config")),
                        "security_group_ids",
                        path + "vpc_config.security_group_ids"));
    }
}
