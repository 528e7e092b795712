package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Param;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Scopes;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A control over one kind of monitoring job definition. The eight such controls differ only in the kind and the
 * flag they read, so their metadata is built by {@link #encryptionMeta} and {@link #isolationMeta}.
 */
abstract class MonitoringJobRule extends ResourceRule<MonitoringJobDefinition> {

    /**
     * The smallest instance count the traffic encryption controls evaluate. The AWS Config rules behind them evaluate
     * only job definitions with two or more instances, e.g.
     * https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-data-quality-job-encrypt-in-transit.html
     */
    public static final Param<Integer> MINIMUM_INSTANCE_COUNT = Param.integer(
                    "minimumInstanceCount",
                    2,
                    "the smallest instance count of a job definition that is checked; 1 checks every definition")
            .min(1);

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
        return Scopes.whenInstanceCountAtLeast(
                d.instanceCount(),
                context.get(MINIMUM_INSTANCE_COUNT),
                d.network().interContainerTrafficEncryption().violation(v -> !Boolean.TRUE.equals(v)));
    }

    static Optional<Violation> networkIsolation(MonitoringJobDefinition d) {
        return d.network().networkIsolation().violation(v -> !Boolean.TRUE.equals(v));
    }

    /**
     * The metadata of a traffic encryption control over one kind of job definition; {@code terraformTypes} lists the
     * Terraform types of that kind, the one to name in the remediation first.
     */
    static RuleMeta encryptionMeta(String id, MonitoringKind kind, String configRule, String... terraformTypes) {
        String cfnType = cloudFormationType(kind);
        return RuleMeta.builder(id)
                .title("SageMaker " + kind.words() + " job definitions should have inter-container traffic "
                        + "encryption enabled")
                .severity(Severity.MEDIUM)
                .standards(Standards.AI_SECURITY)
                .awsConfigRule(configRule)
                .peerIds(encryptionPeers(kind))
                .subject(kind.words() + " job definition")
                .resourceTypes(types(cfnType, terraformTypes))
                .properties(
                        "NetworkConfig.EnableInterContainerTrafficEncryption",
                        "JobResources.ClusterConfig.InstanceCount")
                .terraformProperties(
                        "network_config.enable_inter_container_traffic_encryption",
                        "job_resources.cluster_config.instance_count")
                .risk("traffic between the instances of the distributed monitoring job, which carries the data "
                        + "under analysis, is not encrypted")
                .fix(Fix.REPLACEMENT, CREATE_ONLY)
                .literalFix(true)
                .cloudFormationRemediation("Set `NetworkConfig: {EnableInterContainerTrafficEncryption: true}` on "
                        + "the `" + cfnType + "`.")
                .terraformRemediation("Set `enable_inter_container_traffic_encryption = true` in the "
                        + "`network_config` of `" + terraformTypes[0] + "`.")
                .cdkRemediation("Pass `networkConfig: { enableInterContainerTrafficEncryption: true }` to "
                        + "`new sagemaker." + cdkClass(kind) + "(...)`.")
                .awsDocUrl(Standards.controlUrl(id))
                .params(MINIMUM_INSTANCE_COUNT)
                .build();
    }

    /** The metadata of a network isolation control over one kind of job definition; see {@link #encryptionMeta}. */
    static RuleMeta isolationMeta(
            String id, MonitoringKind kind, Severity severity, String configRule, String... terraformTypes) {
        String cfnType = cloudFormationType(kind);
        return RuleMeta.builder(id)
                .title("SageMaker " + kind.words() + " job definitions should have network isolation enabled")
                .severity(severity)
                .standards(Standards.AI_SECURITY)
                .awsConfigRule(configRule)
                .subject(kind.words() + " job definition")
                .resourceTypes(types(cfnType, terraformTypes))
                .properties("NetworkConfig.EnableNetworkIsolation")
                .terraformProperties("network_config.enable_network_isolation")
                .risk("the monitoring job's containers can make outbound network calls and send the data they "
                        + "analyze out of the account")
                .fix(Fix.REPLACEMENT, CREATE_ONLY)
                .literalFix(true)
                .cloudFormationRemediation(
                        "Set `NetworkConfig: {EnableNetworkIsolation: true}` on the `" + cfnType + "`.")
                .terraformRemediation(
                        "Set `enable_network_isolation = true` in the `network_config` of `" + terraformTypes[0] + "`.")
                .cdkRemediation("Pass `networkConfig: { enableNetworkIsolation: true }` to `new sagemaker."
                        + cdkClass(kind) + "(...)`.")
                .awsDocUrl(Standards.controlUrl(id))
                .build();
    }

    /**
     * Other tools' ids of the traffic encryption check of one kind: Checkov checks data quality job definitions only
     * (CKV_AWS_369, which also fails single-instance definitions).
     */
    private static String[] encryptionPeers(MonitoringKind kind) {
        return kind == MonitoringKind.DATA_QUALITY ? new String[] {"CKV_AWS_369"} : new String[0];
    }

    private static final String CREATE_ONLY = "Every property of a monitoring job definition is create-only: the "
            + "change creates a new definition, and schedules that name it must be updated.";

    /** {@code AWS::SageMaker::DataQualityJobDefinition} for {@code data quality}, and so on. */
    private static String cloudFormationType(MonitoringKind kind) {
        return "AWS::SageMaker::" + kind.monitoringType() + "JobDefinition";
    }

    /** {@code CfnDataQualityJobDefinition} for {@code data quality}, and so on. */
    private static String cdkClass(MonitoringKind kind) {
        return "Cfn" + kind.monitoringType() + "JobDefinition";
    }

    private static String[] types(String cfnType, String... terraformTypes) {
        String[] all = new String[terraformTypes.length + 1];
        all[0] = cfnType;
        System.arraycopy(terraformTypes, 0, all, 1, terraformTypes.length);
        return all;
    }
}
