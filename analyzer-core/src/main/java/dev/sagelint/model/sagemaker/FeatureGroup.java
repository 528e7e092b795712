package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.Map;

/**
 * A feature group ({@code AWS::SageMaker::FeatureGroup}, {@code aws_sagemaker_feature_group}).
 *
 * @param offlineStore       whether an {@code OfflineStoreConfig} is written
 * @param offlineKmsKeyId    {@code OfflineStoreConfig.S3StorageConfig.KmsKeyId}
 * @param onlineStoreEnabled {@code OnlineStoreConfig.EnableOnlineStore}; default {@link #DEFAULT_ONLINE_STORE_ENABLED}
 * @param onlineStorageType  {@code OnlineStoreConfig.StorageType}; default {@link #DEFAULT_ONLINE_STORAGE_TYPE}
 * @param onlineKmsKeyId     {@code OnlineStoreConfig.SecurityConfig.KmsKeyId}
 * @param tags               {@code Tags}; none by default
 */
public record FeatureGroup(
        ResourceId id,
        Prop<Boolean> offlineStore,
        Prop<String> offlineKmsKeyId,
        Prop<Boolean> onlineStoreEnabled,
        Prop<String> onlineStorageType,
        Prop<String> onlineKmsKeyId,
        Prop<Map<String, String>> tags)
        implements SageMakerResource {

    /**
     * {@code OnlineStoreConfig.EnableOnlineStore} when omitted:
     * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-sagemaker-featuregroup-onlinestoreconfig.html
     */
    public static final boolean DEFAULT_ONLINE_STORE_ENABLED = false;

    /** {@code OnlineStoreConfig.StorageType} when omitted, on the same page. */
    public static final String DEFAULT_ONLINE_STORAGE_TYPE = "Standard";
}
