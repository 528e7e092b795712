package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.InstanceStorage;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Param;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Endpoint configurations should name a KMS key for the hosting instances' storage volumes. Not a Security Hub
 * control; mirrors the AWS Config rule {@code sagemaker-endpoint-configuration-kms-key-configured}, including its
 * optional {@code kmsKeyArns} allow-list. A configuration with a variant on an instance type with local NVMe
 * storage is exempt: {@code CreateEndpointConfig} rejects a {@code KmsKeyId} there ({@link InstanceStorage}).
 */
public final class EndpointConfigKms extends ResourceRule<EndpointConfig> {

    /** The AWS Config rule's optional parameter of the same name. */
    public static final Param<List<String>> KMS_KEY_ARNS = Param.strings(
            "kmsKeyArns",
            List.of(),
            "the KMS key ARNs an endpoint configuration may use; empty means any key passes, as in the AWS Config "
                    + "rule");

    public static final RuleMeta META = RuleMeta.builder("EndpointConfigKms")
            .title("SageMaker endpoint configurations should encrypt storage volumes with a KMS key")
            .severity(Severity.MEDIUM)
            .awsConfigRule("sagemaker-endpoint-configuration-kms-key-configured")
            .peerIds(
                    "CKV_AWS_98",
                    "SageMakerEndpointConfigurationKMSKeyConfigured",
                    "44034eda-1c3f-486a-831d-e09a7dd94354",
                    "58b35504-0287-4154-bf69-02c0573deab8",
                    "sagemaker_endpoint_configuration_kms_key_configured",
                    "sagemaker_endpoint_config_kms_encryption_enabled")
            .subject("endpoint configuration")
            .resourceTypes(
                    "AWS::SageMaker::EndpointConfig",
                    "aws_sagemaker_endpoint_configuration",
                    "awscc_sagemaker_endpoint_config")
            .properties("KmsKeyId", "ProductionVariants[*].InstanceType")
            .terraformProperties("kms_key_arn", "production_variants.instance_type")
            .propertyNote("`kms_key_id` in awscc")
            .risk("the ML storage volumes of the endpoint's instances are not encrypted with a key you control")
            .fix(
                    Fix.REPLACEMENT,
                    "KmsKeyId is create-only: the change creates a new endpoint configuration, and "
                            + "updating the endpoint to it replaces its instances.")
            .valueNeeded("a customer managed KMS key ARN")
            .placeholder("REPLACE-ME-kms-key-arn")
            .cloudFormationRemediation("Set `KmsKeyId` on the `AWS::SageMaker::EndpointConfig`.")
            .terraformRemediation("Set `kms_key_arn` on `aws_sagemaker_endpoint_configuration`.")
            .cdkRemediation("Pass `kmsKeyId: key.keyArn` to `new sagemaker.CfnEndpointConfig(...)`.")
            .awsDocUrl("https://docs.aws.amazon.com/config/latest/developerguide/"
                    + "sagemaker-endpoint-configuration-kms-key-configured.html")
            .params(KMS_KEY_ARNS)
            .build();

    public EndpointConfigKms() {
        super(EndpointConfig.class, META);
    }

    @Override
    protected Stream<Violation> violations(EndpointConfig config, RuleContext context) {
        if (config.productionVariants().stream()
                .anyMatch(v -> v.instanceType()
                                .violation(t -> !InstanceStorage.hasLocalStorage(t))
                                .isEmpty()
                        && v.instanceType().isWritten())) {
            return Stream.empty();
        }
        List<String> allowed = context.get(KMS_KEY_ARNS);
        Optional<Violation> unset = config.kmsKeyId().violationWhenUnset();
        if (unset.isPresent() || allowed.isEmpty()) return unset.stream();
        return config
                .kmsKeyId()
                .violation(k -> k != null && !allowed.contains(k))
                .map(v -> new Violation(
                        v.path(), v.fact() + ", which `kmsKeyArns` does not list", v.span(), v.condition()))
                .stream();
    }
}
