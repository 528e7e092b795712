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

/** Models must have network isolation enabled (Security Hub SageMaker.5). */
public final class ModelNetworkIsolation extends ResourceRule<Model> {

    public static final RuleMeta META = RuleMeta.builder("SageMaker.5")
            .title("SageMaker models should have network isolation enabled")
            .severity(Severity.MEDIUM)
            .standards(Standards.FSBP, Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-model-isolation-enabled")
            .peerIds("CKV_AWS_370", "sagemaker_models_network_isolation_enabled")
            .subject("model")
            .resourceTypes("AWS::SageMaker::Model", "aws_sagemaker_model")
            .properties("EnableNetworkIsolation")
            .terraformProperties("enable_network_isolation")
            .risk("the model's inference containers can make outbound network calls, so a compromised or malicious "
                    + "container can send data out")
            .fix(
                    Fix.REPLACEMENT,
                    "EnableNetworkIsolation is create-only: changing it replaces the model; endpoint "
                            + "configurations that name the model must be updated to the new one.")
            .literalFix(true)
            .cloudFormationRemediation("Set `EnableNetworkIsolation: true` on the `AWS::SageMaker::Model`.")
            .terraformRemediation("Set `enable_network_isolation = true` on `aws_sagemaker_model`.")
            .cdkRemediation("Pass `enableNetworkIsolation: true` to `new sagemaker.CfnModel(...)`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.5"))
            .build();

    public ModelNetworkIsolation() {
        super(Model.class, META);
    }

    @Override
    protected Stream<Violation> violations(Model model, RuleContext context) {
        return model.enableNetworkIsolation().violation(v -> !Boolean.TRUE.equals(v)).stream();
    }
}
