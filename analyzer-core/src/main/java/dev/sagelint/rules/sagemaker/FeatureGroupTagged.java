package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.FeatureGroup;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.Map;

/**
 * SageMaker feature groups should be tagged. Not a Security Hub control; mirrors the AWS Config managed rule {@code sagemaker-feature-group-tagged}, which works like the
 * rules behind SageMaker.6 and .7 (optional {@code requiredKeyTags}, {@code aws:} keys ignored).
 */
public final class FeatureGroupTagged extends TagsRule<FeatureGroup> {

    public static final RuleMeta META = tagsMeta("FeatureGroupTagged", "aws_sagemaker_feature_group", "CfnFeatureGroup")
            .title("SageMaker feature groups should be tagged")
            .severity(Severity.LOW)
            .severityNote("the Security Hub tagging controls SageMaker.6 and .7 are low")
            .awsConfigRule("sagemaker-feature-group-tagged")
            .subject("feature group")
            .resourceTypes(
                    "AWS::SageMaker::FeatureGroup", "aws_sagemaker_feature_group", "awscc_sagemaker_feature_group")
            .awsDocUrl("https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-feature-group-tagged.html")
            .build();

    public FeatureGroupTagged() {
        super(FeatureGroup.class, META);
    }

    @Override
    Prop<Map<String, String>> tags(FeatureGroup resource) {
        return resource.tags();
    }
}
