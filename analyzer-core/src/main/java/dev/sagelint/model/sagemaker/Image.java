package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.Map;

/**
 * A SageMaker image ({@code AWS::SageMaker::Image}, {@code aws_sagemaker_image}).
 *
 * @param tags the tags, key to value
 */
public record Image(ResourceId id, Prop<Map<String, String>> tags) implements SageMakerResource {}
