package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.List;
import java.util.stream.Stream;

/** Models must have network isolation enabled (Security Hub SageMaker.5). */
public final class ModelNetworkIsolation extends ResourceRule<Model> {

    public static final RuleMeta META = new RuleMeta(
            "SageMaker.5",
            "SageMaker models should have network isolation enabled",
            Severity.MEDIUM,
            List.of(Standards.FSBP, Standards.AI_SECURITY),
            "sagemaker-model-isolation-enabled",
            "model",
            List.of("AWS::SageMaker::Model"),
            List.of("EnableNetworkIsolation"),
            "the model's inference containers can make outbound network calls, so a compromised or malicious "
                    + "container can send data out",
            Fix.REPLACEMENT,
            "EnableNetworkIsolation is create-only: changing it replaces the model; endpoint configurations that "
                    + "name the model must be updated to the new one.",
            new Remediation(
                    "Set `EnableNetworkIsolation: true` on the `AWS::SageMaker::Model`.",
                    "Set `enable_network_isolation = true` on `aws_sagemaker_model`.",
                    "Pass `enableNetworkIsolation: true` to `new sagemaker.CfnModel(...)`."),
            Standards.controlUrl("SageMaker.5"));

    public ModelNetworkIsolation() {
        super(Model.class, META);
    }

    @Override
    protected Stream<Violation> violations(Model model, RuleContext context) {
        return model.enableNetworkIsolation().violation(v -> !Boolean.TRUE.equals(v)).stream();
    }
}
