package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.model.sagemaker.TrainingJob;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import java.util.stream.Stream;

/**
 * Training and processing jobs should enable network isolation. Not a Security Hub control; Prowler checks it for
 * training jobs ({@code sagemaker_training_jobs_network_isolation_enabled}). The API default is {@code false}
 * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html).
 */
public final class JobNetworkIsolation extends ResourceRule<SageMakerResource> {

    public static final RuleMeta META = RuleMeta.builder("JobNetworkIsolation")
            .title("SageMaker training and processing jobs should enable network isolation")
            .severity(Severity.MEDIUM)
            .noAwsConfigRule("AWS Config has no managed rule for jobs; Prowler checks training jobs")
            .peerIds("sagemaker_training_jobs_network_isolation_enabled")
            .subject("job")
            .resourceTypes(JobResourceTypes.JOBS)
            .resourceNote("training, tuning and processing jobs inside state machines and pipelines too")
            .properties("EnableNetworkIsolation", "NetworkConfig.EnableNetworkIsolation")
            .terraformProperties("enable_network_isolation", "network_config.enable_network_isolation")
            .propertyNote("inside `jsonencode(...)` definitions, the CloudFormation names")
            .risk("the job's containers can make outbound network calls, so code in the training or processing "
                    + "image can send data out")
            .fix(
                    Fix.REPLACEMENT,
                    "A job's network settings are fixed when it starts: change the definition, and the next run "
                            + "uses it.")
            .literalFix(true)
            .cloudFormationRemediation("Set `EnableNetworkIsolation: true` in the training job parameters (or "
                    + "`NetworkConfig.EnableNetworkIsolation` for processing jobs) of the state machine task or "
                    + "pipeline step.")
            .terraformRemediation("Set `enable_network_isolation = true` on `aws_sagemaker_training_job` (or in "
                    + "`network_config` of `awscc_sagemaker_processing_job`), or `EnableNetworkIsolation = true` "
                    + "in the job parameters inside `jsonencode(...)`.")
            .cdkRemediation("Pass `enableNetworkIsolation: true` to `SageMakerCreateTrainingJob`; for other jobs write "
                    + "the parameter in the task's or step's JSON.")
            .awsDocUrl("https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html")
            .build();

    public JobNetworkIsolation() {
        super(SageMakerResource.class, META);
    }

    @Override
    protected Stream<Violation> violations(SageMakerResource resource, RuleContext context) {
        Prop<Boolean> isolation = resource instanceof TrainingJob t
                ? t.networkIsolation()
                : resource instanceof ProcessingJob p ? p.network().networkIsolation() : null;
        if (isolation == null) return Stream.empty();
        return isolation.violation(v -> !Boolean.TRUE.equals(v)).stream();
    }
}
