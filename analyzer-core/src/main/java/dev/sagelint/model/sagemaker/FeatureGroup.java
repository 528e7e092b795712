package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;

/**
 * A feature group ({@code AWS::SageMaker::FeatureGroup}, {@code aws_sagemaker_feature_group}).
 *
 * @param offlineStore       whether an {@code OfflineStoreConfig} is written
 * @param offlineKmsKeyId    {@code OfflineStoreConfig.S3StorageConfig.KmsKeyId}
 * @param onlineStoreEnabled {@code OnlineStoreConfig.EnableOnlineStore}; default {@code false}
 * @param onlineStorageType  {@code OnlineStoreConfig.StorageType}; default {@code Standard}
 * @param onlineKmsKeyId     {@code OnlineStoreConfig.SecurityConfig.KmsKeyId}
 */
public record FeatureGroup(
        ResourceId id,
        Prop<Boolean> offlineStore,
        Prop<String> offlineKmsKeyId,
        Prop<Boolean> onlineStoreEnabled,
        Prop<String> onlineStorageType,
        Prop<String> onlineKmsKeyId) implements SageMakerResource {
}
