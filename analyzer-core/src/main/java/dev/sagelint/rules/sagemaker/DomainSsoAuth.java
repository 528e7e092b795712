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
 * Studio domains should authenticate users through IAM Identity Center ({@code AuthMode: SSO}). Not a Security Hub
 * control and no AWS Config managed rule; Prowler checks it ({@code sagemaker_domain_sso_configured}).
 */
public final class DomainSsoAuth extends ResourceRule<Domain> {

    public static final RuleMeta META = RuleMeta.builder("DomainSsoAuth")
            .title("SageMaker Studio domains should authenticate users with IAM Identity Center")
            .severity(Severity.MEDIUM)
            .severityNote("Prowler rates its `sagemaker_domain_sso_configured` medium")
            .noAwsConfigRule("AWS Config has no managed rule for it; Prowler checks it")
            .peerIds("sagemaker_domain_sso_configured")
            .subject("Studio domain")
            .resourceTypes("AWS::SageMaker::Domain", "aws_sagemaker_domain", "awscc_sagemaker_domain")
            .properties("AuthMode")
            .terraformProperties("auth_mode")
            .risk("Studio users are IAM identities managed apart from your identity provider, so offboarding, MFA "
                    + "and session policies of IAM Identity Center do not govern who opens Studio")
            .fix(
                    Fix.REPLACEMENT,
                    "AuthMode is create-only in CloudFormation and forces a new resource in Terraform: the change "
                            + "replaces the domain, its user profiles and its EFS volume.")
            .valueNeeded("IAM Identity Center set up for the account, since the domain then authenticates through it")
            .cloudFormationRemediation("Set `AuthMode: SSO` on the `AWS::SageMaker::Domain`.")
            .terraformRemediation("Set `auth_mode = \"SSO\"` on `aws_sagemaker_domain`.")
            .cdkRemediation("Pass `authMode: 'SSO'` to `new sagemaker.CfnDomain(...)`.")
            .awsDocUrl("https://docs.aws.amazon.com/sagemaker/latest/dg/onboard-sso-users.html")
            .build();

    public DomainSsoAuth() {
        super(Domain.class, META);
    }

    @Override
    protected Stream<Violation> violations(Domain domain, RuleContext context) {
        return domain.authMode().violation(v -> !"SSO".equals(v)).stream();
    }
}
