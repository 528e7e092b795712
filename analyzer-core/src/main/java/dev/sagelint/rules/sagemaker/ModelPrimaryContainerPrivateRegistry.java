package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.stream.Stream;

/**
 * The primary container of a model must pull its image from a private registry in the VPC (Security Hub
 * SageMaker.16): {@code ImageConfig.RepositoryAccessMode} must be {@code Vpc}; a missing {@code ImageConfig} fails.
 */
public final class ModelPrimaryContainerPrivateRegistry extends ResourceRule<Model> {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.16")
            .title("SageMaker models should use private registry in VPC for primary containers")
            .severity(Severity.MEDIUM)
            .standards(Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-model-private-registry-required")
            .subject("model")
            .resourceTypes("AWS::SageMaker::Model", "aws_sagemaker_model", "awscc_sagemaker_model")
            .properties("PrimaryContainer.ImageConfig.RepositoryAccessMode")
            .terraformProperties("primary_container.image_config.repository_access_mode")
            .risk("the inference image is pulled from Amazon ECR over the SageMaker platform network rather than from "
                    + "a private registry reached through your VPC")
            .fix(
                    Fix.REPLACEMENT,
                    "PrimaryContainer is create-only: the change creates a new model, and endpoint "
                            + "configurations that name it must be updated.")
            .literalFix("Vpc")
            .cloudFormationRemediation("Under `PrimaryContainer`, set `ImageConfig: {RepositoryAccessMode: Vpc}` "
                    + "and give the model a `VpcConfig` that reaches the registry.")
            .terraformRemediation("Add `image_config { repository_access_mode = \"Vpc\" }` to the "
                    + "`primary_container` of `aws_sagemaker_model`, with a `vpc_config`.")
            .cdkRemediation("Pass `imageConfig: { repositoryAccessMode: 'Vpc' }` in `primaryContainer` of "
                    + "`new sagemaker.CfnModel(...)`, with a `vpcConfig`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.16"))
            .build();

    public ModelPrimaryContainerPrivateRegistry() {
        super(Model.class, META);
    }

    @Override
    protected Stream<Violation> violations(Model model, RuleContext context) {
        return model.primaryContainer().stream()
                .flatMap(c -> c.repositoryAccessMode().violation(m -> !"Vpc".equals(m)).stream());
    }
}
