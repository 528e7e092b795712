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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An enabled online store with {@code Standard} storage must be encrypted with a KMS key (Security Hub
 * SageMaker.18). {@code InMemory} stores are out of scope; {@code Standard} is the default storage type
 * (https://docs.aws.amazon.com/sagemaker/latest/dg/feature-store-storage-configurations-online-store.html).
 */
public final class FeatureGroupOnlineStoreKms extends ResourceRule<FeatureGroup> {

    private static final String STANDARD = "Standard";

    public static final RuleMeta META = RuleMeta.builder("SageMaker.18")
            .title("SageMaker feature group online stores with standard storage should be encrypted with AWS KMS keys")
            .severity(Severity.MEDIUM)
            .standards(Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-featuregroup-online-store-encryption")
            .subject("feature group")
            .resourceTypes(
                    "AWS::SageMaker::FeatureGroup", "aws_sagemaker_feature_group", "awscc_sagemaker_feature_group")
            .properties(
                    "OnlineStoreConfig.SecurityConfig.KmsKeyId",
                    "OnlineStoreConfig.StorageType",
                    "OnlineStoreConfig.EnableOnlineStore")
            .terraformProperties(
                    "online_store_config.security_config.kms_key_id",
                    "online_store_config.storage_type",
                    "online_store_config.enable_online_store")
            .risk("the online store is not encrypted with a KMS key you control")
            .fix(
                    Fix.REPLACEMENT,
                    "OnlineStoreConfig.SecurityConfig is create-only: the change replaces the feature "
                            + "group, and its records must be ingested again.")
            .valueNeeded("a customer managed KMS key ARN")
            .placeholder("REPLACE-ME-kms-key-arn")
            .cloudFormationRemediation("Set `OnlineStoreConfig.SecurityConfig.KmsKeyId` to a KMS key ARN.")
            .terraformRemediation(
                    "Set `kms_key_id` in `online_store_config.security_config` of " + "`aws_sagemaker_feature_group`.")
            .cdkRemediation("Pass `onlineStoreConfig: { EnableOnlineStore: true, SecurityConfig: { KmsKeyId: "
                    + "key.keyArn } }` to `new sagemaker.CfnFeatureGroup(...)` (untyped JSON: use CloudFormation "
                    + "casing).")
            .awsDocUrl(Standards.controlUrl("SageMaker.18"))
            .build();

    public FeatureGroupOnlineStoreKms() {
        super(FeatureGroup.class, META);
    }

    @Override
    protected Stream<Violation> violations(FeatureGroup group, RuleContext context) {
        Optional<Violation> noKey = group.onlineKmsKeyId().violationWhenUnset();
        Optional<Violation> standard = Scopes.when(
                group.onlineStorageType(), t -> t == null || STANDARD.equals(t), "`" + STANDARD + "`", noKey);
        return Scopes.whenTrue(group.onlineStoreEnabled(), standard).stream();
    }
}
