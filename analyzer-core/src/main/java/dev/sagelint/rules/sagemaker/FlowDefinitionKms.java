package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.FlowDefinition;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.stream.Stream;

/**
 * Human review workflows (Amazon Augmented AI flow definitions) should encrypt the review results they write to
 * Amazon S3 with a KMS key. Not a Security Hub control; Checkov CKV_AWS_372 checks it. Without a key SageMaker uses
 * the S3 managed key (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_FlowDefinitionOutputConfig.html).
 * CloudFormation has no flow definition resource, so the rule reads Terraform only.
 */
public final class FlowDefinitionKms extends ResourceRule<FlowDefinition> {

    public static final RuleMeta META = RuleMeta.builder("FlowDefinitionKms")
            .title("SageMaker human review workflows (flow definitions) should encrypt their output with a KMS key")
            .severity(Severity.MEDIUM)
            .noAwsConfigRule("AWS Config has no managed rule for flow definitions; Checkov checks it")
            .peerIds("CKV_AWS_372")
            .subject("flow definition")
            .resourceTypes("aws_sagemaker_flow_definition")
            .resourceNote("CloudFormation and the awscc provider have no flow definition resource")
            .terraformProperties("output_config.kms_key_id")
            .risk("the human reviewers' answers, and the input data they saw, are written to Amazon S3 under the S3 "
                    + "managed key, whose use you cannot restrict with a key policy or audit separately")
            .fix(
                    Fix.REPLACEMENT,
                    "A flow definition cannot be updated (SageMaker has no UpdateFlowDefinition), and "
                            + "`output_config` forces a new resource in Terraform: the change replaces the flow "
                            + "definition, and callers must use the new ARN.")
            .valueNeeded("a customer managed KMS key ARN")
            .placeholder("REPLACE-ME-kms-key-arn")
            .cloudFormationRemediation("CloudFormation has no flow definition resource; where one is created with "
                    + "the SageMaker API, pass `OutputConfig.KmsKeyId` to `CreateFlowDefinition`.")
            .terraformRemediation("Set `kms_key_id` in the `output_config` block of `aws_sagemaker_flow_definition`.")
            .cdkRemediation("AWS CDK has no flow definition construct; pass `OutputConfig.KmsKeyId` where the flow "
                    + "definition is created (`CreateFlowDefinition`, for example from an `AwsCustomResource`).")
            .awsDocUrl("https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_FlowDefinitionOutputConfig.html")
            .build();

    public FlowDefinitionKms() {
        super(FlowDefinition.class, META);
    }

    @Override
    protected Stream<Violation> violations(FlowDefinition flow, RuleContext context) {
        return flow.outputKmsKeyId().violationWhenUnset().stream();
    }
}
