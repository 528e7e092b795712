package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.Domain;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.List;
import java.util.stream.Stream;

/**
 * Studio domains should send app traffic only through the customer VPC. Not a Security Hub control; mirrors the
 * AWS Config rule {@code sagemaker-domain-in-vpc}. The default is {@code PublicInternetOnly}.
 */
public final class DomainVpcOnly extends ResourceRule<Domain> {

    public static final RuleMeta META = new RuleMeta(
            "DomainVpcOnly",
            "SageMaker Studio domains should use VPC-only network access",
            Severity.MEDIUM,
            List.of(),
            "sagemaker-domain-in-vpc",
            "Studio domain",
            List.of("AWS::SageMaker::Domain"),
            List.of("AppNetworkAccessType"),
            "Studio apps reach the internet through a SageMaker-managed network, outside the controls of your VPC",
            Fix.IN_PLACE,
            "AppNetworkAccessType can be updated in place, but SageMaker accepts the change only while the domain "
                    + "has no running apps.",
            new Remediation(
                    "Set `AppNetworkAccessType: VpcOnly` with `VpcId` and `SubnetIds`.",
                    "Set `app_network_access_type = \"VpcOnly\"` on `aws_sagemaker_domain`.",
                    "Pass `appNetworkAccessType: 'VpcOnly'` to `new sagemaker.CfnDomain(...)`."),
            "https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-domain-in-vpc.html");

    public DomainVpcOnly() {
        super(Domain.class, META);
    }

    @Override
    protected Stream<Violation> violations(Domain domain, RuleContext context) {
        return domain.appNetworkAccessType().violation(v -> !"VpcOnly".equals(v)).stream();
    }
}
