package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.Image;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.Map;

/** SageMaker images must be tagged (Security Hub SageMaker.7). */
public final class ImageTagged extends TagsRule<Image> {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.7")
            .title("SageMaker images should be tagged")
            .severity(Severity.LOW)
            .standards(Standards.TAGGING)
            .awsConfigRule("sagemaker-image-tagged")
            .subject("image")
            .resourceTypes("AWS::SageMaker::Image", "aws_sagemaker_image", "awscc_sagemaker_image")
            .properties("Tags")
            .terraformProperties("tags")
            .propertyNote("`tags_all` in a Terraform plan")
            .risk("untagged resources cannot be attributed to an owner or cost centre, nor governed by tag-based "
                    + "access control")
            .fix(Fix.IN_PLACE, "Tags can be changed in place.")
            .valueNeeded("the tags your organization requires")
            .cloudFormationRemediation(
                    "Add `Tags: [{Key: team, Value: ml-platform}]` with every key your " + "organisation requires.")
            .terraformRemediation("Set `tags = { team = \"ml-platform\" }` on `aws_sagemaker_image`, or "
                    + "`default_tags` on the provider.")
            .cdkRemediation("Pass `tags: [{ key: 'team', value: 'ml-platform' }]` to `new sagemaker.CfnImage(...)`, or "
                    + "use `Tags.of(scope).add(...)`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.7"))
            .params(REQUIRED_KEY_TAGS)
            .build();

    public ImageTagged() {
        super(Image.class, META);
    }

    @Override
    Prop<Map<String, String>> tags(Image resource) {
        return resource.tags();
    }
}
