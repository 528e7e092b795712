package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model ({@code AWS::SageMaker::Model}, {@code aws_sagemaker_model}), or a model created by a
 * {@code createModel} state or a {@code Model} pipeline step.
 *
 * @param enableNetworkIsolation default {@link #DEFAULT_ENABLE_NETWORK_ISOLATION}
 * @param primaryContainer       the single container, when the model is written that way
 * @param containers             the containers of a multi-container inference pipeline ({@code Containers})
 * @param vpcSubnets             {@code VpcConfig.Subnets}; absent when the model has no VPC configuration
 * @param executionRoleArn       {@code ExecutionRoleArn}, the role the model's containers run as (read for policies)
 * @param vpcSecurityGroupIds    {@code VpcConfig.SecurityGroupIds}; none by default (read for policies)
 * @param tags                   {@code Tags} as a map; none by default (read for policies)
 */
public record Model(
        ResourceId id,
        Prop<Boolean> enableNetworkIsolation,
        Optional<ContainerDefinition> primaryContainer,
        List<ContainerDefinition> containers,
        Prop<List<String>> vpcSubnets,
        Prop<String> executionRoleArn,
        Prop<List<String>> vpcSecurityGroupIds,
        Prop<Map<String, String>> tags)
        implements SageMakerResource {

    /**
     * {@code EnableNetworkIsolation} when omitted:
     * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModel.html
     */
    public static final boolean DEFAULT_ENABLE_NETWORK_ISOLATION = false;

    public Model {
        containers = List.copyOf(containers);
    }
}
