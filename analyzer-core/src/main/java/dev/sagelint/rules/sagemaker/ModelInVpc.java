package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.List;
import java.util.stream.Stream;

/**
 * Models should run their containers in a customer VPC. Not a Security Hub control; mirrors the AWS Config rule
 * {@code sagemaker-model-in-vpc}, which fails a model without {@code VpcConfig}.
 */
public final class ModelInVpc extends ResourceRule<Model> {

    public static final RuleMeta META = RuleMeta.builder("ModelInVpc")
            .title("SageMaker models should run in a VPC")
            .severity(Severity.MEDIUM)
            .awsConfigRule("sagemaker-model-in-vpc")
            .peerIds("sagemaker_models_vpc_settings_configured")
            .subject("model")
            .resourceTypes(
                    "AWS::SageMaker::Model",
                    "AWS::SageMaker::Pipeline",
                    "AWS::StepFunctions::StateMachine",
                    "aws_sagemaker_model",
                    "aws_sagemaker_pipeline",
                    "aws_sfn_state_machine",
                    "awscc_sagemaker_model")
            .resourceNote("models created by `createModel` states and `Model` pipeline steps too")
            .properties("VpcConfig.Subnets")
            .terraformProperties("vpc_config.subnets")
            .risk("the hosting and batch transform containers of the model get their network outside your VPC, so "
                    + "security groups, VPC endpoints and flow logs do not apply to their traffic")
            .fix(
                    Fix.REPLACEMENT,
                    "VpcConfig is create-only in CloudFormation and forces a new resource in Terraform: "
                            + "adding it creates a new model, and endpoints must be updated to use it.")
            .valueNeeded("subnets and security groups of your VPC")
            .cloudFormationRemediation("Set `VpcConfig` with `Subnets` and `SecurityGroupIds` of your VPC on the "
                    + "`AWS::SageMaker::Model`.")
            .terraformRemediation(
                    "Add a `vpc_config` block with `subnets` and `security_group_ids` to " + "`aws_sagemaker_model`.")
            .cdkRemediation("Pass `vpcConfig: { subnets: [...], securityGroupIds: [...] }` to "
                    + "`new sagemaker.CfnModel(...)`.")
            .awsDocUrl("https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-model-in-vpc.html")
            .build();

    public ModelInVpc() {
        super(Model.class, META);
    }

    @Override
    protected Stream<Violation> violations(Model model, RuleContext context) {
        Prop<List<String>> subnets = model.vpcSubnets();
        // Subnets that cannot be resolved here are written, and say nothing about being empty.
        if (subnets instanceof Prop.Unknown<List<String>> u
                && u.possibleValues().isEmpty()) return Stream.empty();
        return subnets.violation(s -> s == null || s.isEmpty()).stream();
    }
}
