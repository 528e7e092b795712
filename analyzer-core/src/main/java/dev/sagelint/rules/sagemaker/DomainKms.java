package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.Domain;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.stream.Stream;

/**
 * Studio domains should encrypt their storage with a customer managed KMS key. Not a Security Hub control and no
 * AWS Config managed rule; Checkov CKV_AWS_187 and Prowler {@code sagemaker_domain_encrypted_with_cmk} check it.
 */
public final class DomainKms extends ResourceRule<Domain> {

    public static final RuleMeta META = RuleMeta.builder("DomainKms")
            .title("SageMaker Studio domains should encrypt their storage with a customer managed KMS key")
            .severity(Severity.HIGH)
            .severityNote("Prowler rates its `sagemaker_domain_encrypted_with_cmk` high")
            .noAwsConfigRule("AWS Config has no managed rule for it; Checkov and Prowler check it")
            .peerIds("CKV_AWS_187", "sagemaker_domain_encrypted_with_cmk")
            .subject("Studio domain")
            .resourceTypes("AWS::SageMaker::Domain", "aws_sagemaker_domain", "awscc_sagemaker_domain")
            .properties("KmsKeyId")
            .terraformProperties("kms_key_id")
            .risk("the EFS volume that holds every user's home directory, and the apps' EBS volumes, are "
                    + "encrypted with an AWS managed key whose policy you cannot restrict or audit")
            .fix(
                    Fix.REPLACEMENT,
                    "KmsKeyId is create-only in CloudFormation and forces a new resource in Terraform: adding it "
                            + "replaces the domain and its EFS volume, with every user's files.")
            .valueNeeded("a customer managed KMS key ARN")
            .placeholder("REPLACE-ME-kms-key-arn")
            .cloudFormationRemediation("Set `KmsKeyId` on the `AWS::SageMaker::Domain` to a customer managed key.")
            .terraformRemediation("Set `kms_key_id` on `aws_sagemaker_domain` to a customer managed key.")
            .cdkRemediation("Pass `kmsKeyId: key.keyId` to `new sagemaker.CfnDomain(...)`.")
            .awsDocUrl("https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-studio.html")
            .build();

    public DomainKms() {
        super(Domain.class, META);
    }

    @Override
    protected Stream<Violation> violations(Domain domain, RuleContext context) {
        return domain.kmsKeyId().violationWhenUnset().stream();
    }
}
