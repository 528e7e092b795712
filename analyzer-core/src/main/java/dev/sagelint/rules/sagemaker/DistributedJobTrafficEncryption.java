package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.model.sagemaker.TrainingJob;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Scopes;
import dev.sagelint.rules.Severity;
import java.util.List;
import java.util.stream.Stream;

/**
 * Distributed training and processing jobs (more than one instance) should encrypt the traffic between their
 * instances. Not a Security Hub control; inter-container encryption only matters when a job spans instances
 * (https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html).
 */
public final class DistributedJobTrafficEncryption extends ResourceRule<SageMakerResource> {

    public static final RuleMeta META = new RuleMeta(
            "DistributedJobTrafficEncryption",
            "Distributed SageMaker training and processing jobs should encrypt inter-container traffic",
            Severity.MEDIUM,
            List.of(),
            null,
            "job",
            List.of("AWS::StepFunctions::StateMachine", "AWS::SageMaker::Pipeline", "AWS::SageMaker::ProcessingJob"),
            List.of("EnableInterContainerTrafficEncryption", "ResourceConfig.InstanceCount",
                    "NetworkConfig.EnableInterContainerTrafficEncryption",
                    "ProcessingResources.ClusterConfig.InstanceCount"),
            "the instances of the distributed job exchange training data and model parameters unencrypted",
            Fix.REPLACEMENT,
            "A job's network settings are fixed when it starts: change the definition, and the next run uses it.",
            new Remediation(
                    "Set `EnableInterContainerTrafficEncryption: true` in the training job parameters (or "
                            + "`NetworkConfig.EnableInterContainerTrafficEncryption` for processing jobs) of the "
                            + "state machine task or pipeline step.",
                    "Set `EnableInterContainerTrafficEncryption = true` in the job parameters inside the "
                            + "`jsonencode(...)` definition of `aws_sfn_state_machine` or `aws_sagemaker_pipeline`, "
                            + "or `enable_inter_container_traffic_encryption = true` on `aws_sagemaker_training_job`.",
                    "`SageMakerCreateTrainingJob` has no property for it: write the task as a `sfn.CustomState` "
                            + "whose `stateJson` holds the `createTrainingJob` parameters with "
                            + "`EnableInterContainerTrafficEncryption: true`."),
            "https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html");

    /** More than one instance makes a job distributed. */
    static final int DISTRIBUTED = 2;

    public DistributedJobTrafficEncryption() {
        super(SageMakerResource.class, META);
    }

    @Override
    protected Stream<Violation> violations(SageMakerResource resource, RuleContext context) {
        if (resource instanceof TrainingJob job) {
            return check(job.interContainerTrafficEncryption(), job.instanceCount());
        }
        if (resource instanceof ProcessingJob job) {
            return check(job.network().interContainerTrafficEncryption(), job.instanceCount());
        }
        return Stream.empty();
    }

    private static Stream<Violation> check(Prop<Boolean> encryption, Prop<Integer> instanceCount) {
        return Scopes.whenInstanceCountAtLeast(instanceCount, DISTRIBUTED,
                encryption.violation(v -> !Boolean.TRUE.equals(v))).stream();
    }
}
