package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;
import java.util.List;

/**
 * Test data: the {@code NetworkConfig} of monitoring and processing jobs. A new field of {@link NetworkConfig} gets
 * its starting value here, once.
 */
public final class Networks {
    private Networks() {}

    /**
     * A network configuration that writes nothing: both flags absent with their AWS defaults, no subnets.
     *
     * @param prefix   the path of the block's owner with a trailing dot, or empty for a resource's own block
     * @param absentAt where absent values point: the resource's declaration
     */
    public static Builder unset(String prefix, Span absentAt) {
        String path = prefix + "NetworkConfig.";
        return new Builder()
                .withInterContainerTrafficEncryption(Prop.absent(
                        path + "EnableInterContainerTrafficEncryption",
                        NetworkConfig.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION,
                        absentAt))
                .withNetworkIsolation(
                        Prop.absent(path + "EnableNetworkIsolation", NetworkConfig.DEFAULT_NETWORK_ISOLATION, absentAt))
                .withVpcSubnets(Prop.absent(path + "VpcConfig.Subnets", null, absentAt))
                .withVpcSecurityGroupIds(Prop.absent(path + "VpcConfig.SecurityGroupIds", null, absentAt));
    }

    /** A network configuration under construction. */
    public static final class Builder {
        private Prop<Boolean> interContainerTrafficEncryption;
        private Prop<Boolean> networkIsolation;
        private Prop<List<String>> vpcSubnets;
        private Prop<List<String>> vpcSecurityGroupIds;

        private Builder() {}

        public Builder withInterContainerTrafficEncryption(Prop<Boolean> value) {
            interContainerTrafficEncryption = value;
            return this;
        }

        public Builder withNetworkIsolation(Prop<Boolean> value) {
            networkIsolation = value;
            return this;
        }

        public Builder withVpcSubnets(Prop<List<String>> value) {
            vpcSubnets = value;
            return this;
        }

        public Builder withVpcSecurityGroupIds(Prop<List<String>> value) {
            vpcSecurityGroupIds = value;
            return this;
        }

        public NetworkConfig build() {
            return new NetworkConfig(
                    interContainerTrafficEncryption, networkIsolation, vpcSubnets, vpcSecurityGroupIds);
        }
    }
}
