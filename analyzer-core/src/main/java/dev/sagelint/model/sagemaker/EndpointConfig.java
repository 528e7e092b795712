package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.List;

/**
 * An endpoint configuration ({@code AWS::SageMaker::EndpointConfig}, {@code aws_sagemaker_endpoint_configuration}).
 *
 * @param kmsKeyId           the key for the storage volume of the hosting instances; none by default
 * @param productionVariants the production variants
 */
public record EndpointConfig(ResourceId id, Prop<String> kmsKeyId, List<ProductionVariant> productionVariants)
        implements SageMakerResource {

    public EndpointConfig {
        productionVariants = List.copyOf(productionVariants);
    }
}
