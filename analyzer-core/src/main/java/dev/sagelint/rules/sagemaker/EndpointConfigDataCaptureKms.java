package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Scopes;
import dev.sagelint.rules.Severity;
import java.util.stream.Stream;

/**
 * An endpoint configuration that captures requests and responses to S3 should encrypt them with a KMS key. Not a
 * Security Hub control; without {@code DataCaptureConfig.KmsKeyId} the captured data is encrypted with the S3
 * managed key (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DataCaptureConfig.html).
 */
public final class EndpointConfigDataCaptureKms extends ResourceRule<EndpointConfig> {

    public static final RuleMeta META = RuleMeta.builder("EndpointConfigDataCaptureKms")
            .title("SageMaker endpoint configurations that capture data should encrypt it with a KMS key")
            .severity(Severity.MEDIUM)
            .noAwsConfigRule("AWS Config has no managed rule for it; Security Hub checks the same key on "
                    + "inference experiments (SageMaker.24)")
            .subject("endpoint configuration")
            .resourceTypes(
                    "AWS::SageMaker::EndpointConfig",
                    "aws_sagemaker_endpoint_configuration",
                    "awscc_sagemaker_endpoint_config")
            .properties("DataCaptureConfig.KmsKeyId", "DataCaptureConfig.EnableCapture")
            .terraformProperties("data_capture_config.kms_key_id", "data_capture_config.enable_capture")
            .risk("the captured inference requests and responses, often personal data, are written to S3 "
                    + "encrypted only with the S3 managed key, so anyone who can read the bucket can read them")
            .fix(
                    Fix.REPLACEMENT,
                    "DataCaptureConfig is create-only: the change creates a new endpoint configuration, and "
                            + "updating the endpoint to it replaces its instances.")
            .valueNeeded("a customer managed KMS key ARN")
            .placeholder("REPLACE-ME-kms-key-arn")
            .cloudFormationRemediation("Set `DataCaptureConfig.KmsKeyId` on the `AWS::SageMaker::EndpointConfig`.")
            .terraformRemediation("Set `kms_key_id` in the `data_capture_config` block of "
                    + "`aws_sagemaker_endpoint_configuration`.")
            .cdkRemediation("Pass `dataCaptureConfig: { kmsKeyId: key.keyArn, ... }` to "
                    + "`new sagemaker.CfnEndpointConfig(...)`.")
            .awsDocUrl("https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-data-capture.html")
            .build();

    public EndpointConfigDataCaptureKms() {
        super(EndpointConfig.class, META);
    }

    @Override
    protected Stream<Violation> violations(EndpointConfig config, RuleContext context) {
        return Scopes.when(
                config.dataCapture(),
                Boolean.TRUE::equals,
                "written",
                Scopes.whenTrue(
                        config.captureEnabled(), config.captureKmsKeyId().violationWhenUnset()))
                .stream();
    }
}
