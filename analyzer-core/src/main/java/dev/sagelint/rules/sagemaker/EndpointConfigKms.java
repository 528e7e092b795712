package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.stream.Stream;

/**
 * Endpoint configurations should name a KMS key for the hosting instances' storage volumes. Not a Security Hub
 * control; mirrors the AWS Config rule {@code sagemaker-endpoint-configuration-kms-key-configured}.
 */
public final class EndpointConfigKms extends ResourceRule<EndpointConfig> {

    public static final RuleMeta META = RuleMeta.builder("EndpointConfigKms")
            .title("SageMaker endpoint configurations should encrypt storage volumes with a KMS key")
            .severity(Severity.MEDIUM)
            .awsConfigRule("sagemaker-endpoint-configuration-kms-key-configured")
            .subject("endpoint configuration")
            .resourceTypes(
                    "AWS::SageMaker::EndpointConfig",
                    "aws_sagemaker_endpoint_configuration",
                    "awscc_sagemaker_endpoint_config")
            .properties("KmsKeyId")
            .terraformProperties("kms_key_arn")
            .propertyNote("`kms_key_id` in awscc")
            .risk("the ML storage volumes of the endpoint's instances are not encrypted with a key you control")
            .fix(
                    Fix.REPLACEMENT,
                    "KmsKeyId is create-only: the change creates a new endpoint configuration, and "
                            + "updating the endpoint to it replaces its instances.")
            .cloudFormationRemediation("Set `KmsKeyId` on the `AWS::SageMaker::EndpointConfig`.")
            .terraformRemediation("Set `kms_key_arn` on `aws_sagemaker_endpoint_configuration`.")
            .cdkRemediation("Pass `kmsKeyId: key.keyArn` to `new sagemaker.CfnEndpointConfig(...)`.")
            .awsDocUrl("https://docs.aws.amazon.com/config/latest/developerguide/"
                    + "sagemaker-endpoint-configuration-kms-key-configured.html")
            .build();

    public EndpointConfigKms() {
        super(EndpointConfig.class, META);
    }

    @Override
    protected Stream<Violation> violations(EndpointConfig config, RuleContext context) {
        return config.kmsKeyId().violationWhenUnset().stream();
    }
}
