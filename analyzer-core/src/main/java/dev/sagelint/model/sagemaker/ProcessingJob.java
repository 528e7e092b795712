package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;

/**
 * A processing job ({@code AWS::SageMaker::ProcessingJob}, or a {@code createProcessingJob} state, or a
 * {@code Processing} pipeline step).
 *
 * @param network       {@code NetworkConfig}
 * @param instanceCount {@code ProcessingResources.ClusterConfig.InstanceCount}
 */
public record ProcessingJob(ResourceId id, NetworkConfig network, Prop<Integer> instanceCount)
        implements SageMakerResource {}
