package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.AppImageConfig;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.Map;

/** App image configurations must be tagged (Security Hub SageMaker.6). */
public final class AppImageConfigTagged extends TagsRule<AppImageConfig> {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.6")
            .title("SageMaker app image configurations should be tagged")
            .severity(Severity.LOW)
            .standards(Standards.TAGGING)
            .awsConfigRule("sagemaker-app-image-config-tagged")
            .subject("app image configuration")
            .resourceTypes(
                    "AWS::SageMaker::AppImageConfig",
                    "aws_sagemaker_app_image_config",
                    "awscc_sagemaker_app_image_config")
            .properties("Tags")
            .terraformProperties("tags")
            .propertyNote("`tags_all` in a Terraform plan")
            .risk("untagged resources cannot be attributed to an owner or cost centre, nor governed by tag-based "
                    + "access control")
            .fix(Fix.IN_PLACE, "Tags can be changed in place.")
            .valueNeeded("the tags your organization requires")
            .cloudFormationRemediation(
                    "Add `Tags: [{Key: team, Value: ml-platform}]` with every key your " + "organisation requires.")
            .terraformRemediation("Set `tags = { team = \"ml-platform\" }` on `aws_sagemaker_app_image_config`, or "
                    + "`default_tags` on the provider.")
            .cdkRemediation("Pass `tags: [{ key: 'team', value: 'ml-platform' }]` to "
                    + "`new sagemaker.CfnAppImageConfig(...)`, or use `Tags.of(scope).add(...)`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.6"))
            .params(REQUIRED_KEY_TAGS)
            .build();

    public AppImageConfigTagged() {
        super(AppImageConfig.class, META);
    }

    @Override
    Prop<Map<String, String>> tags(AppImageConfig resource) {
        return resource.tags();
    }
}
