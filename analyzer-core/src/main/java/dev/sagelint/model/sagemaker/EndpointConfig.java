package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.List;
import java.util.Map;

/**
 * An endpoint configuration ({@code AWS::SageMaker::EndpointConfig}, {@code aws_sagemaker_endpoint_configuration}).
 *
 * @param kmsKeyId           the key for the storage volume of the hosting instances; none by default
 * @param productionVariants the production variants
 * @param dataCapture        whether {@code DataCaptureConfig} is written
 * @param captureEnabled     {@code DataCaptureConfig.EnableCapture}; default {@link #DEFAULT_ENABLE_CAPTURE}
 * @param captureKmsKeyId    {@code DataCaptureConfig.KmsKeyId}, the key of the captured data in S3; none by default
 * @param tags               {@code Tags} as a map; none by default (read for policies)
 */
public record EndpointConfig(
        ResourceId id,
        Prop<String> kmsKeyId,
        List<ProductionVariant> productionVariants,
        Prop<Boolean> dataCapture,
        Prop<Boolean> captureEnabled,
        Prop<String> captureKmsKeyId,
        Prop<Map<String, String>> tags)
        implements SageMakerResource {

    /**
     * {@code DataCaptureConfig.EnableCapture} when omitted ("defaults to enabled"):
     * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DataCaptureConfig.html
     */
    public static final boolean DEFAULT_ENABLE_CAPTURE = true;

    public EndpointConfig {
        productionVariants = List.copyOf(productionVariants);
    }
}
