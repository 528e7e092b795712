package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.Domain;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.Map;

/**
 * SageMaker Studio domains should be tagged. Not a Security Hub control; mirrors the AWS Config managed rule {@code sagemaker-domain-tagged}, which works like the
 * rules behind SageMaker.6 and .7 (optional {@code requiredKeyTags}, {@code aws:} keys ignored).
 */
public final class DomainTagged extends TagsRule<Domain> {

    public static final RuleMeta META = RuleMeta.builder("DomainTagged")
            .title("SageMaker Studio domains should be tagged")
            .severity(Severity.LOW)
            .severityNote("the Security Hub tagging controls SageMaker.6 and .7 are low")
            .awsConfigRule("sagemaker-domain-tagged")
            .subject("Studio domain")
            .resourceTypes("AWS::SageMaker::Domain", "aws_sagemaker_domain", "awscc_sagemaker_domain")
            .properties("Tags")
            .terraformProperties("tags")
            .propertyNote("`tags_all` in a Terraform plan")
            .risk("untagged resources cannot be attributed to an owner or cost centre, nor governed by tag-based "
                    + "access control")
            .fix(Fix.IN_PLACE, "Tags can be changed in place.")
            .valueNeeded("the tags your organization requires")
            .cloudFormationRemediation(
                    "Add `Tags: [{Key: team, Value: ml-platform}]` with every key your organisation requires.")
            .terraformRemediation("Set `tags = { team = \"ml-platform\" }` on `aws_sagemaker_domain`, or "
                    + "`default_tags` on the provider.")
            .cdkRemediation("Pass `tags: [{ key: 'team', value: 'ml-platform' }]` to `new sagemaker.CfnDomain(...)`, "
                    + "or use `Tags.of(scope).add(...)`.")
            .awsDocUrl("https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-domain-tagged.html")
            .params(REQUIRED_KEY_TAGS)
            .build();

    public DomainTagged() {
        super(Domain.class, META);
    }

    @Override
    Prop<Map<String, String>> tags(Domain resource) {
        return resource.tags();
    }
}
