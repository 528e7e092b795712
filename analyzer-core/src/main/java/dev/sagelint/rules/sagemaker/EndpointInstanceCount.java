package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Param;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Scopes;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.stream.Stream;

/**
 * Production variants of instance-based endpoint configurations must start with more than one instance
 * (Security Hub SageMaker.4). Serverless variants are out of the control's scope. As in the AWS Config rule
 * {@code sagemaker-endpoint-config-prod-instance-count}, only a count that is written and below the threshold fails
 * (a count of 1 with the default threshold, the smallest count the API accepts): an absent count is not a count of 1.
 * https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-endpoint-config-prod-instance-count.html
 */
public final class EndpointInstanceCount extends ResourceRule<EndpointConfig> {

    /**
     * The smallest passing instance count. Security Hub's threshold is "greater than 1" and it offers no parameter
     * for it; this one lets a project be stricter.
     */
    public static final Param<Integer> MINIMUM_INSTANCE_COUNT = Param.integer(
                    "minimumInstanceCount",
                    2,
                    "the smallest initial instance count of an instance-based production variant that passes")
            .min(1);

    public static final RuleMeta META = RuleMeta.builder("SageMaker.4")
            .title("SageMaker endpoint production variants should have an initial instance count greater than 1")
            .severity(Severity.MEDIUM)
            .standards(Standards.FSBP, Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-endpoint-config-prod-instance-count")
            .peerIds("sagemaker_endpoint_config_prod_variant_instances")
            .subject("endpoint configuration")
            .resourceTypes(
                    "AWS::SageMaker::EndpointConfig",
                    "aws_sagemaker_endpoint_configuration",
                    "awscc_sagemaker_endpoint_config")
            .properties("ProductionVariants[*].InitialInstanceCount", "ProductionVariants[*].ServerlessConfig")
            .terraformProperties("production_variants.initial_instance_count", "production_variants.serverless_config")
            .risk("the endpoint runs on a single instance, so one instance failure or one Availability Zone outage "
                    + "takes it down")
            .fix(
                    Fix.REPLACEMENT,
                    "ProductionVariants is create-only: the change creates a new endpoint "
                            + "configuration, and updating "
                            + "the endpoint to it replaces the hosting instances (with no downtime when done as a "
                            + "blue/green update).")
            .valueNeeded("an initial instance count of at least the configured minimum")
            .cloudFormationRemediation("Set `InitialInstanceCount: 2` (or more) on every instance-based production "
                    + "variant; SageMaker spreads the instances across Availability Zones.")
            .terraformRemediation("Set `initial_instance_count = 2` (or more) in every `production_variants` block of "
                    + "`aws_sagemaker_endpoint_configuration`.")
            .cdkRemediation("Pass `initialInstanceCount: 2` in every entry of `productionVariants` of "
                    + "`new sagemaker.CfnEndpointConfig(...)`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.4"))
            .params(MINIMUM_INSTANCE_COUNT)
            .build();

    public EndpointInstanceCount() {
        super(EndpointConfig.class, META);
    }

    @Override
    protected Stream<Violation> violations(EndpointConfig config, RuleContext context) {
        int minimum = context.get(MINIMUM_INSTANCE_COUNT);
        return config.productionVariants().stream()
                .flatMap(v -> Scopes.when(
                        v.serverless(),
                        s -> !Boolean.TRUE.equals(s),
                        "not set",
                        v.initialInstanceCount().violation(c -> c != null && c < minimum))
                        .stream());
    }
}
