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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An enabled online store with {@code Standard} storage must be encrypted with a KMS key (Security Hub
 * SageMaker.18). {@code InMemory} stores are out of scope; {@code Standard} is the default storage type
 * (https://docs.aws.amazon.com/sagemaker/latest/dg/feature-store-storage-configurations-online-store.html).
 */
public final class FeatureGroupOnlineStoreKms extends ResourceRule<FeatureGroup> {

    private static final String STANDARD = "Standard";

    public static final RuleMeta META = new RuleMeta(
            "SageMaker.18",
            "SageMaker feature group online stores with standard storage should be encrypted with AWS KMS keys",
            Severity.MEDIUM,
            List.of(Standards.AI_SECURITY),
            "sagemaker-featuregroup-online-store-encryption",
            "feature group",
            List.of("AWS::SageMaker::FeatureGroup"),
            List.of("OnlineStoreConfig.SecurityConfig.KmsKeyId", "OnlineStoreConfig.StorageType",
                    "OnlineStoreConfig.EnableOnlineStore"),
            "the online store is not encrypted with a KMS key you control",
            Fix.REPLACEMENT,
            "OnlineStoreConfig.SecurityConfig is create-only: the change replaces the feature group, and its "
                    + "records must be ingested again.",
            new Remediation(
                    "Set `OnlineStoreConfig.SecurityConfig.KmsKeyId` to a KMS key ARN.",
                    "Set `kms_key_id` in `online_store_config.security_config` of `aws_sagemaker_feature_group`.",
                    "Pass `onlineStoreConfig: { EnableOnlineStore: true, SecurityConfig: { KmsKeyId: key.keyArn } }` "
                            + "to `new sagemaker.CfnFeatureGroup(...)` (untyped JSON: use CloudFormation casing)."),
            Standards.controlUrl("SageMaker.18"));

    public FeatureGroupOnlineStoreKms() {
        super(FeatureGroup.class, META);
    }

    @Override
    protected Stream<Violation> violations(FeatureGroup group, RuleContext context) {
        Optional<Violation> noKey = group.onlineKmsKeyId().violationWhenUnset();
        Optional<Violation> standard = Scopes.when(group.onlineStorageType(),
                t -> t == null || STANDARD.equals(t), "`" + STANDARD + "`", noKey);
        return Scopes.whenTrue(group.onlineStoreEnabled(), standard).stream();
    }
}
