package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.Image;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.Map;

/** SageMaker images must be tagged (Security Hub SageMaker.7). */
public final class ImageTagged extends TagsRule<Image> {

    public static final RuleMeta META = tagsMeta("SageMaker.7", "aws_sagemaker_image", "CfnImage")
            .title("SageMaker images should be tagged")
            .severity(Severity.LOW)
            .standards(Standards.TAGGING)
            .awsConfigRule("sagemaker-image-tagged")
            .subject("image")
            .resourceTypes("AWS::SageMaker::Image", "aws_sagemaker_image", "awscc_sagemaker_image")
            .awsDocUrl(Standards.controlUrl("SageMaker.7"))
            .build();

    public ImageTagged() {
        super(Image.class, META);
    }

    @Override
    Prop<Map<String, String>> tags(Image resource) {
        return resource.tags();
    }
}
