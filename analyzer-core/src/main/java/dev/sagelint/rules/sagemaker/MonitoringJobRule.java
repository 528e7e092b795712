package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Scopes;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A control over one kind of monitoring job definition. The eight such controls differ only in the kind and the
 * flag they read, so their metadata is built by {@link #encryptionMeta} and {@link #isolationMeta}.
 */
abstract class MonitoringJobRule extends ResourceRule<MonitoringJobDefinition> {

    /**
     * The AWS Config rules behind the traffic encryption controls evaluate only job definitions with two or more
     * instances, e.g. https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-data-quality-job-encrypt-in-transit.html
     */
    static final int DISTRIBUTED = 2;

    /** The parameter of the traffic encryption controls that sets the smallest instance count they evaluate. */
    static final String MINIMUM_PARAMETER = "minimumInstanceCount";

    private final MonitoringKind kind;

    MonitoringJobRule(MonitoringKind kind, RuleMeta meta) {
        super(MonitoringJobDefinition.class, meta);
        this.kind = kind;
    }

    abstract Optional<Violation> violation(MonitoringJobDefinition definition, RuleContext context);

    @Override
    protected final Stream<Violation> violations(MonitoringJobDefinition definition, RuleContext context) {
        return definition.kind() == kind ? violation(definition, context).stream() : Stream.empty();
    }

    Optional<Violation> trafficEncryption(MonitoringJobDefinition d, RuleContext context) {
        int minimum = Integer.parseInt(context.parameter(meta().id(), MINIMUM_PARAMETER,
                List.of(String.valueOf(DISTRIBUTED))).get(0));
        return Scopes.whenInstanceCountAtLeast(d.instanceCount(), minimum,
                d.network().interContainerTrafficEncryption().violation(v -> !Boolean.TRUE.equals(v)));
    }

    static Optional<Violation> networkIsolation(MonitoringJobDefinition d) {
        return d.network().networkIsolation().violation(v -> !Boolean.TRUE.equals(v));
    }

    static RuleMeta encryptionMeta(String id, MonitoringKind kind, String configRule, String cfnType,
            String terraformType, String cdkClass) {
        return new RuleMeta(id,
                "SageMaker " + kind.words() + " job definitions should have inter-container traffic encryption "
                        + "enabled",
                Severity.MEDIUM, List.of(Standards.AI_SECURITY), configRule,
                kind.words() + " job definition", List.of(cfnType),
                List.of("NetworkConfig.EnableInterContainerTrafficEncryption",
                        "JobResources.ClusterConfig.InstanceCount"),
                "traffic between the instances of the distributed monitoring job, which carries the data under "
                        + "analysis, is not encrypted",
                Fix.REPLACEMENT,
                "Every property of a monitoring job definition is create-only: the change creates a new definition, "
                        + "and schedules that name it must be updated.",
                new Remediation(
                        "Set `NetworkConfig: {EnableInterContainerTrafficEncryption: true}` on the `" + cfnType
                                + "`.",
                        "Set `enable_inter_container_traffic_encryption = true` in the `network_config` of `"
                                + terraformType + "`.",
                        "Pass `networkConfig: { enableInterContainerTrafficEncryption: true }` to `new sagemaker."
                                + cdkClass + "(...)`."),
                Standards.controlUrl(id));
    }

    static RuleMeta isolationMeta(String id, MonitoringKind kind, Severity severity, String configRule,
            String cfnType, String terraformType, String cdkClass) {
        return new RuleMeta(id,
                "SageMaker " + kind.words() + " job definitions should have network isolation enabled",
                severity, List.of(Standards.AI_SECURITY), configRule,
                kind.words() + " job definition", List.of(cfnType),
                List.of("NetworkConfig.EnableNetworkIsolation"),
                "the monitoring job's containers can make outbound network calls and send the data they analyze "
                        + "out of the account",
                Fix.REPLACEMENT,
                "Every property of a monitoring job definition is create-only: the change creates a new definition, "
                        + "and schedules that name it must be updated.",
                new Remediation(
                        "Set `NetworkConfig: {EnableNetworkIsolation: true}` on the `" + cfnType + "`.",
                        "Set `enable_network_isolation = true` in the `network_config` of `" + terraformType + "`.",
                        "Pass `networkConfig: { enableNetworkIsolation: true }` to `new sagemaker." + cdkClass
                                + "(...)`."),
                Standards.controlUrl(id));
    }
}
