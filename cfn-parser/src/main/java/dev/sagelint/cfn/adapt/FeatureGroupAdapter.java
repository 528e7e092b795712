package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.FeatureGroup;

/**
 * {@code AWS::SageMaker::FeatureGroup}.
 */
final class FeatureGroupAdapter {

    private FeatureGroupAdapter() {}

    static FeatureGroup adapt(CfnResource resource) {
        Scope p = resource.scope();
        return new FeatureGroup(
                resource.id(),
                p.present("OfflineStoreConfig"),
                p.string("OfflineStoreConfig.S3StorageConfig.KmsKeyId"),
                p.bool("OnlineStoreConfig.EnableOnlineStore", FeatureGroup.DEFAULT_ONLINE_STORE_ENABLED),
                p.string("OnlineStoreConfig.StorageType", FeatureGroup.DEFAULT_ONLINE_STORAGE_TYPE),
                p.string("OnlineStoreConfig.SecurityConfig.KmsKeyId"),
                p.tags("Tags"));
    }
}
