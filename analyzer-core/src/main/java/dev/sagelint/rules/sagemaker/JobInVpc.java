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
import java.util.List;
import java.util.stream.Stream;

/**
 * Training and processing jobs should run in a customer VPC. Not a Security Hub control; Prowler checks it for
 * training jobs ({@code sagemaker_training_jobs_vpc_settings_configured}).
 */
public final class JobInVpc extends ResourceRule<SageMakerResource> {

    public static final RuleMeta META = RuleMeta.builder("JobInVpc")
            .title("SageMaker training and processing jobs should run in a VPC")
            .severity(Severity.MEDIUM)
            .noAwsConfigRule("AWS Config has no managed rule for jobs; Prowler checks training jobs")
            .peerIds("sagemaker_training_jobs_vpc_settings_configured")
            .subject("job")
            .resourceTypes(JobResourceTypes.JOBS)
            .resourceNote("training, tuning and processing jobs inside state machines and pipelines too")
            .properties("VpcConfig.Subnets", "NetworkConfig.VpcConfig.Subnets")
            .terraformProperties("vpc_config.subnets", "network_config.vpc_config.subnets")
            .propertyNote("inside `jsonencode(...)` definitions, the CloudFormation names")
            .risk("the job's instances get their network outside your VPC, so security groups, VPC endpoints and "
                    + "flow logs do not apply to the traffic that carries your training data")
            .fix(
                    Fix.REPLACEMENT,
                    "A job's network settings are fixed when it starts: change the definition, and the next run "
                            + "uses it.")
            .valueNeeded("subnets and security groups of your VPC")
            .cloudFormationRemediation("Set `VpcConfig` (training) or `NetworkConfig.VpcConfig` (processing) with "
                    + "`Subnets` and `SecurityGroupIds` in the job parameters of the state machine task or pipeline "
                    + "step.")
            .terraformRemediation("Add a `vpc_config` block to `aws_sagemaker_training_job` (or "
                    + "`network_config.vpc_config` to `awscc_sagemaker_processing_job`), or `VpcConfig` to the job "
                    + "parameters inside `jsonencode(...)`.")
            .cdkRemediation("Pass `vpcConfig: { vpc, subnets }` to `SageMakerCreateTrainingJob`; for other jobs write "
                    + "the parameter in the task's or step's JSON.")
            .awsDocUrl("https://docs.aws.amazon.com/sagemaker/latest/dg/train-vpc.html")
            .build();

    public JobInVpc() {
        super(SageMakerResource.class, META);
    }

    @Override
    protected Stream<Violation> violations(SageMakerResource resource, RuleContext context) {
        Prop<List<String>> subnets = resource instanceof TrainingJob t
                ? t.vpcSubnets()
                : resource instanceof ProcessingJob p ? p.network().vpcSubnets() : null;
        if (subnets == null) return Stream.empty();
        // Subnets that cannot be resolved here are written, and say nothing about being empty.
        if (subnets instanceof Prop.Unknown<List<String>> u
                && u.possibleValues().isEmpty()) return Stream.empty();
        return subnets.violation(s -> s == null || s.isEmpty()).stream();
    }
}
