package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.FeatureGroup;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Scopes;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.List;
import java.util.stream.Stream;

/** The offline store of a feature group must be encrypted with a KMS key (Security Hub SageMaker.17). */
public final class FeatureGroupOfflineStoreKms extends ResourceRule<FeatureGroup> {

    public static final RuleMeta META = new RuleMeta(
            "SageMaker.17",
            "SageMaker feature group offline stores should be encrypted with AWS KMS keys",
            Severity.MEDIUM,
            List.of(Standards.AI_SECURITY),
            "sagemaker-featuregroup-encryption-at-rest",
            "feature group",
            List.of("AWS::SageMaker::FeatureGroup"),
            List.of("OfflineStoreConfig.S3StorageConfig.KmsKeyId"),
            "the offline store's S3 objects are not encrypted with a KMS key you control, so key policy and "
                    + "CloudTrail key usage cannot govern who reads the features",
            Fix.REPLACEMENT,
            "OfflineStoreConfig is create-only: the change replaces the feature group, and its records must be "
                    + "ingested again.",
            new Remediation(
                    "Set `OfflineStoreConfig.S3StorageConfig.KmsKeyId` to a KMS key ARN.",
                    "Set `kms_key_id` in `offline_store_config.s3_storage_config` of `aws_sagemaker_feature_group`.",
                    "Pass `offlineStoreConfig: { S3StorageConfig: { S3Uri: ..., KmsKeyId: key.keyArn } }` to "
                            + "`new sagemaker.CfnFeatureGroup(...)` (this L1 property is untyped JSON: use "
                            + "CloudFormation casing)."),
            Standards.controlUrl("SageMaker.17"));

    public FeatureGroupOfflineStoreKms() {
        super(FeatureGroup.class, META);
    }

    @Override
    protected Stream<Violation> violations(FeatureGroup group, RuleContext context) {
        return Scopes.whenTrue(group.offlineStore(), group.offlineKmsKeyId().violationWhenUnset()).stream();
    }
}
