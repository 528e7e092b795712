package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.ProductionVariant;
import java.util.Optional;

/**
 * {@code AWS::SageMaker::EndpointConfig}. {@code InitialInstanceCount} has no default; a variant with a
 * {@code ServerlessConfig} has no instances, so the cases of a count where the variant is serverless (both chosen
 * by one condition, say) are left out:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-sagemaker-endpointconfig-productionvariant.html
 */
final class EndpointConfigAdapter {

    private EndpointConfigAdapter() {}

    static EndpointConfig adapt(CfnResource resource) {
        Scope p = resource.scope();
        return new EndpointConfig(
                resource.id(),
                p.string("KmsKeyId"),
                p.elements("ProductionVariants").stream()
                        .map(EndpointConfigAdapter::variant)
                        .toList(),
                p.present("DataCaptureConfig"),
                p.bool("DataCaptureConfig.EnableCapture", EndpointConfig.DEFAULT_ENABLE_CAPTURE),
                p.string("DataCaptureConfig.KmsKeyId"),
                p.tags("Tags"));
    }

    private static ProductionVariant variant(Scope variant) {
        return new ProductionVariant(
                variant.span(),
                variant.string("VariantName"),
                variant.string("ModelName"),
                variant.integerUnless("InitialInstanceCount", null, "ServerlessConfig"),
                variant.present("ServerlessConfig"),
                Optional.empty(),
                variant.string("InstanceType"));
    }
}
