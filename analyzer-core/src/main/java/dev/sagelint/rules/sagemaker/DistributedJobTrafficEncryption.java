package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.model.sagemaker.TrainingJob;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Param;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Scopes;
import dev.sagelint.rules.Severity;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Distributed training and processing jobs (more than one instance) should encrypt the traffic between their
 * instances. Not a Security Hub control; inter-container encryption only matters when a job spans instances
 * (https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html).
 */
public final class DistributedJobTrafficEncryption extends ResourceRule<SageMakerResource> {

    /**
     * The smallest instance count that makes a job distributed and so in scope: inter-container traffic exists
     * only between two or more instances.
     */
    public static final Param<Integer> MINIMUM_INSTANCE_COUNT = Param.integer(
                    "minimumInstanceCount",
                    2,
                    "the smallest instance count of a training or processing job that is checked")
            .min(1);

    /** The job types that are resources of their own, all of whose properties are create-only. */
    private static final Set<String> STANDALONE_JOBS = Set.of(
            "AWS::SageMaker::ProcessingJob",
            "AWS::SageMaker::TrainingJob",
            "aws_sagemaker_training_job",
            "awscc_sagemaker_processing_job");

    public static final RuleMeta META = RuleMeta.builder("DistributedJobTrafficEncryption")
            .title("Distributed SageMaker training and processing jobs should encrypt inter-container traffic")
            .severity(Severity.MEDIUM)
            .noAwsConfigRule("no AWS Config managed rule was found for this setting")
            .peerIds("sagemaker_training_jobs_intercontainer_encryption_enabled")
            .subject("job")
            .resourceTypes(JobResourceTypes.JOBS)
            .resourceNote("training and processing jobs inside state machines and pipelines")
            .properties(
                    "EnableInterContainerTrafficEncryption",
                    "ResourceConfig.InstanceCount",
                    "NetworkConfig.EnableInterContainerTrafficEncryption",
                    "ProcessingResources.ClusterConfig.InstanceCount")
            .terraformProperties("enable_inter_container_traffic_encryption", "resource_config.instance_count")
            .propertyNote("inside `jsonencode(...)` definitions, the CloudFormation names")
            .risk("the instances of the distributed job exchange training data and model parameters unencrypted")
            .fix(
                    Fix.IN_PLACE,
                    "A state machine or pipeline definition is updated in place, and the jobs it starts from then on "
                            + "use the new setting; a job resource of its own (`AWS::SageMaker::TrainingJob`, "
                            + "`AWS::SageMaker::ProcessingJob`, `aws_sagemaker_training_job`) is replaced.")
            .literalFix(true)
            .cloudFormationRemediation("Set `EnableInterContainerTrafficEncryption: true` in the training job "
                    + "parameters (or "
                    + "`NetworkConfig.EnableInterContainerTrafficEncryption` for processing jobs) of the "
                    + "state machine task or pipeline step.")
            .terraformRemediation("Set `EnableInterContainerTrafficEncryption = true` in the job parameters inside the "
                    + "`jsonencode(...)` definition of `aws_sfn_state_machine` or `aws_sagemaker_pipeline`, "
                    + "or `enable_inter_container_traffic_encryption = true` on `aws_sagemaker_training_job`.")
            .cdkRemediation("`SageMakerCreateTrainingJob` has no property for it: write the task as a "
                    + "`sfn.CustomState` whose `stateJson` holds the `createTrainingJob` parameters with "
                    + "`EnableInterContainerTrafficEncryption: true`.")
            .awsDocUrl("https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html")
            .params(MINIMUM_INSTANCE_COUNT)
            .build();

    public DistributedJobTrafficEncryption() {
        super(SageMakerResource.class, META);
    }

    /** Job resources of their own are replaced; a workflow definition that starts jobs is updated in place. */
    @Override
    protected boolean fixReplaces(SageMakerResource resource) {
        return STANDALONE_JOBS.contains(resource.id().sourceType());
    }

    @Override
    protected Stream<Violation> violations(SageMakerResource resource, RuleContext context) {
        if (resource instanceof TrainingJob job) {
            return check(job.interContainerTrafficEncryption(), job.instanceCount(), context);
        }
        if (resource instanceof ProcessingJob job) {
            return check(job.network().interContainerTrafficEncryption(), job.instanceCount(), context);
        }
        return Stream.empty();
    }

    private static Stream<Violation> check(Prop<Boolean> encryption, Prop<Integer> instanceCount, RuleContext context) {
        return Scopes.whenInstanceCountAtLeast(
                instanceCount, context.get(MINIMUM_INSTANCE_COUNT), encryption.violation(v -> !Boolean.TRUE.equals(v)))
                .stream();
    }
}
