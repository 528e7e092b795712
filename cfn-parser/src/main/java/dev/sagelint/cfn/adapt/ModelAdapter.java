package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.ContainerDefinition;
import dev.sagelint.model.sagemaker.Model;

/**
 * {@code AWS::SageMaker::Model}, with a {@code PrimaryContainer} or a {@code Containers} list.
 */
final class ModelAdapter {

    private ModelAdapter() {}

    static Model adapt(CfnResource resource) {
        Scope p = resource.scope();
        return new Model(
                resource.id(),
                p.bool("EnableNetworkIsolation", Model.DEFAULT_ENABLE_NETWORK_ISOLATION),
                p.child("PrimaryContainer").map(ModelAdapter::container),
                p.elements("Containers").stream().map(ModelAdapter::container).toList(),
                p.strings("VpcConfig.Subnets"),
                p.string("ExecutionRoleArn"),
                p.strings("VpcConfig.SecurityGroupIds"),
                p.tags("Tags"));
    }

    private static ContainerDefinition container(Scope container) {
        return new ContainerDefinition(
                container.span(), container.string("Image"), container.string("ImageConfig.RepositoryAccessMode"));
    }
}
