package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;

/**
 * One container of a model: the primary container or an entry of a multi-container inference pipeline.
 *
 * @param span                 the container's declaration
 * @param image                the image URI; may be absent when a model package is used
 * @param repositoryAccessMode {@code ImageConfig.RepositoryAccessMode}: {@code Platform} (Amazon ECR) or
 *                             {@code Vpc} (a private registry reached through the model's VPC); absent when
 *                             {@code ImageConfig} is not written
 */
public record ContainerDefinition(Span span, Prop<String> image, Prop<String> repositoryAccessMode) {}
