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
 * Every container of a multi-container model must pull its image from a private registry in the VPC (Security Hub
 * SageMaker.19).
 */
public final class ModelContainersPrivateRegistry extends ResourceRule<Model> {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.19")
            .title("SageMaker models should use private registry in VPC for multi-container inference pipelines")
            .severity(Severity.MEDIUM)
            .standards(Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-model-multicontainer-private-registry")
            .subject("model")
            .resourceTypes("AWS::SageMaker::Model", "aws_sagemaker_model", "awscc_sagemaker_model")
            .properties("Containers[*].ImageConfig.RepositoryAccessMode")
            .terraformProperties("container.image_config.repository_access_mode")
            .propertyNote("`containers` in awscc")
            .risk("the container's image is pulled from Amazon ECR over the SageMaker platform network rather than "
                    + "from a private registry reached through your VPC")
            .fix(
                    Fix.REPLACEMENT,
                    "Containers is create-only: the change creates a new model, and endpoint "
                            + "configurations that name it must be updated.")
            .literalFix("Vpc")
            .cloudFormationRemediation("In every entry of `Containers`, set `ImageConfig: {RepositoryAccessMode: "
                    + "Vpc}` and give the model a `VpcConfig` that reaches the registry.")
            .terraformRemediation("Add `image_config { repository_access_mode = \"Vpc\" }` to every `container` "
                    + "block of `aws_sagemaker_model`, with a `vpc_config`.")
            .cdkRemediation("Pass `imageConfig: { repositoryAccessMode: 'Vpc' }` in every entry of `containers` of "
                    + "`new sagemaker.CfnModel(...)`, with a `vpcConfig`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.19"))
            .build();

    public ModelContainersPrivateRegistry() {
        super(Model.class, META);
    }

    @Override
    protected Stream<Violation> violations(Model model, RuleContext context) {
        return model.containers().stream()
                .flatMap(c -> c.repositoryAccessMode().violation(m -> !"Vpc".equals(m)).stream());
    }
}
