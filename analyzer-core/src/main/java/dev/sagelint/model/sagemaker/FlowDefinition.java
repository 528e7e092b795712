package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;

/**
 * A flow definition: the human review workflow of Amazon Augmented AI ({@code aws_sagemaker_flow_definition};
 * CloudFormation has no resource type for it, so neither has the awscc provider). Field names follow
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateFlowDefinition.html
 *
 * @param outputKmsKeyId {@code OutputConfig.KmsKeyId}, the key that encrypts the review results in Amazon S3; none
 *                       by default (the S3 managed key)
 */
public record FlowDefinition(ResourceId id, Prop<String> outputKmsKeyId) implements SageMakerResource {}
