package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.Image;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.List;
import java.util.Map;

/** SageMaker images must be tagged (Security Hub SageMaker.7). */
public final class ImageTagged extends TagsRule<Image> {

    public static final RuleMeta META = new RuleMeta(
            "SageMaker.7",
            "SageMaker images should be tagged",
            Severity.LOW,
            List.of(Standards.TAGGING),
            "sagemaker-image-tagged",
            "image",
            List.of("AWS::SageMaker::Image"),
            List.of("Tags"),
            "untagged resources cannot be attributed to an owner or cost centre, nor governed by tag-based "
                    + "access control",
            Fix.IN_PLACE,
            "Tags can be changed in place.",
            new Remediation(
                    "Add `Tags: [{Key: team, Value: ml-platform}]` with every key your organisation requires.",
                    "Set `tags = { team = \"ml-platform\" }` on `aws_sagemaker_image`, or `default_tags` on the "
                            + "provider.",
                    "Pass `tags: [{ key: 'team', value: 'ml-platform' }]` to `new sagemaker.CfnImage(...)`, or "
                            + "use `Tags.of(scope).add(...)`."),
            Standards.controlUrl("SageMaker.7"));

    public ImageTagged() {
        super(Image.class, META);
    }

    @Override
    Prop<Map<String, String>> tags(Image resource) {
        return resource.tags();
    }
}
