package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.AppImageConfig;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.List;
import java.util.Map;

/** App image configurations must be tagged (Security Hub SageMaker.6). */
public final class AppImageConfigTagged extends TagsRule<AppImageConfig> {

    public static final RuleMeta META = new RuleMeta(
            "SageMaker.6",
            "SageMaker app image configurations should be tagged",
            Severity.LOW,
            List.of(Standards.TAGGING),
            "sagemaker-app-image-config-tagged",
            "app image configuration",
            List.of("AWS::SageMaker::AppImageConfig"),
            List.of("Tags"),
            "untagged resources cannot be attributed to an owner or cost centre, nor governed by tag-based "
                    + "access control",
            Fix.IN_PLACE,
            "Tags can be changed in place.",
            new Remediation(
                    "Add `Tags: [{Key: team, Value: ml-platform}]` with every key your organisation requires.",
                    "Set `tags = { team = \"ml-platform\" }` on `aws_sagemaker_app_image_config`, or "
                            + "`default_tags` on the provider.",
                    "Pass `tags: [{ key: 'team', value: 'ml-platform' }]` to "
                            + "`new sagemaker.CfnAppImageConfig(...)`, or use `Tags.of(scope).add(...)`."),
            Standards.controlUrl("SageMaker.6"));

    public AppImageConfigTagged() {
        super(AppImageConfig.class, META);
    }

    @Override
    Prop<Map<String, String>> tags(AppImageConfig resource) {
        return resource.tags();
    }
}
