package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.Map;

/**
 * An app image configuration ({@code AWS::SageMaker::AppImageConfig}, {@code aws_sagemaker_app_image_config}).
 *
 * @param tags the tags, key to value (Terraform plan: {@code tags_all}, which includes provider default tags)
 */
public record AppImageConfig(ResourceId id, Prop<Map<String, String>> tags) implements SageMakerResource {}
