package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.FeatureGroup;

/**
 * {@code AWS::SageMaker::FeatureGroup}. {@code EnableOnlineStore} defaults to {@code false} and
 * {@code StorageType} to {@code Standard}:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-sagemaker-featuregroup-onlinestoreconfig.html
 */
final class FeatureGroupAdapter {

    private FeatureGroupAdapter() {
    }

    static FeatureGroup adapt(CfnResource resource) {
        Scope p = resource.scope();
        return new FeatureGroup(
                resource.id(),
                p.present("OfflineStoreConfig"),
                p.string("OfflineStoreConfig.S3StorageConfig.KmsKeyId"),
                p.bool("OnlineStoreConfig.EnableOnlineStore", false),
                p.string("OnlineStoreConfig.StorageType", "Standard"),
                p.string("OnlineStoreConfig.SecurityConfig.KmsKeyId"));
    }
}
