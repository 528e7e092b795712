package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;

/**
 * An inference experiment ({@code AWS::SageMaker::InferenceExperiment}, {@code awscc_sagemaker_inference_experiment}).
 *
 * @param kmsKey            {@code KmsKey}, for the storage volume of the hosting instances
 * @param dataStorage       whether a {@code DataStorageConfig} (data capture) is written
 * @param dataStorageKmsKey {@code DataStorageConfig.KmsKey}
 */
public record InferenceExperiment(
        ResourceId id, Prop<String> kmsKey, Prop<Boolean> dataStorage, Prop<String> dataStorageKmsKey)
        implements SageMakerResource {}
