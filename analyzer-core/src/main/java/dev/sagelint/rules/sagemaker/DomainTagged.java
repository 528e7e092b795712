package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.Domain;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.Map;

/**
 * SageMaker Studio domains should be tagged. Not a Security Hub control; mirrors the AWS Config managed rule {@code sagemaker-domain-tagged}, which works like the
 * rules behind SageMaker.6 and .7 (optional {@code requiredKeyTags}, {@code aws:} keys ignored).
 */
public final class DomainTagged extends TagsRule<Domain> {

    public static final RuleMeta META = tagsMeta("DomainTagged", "aws_sagemaker_domain", "CfnDomain")
            .title("SageMaker Studio domains should be tagged")
            .severity(Severity.LOW)
            .severityNote("the Security Hub tagging controls SageMaker.6 and .7 are low")
            .awsConfigRule("sagemaker-domain-tagged")
            .subject("Studio domain")
            .resourceTypes("AWS::SageMaker::Domain", "aws_sagemaker_domain", "awscc_sagemaker_domain")
            .awsDocUrl("https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-domain-tagged.html")
            .build();

    public DomainTagged() {
        super(Domain.class, META);
    }

    @Override
    Prop<Map<String, String>> tags(Domain resource) {
        return resource.tags();
    }
}
