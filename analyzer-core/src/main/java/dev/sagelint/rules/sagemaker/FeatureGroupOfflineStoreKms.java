package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.FeatureGroup;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Scopes;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.stream.Stream;

/** The offline store of a feature group must be encrypted with a KMS key (Security Hub SageMaker.17). */
public final class FeatureGroupOfflineStoreKms extends ResourceRule<FeatureGroup> {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.17")
            .title("SageMaker feature group offline stores should be encrypted with AWS KMS keys")
            .severity(Severity.MEDIUM)
            .standards(Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-featuregroup-encryption-at-rest")
            .peerIds("sagemaker_feature_group_offline_store_encrypted_with_cmk")
            .subject("feature group")
            .resourceTypes(
                    "AWS::SageMaker::FeatureGroup", "aws_sagemaker_feature_group", "awscc_sagemaker_feature_group")
            .properties("OfflineStoreConfig.S3StorageConfig.KmsKeyId")
            .terraformProperties("offline_store_config.s3_storage_config.kms_key_id")
            .risk("the offline store's S3 objects are not encrypted with a KMS key you control, so key policy and "
                    + "CloudTrail key usage cannot govern who reads the features")
            .fix(
                    Fix.REPLACEMENT,
                    "OfflineStoreConfig is create-only: the change replaces the feature group, and "
                            + "its records must be ingested again.")
            .valueNeeded("a customer managed KMS key ARN")
            .placeholder("REPLACE-ME-kms-key-arn")
            .cloudFormationRemediation("Set `OfflineStoreConfig.S3StorageConfig.KmsKeyId` to a KMS key ARN.")
            .terraformRemediation("Set `kms_key_id` in `offline_store_config.s3_storage_config` of "
                    + "`aws_sagemaker_feature_group`.")
            .cdkRemediation("Pass `offlineStoreConfig: { S3StorageConfig: { S3Uri: ..., KmsKeyId: key.keyArn } }` to "
                    + "`new sagemaker.CfnFeatureGroup(...)` (this L1 property is untyped JSON: use "
                    + "CloudFormation casing).")
            .awsDocUrl(Standards.controlUrl("SageMaker.17"))
            .build();

    public FeatureGroupOfflineStoreKms() {
        super(FeatureGroup.class, META);
    }

    @Override
    protected Stream<Violation> violations(FeatureGroup group, RuleContext context) {
        return Scopes.whenTrue(group.offlineStore(), group.offlineKmsKeyId().violationWhenUnset()).stream();
    }
}
