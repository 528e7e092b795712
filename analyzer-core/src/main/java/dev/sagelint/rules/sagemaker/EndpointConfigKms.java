package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.List;
import java.util.stream.Stream;

/**
 * Endpoint configurations should name a KMS key for the hosting instances' storage volumes. Not a Security Hub
 * control; mirrors the AWS Config rule {@code sagemaker-endpoint-configuration-kms-key-configured}.
 */
public final class EndpointConfigKms extends ResourceRule<EndpointConfig> {

    public static final RuleMeta META = new RuleMeta(
            "EndpointConfigKms",
            "SageMaker endpoint configurations should encrypt storage volumes with a KMS key",
            Severity.MEDIUM,
            List.of(),
            "sagemaker-endpoint-configuration-kms-key-configured",
            "endpoint configuration",
            List.of("AWS::SageMaker::EndpointConfig"),
            List.of("KmsKeyId"),
            "the ML storage volumes of the endpoint's instances are not encrypted with a key you control",
            Fix.REPLACEMENT,
            "KmsKeyId is create-only: the change creates a new endpoint configuration, and updating the endpoint "
                    + "to it replaces its instances.",
            new Remediation(
                    "Set `KmsKeyId` on the `AWS::SageMaker::EndpointConfig`.",
                    "Set `kms_key_arn` on `aws_sagemaker_endpoint_configuration`.",
                    "Pass `kmsKeyId: key.keyArn` to `new sagemaker.CfnEndpointConfig(...)`."),
            "https://docs.aws.amazon.com/config/latest/developerguide/"
                    + "sagemaker-endpoint-configuration-kms-key-configured.html");

    public EndpointConfigKms() {
        super(EndpointConfig.class, META);
    }

    @Override
    protected Stream<Violation> violations(EndpointConfig config, RuleContext context) {
        return config.kmsKeyId().violationWhenUnset().stream();
    }
}
