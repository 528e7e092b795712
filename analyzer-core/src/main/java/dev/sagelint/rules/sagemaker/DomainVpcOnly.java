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
 * Studio domains should send app traffic only through the customer VPC. Not a Security Hub control; mirrors the
 * AWS Config rule {@code sagemaker-domain-in-vpc}. The default is {@code PublicInternetOnly}.
 */
public final class DomainVpcOnly extends ResourceRule<Domain> {

    public static final RuleMeta META = RuleMeta.builder("DomainVpcOnly")
            .title("SageMaker Studio domains should use VPC-only network access")
            .severity(Severity.MEDIUM)
            .awsConfigRule("sagemaker-domain-in-vpc")
            .peerIds("sagemaker_domain_vpc_only_enabled")
            .subject("Studio domain")
            .resourceTypes("AWS::SageMaker::Domain", "aws_sagemaker_domain", "awscc_sagemaker_domain")
            .properties("AppNetworkAccessType")
            .terraformProperties("app_network_access_type")
            .risk("Studio apps reach the internet through a SageMaker-managed network, outside the controls of your "
                    + "VPC")
            .fix(
                    Fix.IN_PLACE,
                    "AppNetworkAccessType can be updated in place, but SageMaker accepts the change only "
                            + "while the domain has no running apps.")
            .literalFix("VpcOnly")
            .cloudFormationRemediation("Set `AppNetworkAccessType: VpcOnly` with `VpcId` and `SubnetIds`.")
            .terraformRemediation("Set `app_network_access_type = \"VpcOnly\"` on `aws_sagemaker_domain`.")
            .cdkRemediation("Pass `appNetworkAccessType: 'VpcOnly'` to `new sagemaker.CfnDomain(...)`.")
            .awsDocUrl("https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-domain-in-vpc.html")
            .build();

    public DomainVpcOnly() {
        super(Domain.class, META);
    }

    @Override
    protected Stream<Violation> violations(Domain domain, RuleContext context) {
        return domain.appNetworkAccessType().violation(v -> !"VpcOnly".equals(v)).stream();
    }
}
