package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.AppImageConfig;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.Map;

/** App image configurations must be tagged (Security Hub SageMaker.6). */
public final class AppImageConfigTagged extends TagsRule<AppImageConfig> {

    public static final RuleMeta META = tagsMeta("SageMaker.6", "aws_sagemaker_app_image_config", "CfnAppImageConfig")
            .title("SageMaker app image configurations should be tagged")
            .severity(Severity.LOW)
            .standards(Standards.TAGGING)
            .awsConfigRule("sagemaker-app-image-config-tagged")
            .subject("app image configuration")
            .resourceTypes(
                    "AWS::SageMaker::AppImageConfig",
                    "aws_sagemaker_app_image_config",
                    "awscc_sagemaker_app_image_config")
            .awsDocUrl(Standards.controlUrl("SageMaker.6"))
            .build();

    public AppImageConfigTagged() {
        super(AppImageConfig.class, META);
    }

    @Override
    Prop<Map<String, String>> tags(AppImageConfig resource) {
        return resource.tags();
    }
}
