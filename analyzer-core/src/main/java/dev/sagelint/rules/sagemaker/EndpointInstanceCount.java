package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Scopes;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.List;
import java.util.stream.Stream;

/**
 * Production variants of instance-based endpoint configurations must start with more than one instance
 * (Security Hub SageMaker.4). Serverless variants are out of the control's scope.
 */
public final class EndpointInstanceCount extends ResourceRule<EndpointConfig> {

    /** The parameter that sets the smallest passing count; Security Hub's threshold is "greater than 1". */
    public static final String MINIMUM_PARAMETER = "minimumInstanceCount";

    public static final RuleMeta META = new RuleMeta(
            "SageMaker.4",
            "SageMaker endpoint production variants should have an initial instance count greater than 1",
            Severity.MEDIUM,
            List.of(Standards.FSBP, Standards.AI_SECURITY),
            "sagemaker-endpoint-config-prod-instance-count",
            "endpoint configuration",
            List.of("AWS::SageMaker::EndpointConfig"),
            List.of("ProductionVariants[*].InitialInstanceCount", "ProductionVariants[*].ServerlessConfig"),
            "the endpoint runs on a single instance, so one instance failure or one Availability Zone outage "
                    + "takes it down",
            Fix.REPLACEMENT,
            "ProductionVariants is create-only: the change creates a new endpoint configuration, and updating "
                    + "the endpoint to it replaces the hosting instances (with no downtime when done as a "
                    + "blue/green update).",
            new Remediation(
                    "Set `InitialInstanceCount: 2` (or more) on every instance-based production variant; SageMaker "
                            + "spreads the instances across Availability Zones.",
                    "Set `initial_instance_count = 2` (or more) in every `production_variants` block of "
                            + "`aws_sagemaker_endpoint_configuration`.",
                    "Pass `initialInstanceCount: 2` in every entry of `productionVariants` of "
                            + "`new sagemaker.CfnEndpointConfig(...)`."),
            Standards.controlUrl("SageMaker.4"));

    public EndpointInstanceCount() {
        super(EndpointConfig.class, META);
    }

    @Override
    protected Stream<Violation> violations(EndpointConfig config, RuleContext context) {
        int minimum = Integer.parseInt(context.parameter(META.id(), MINIMUM_PARAMETER, List.of("2")).get(0));
        return config.productionVariants().stream()
                .flatMap(v -> Scopes.when(v.serverless(), s -> !Boolean.TRUE.equals(s), "not set",
                        v.initialInstanceCount().violation(c -> c == null || c < minimum)).stream());
    }
}
