package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.TrainingJob;
import java.util.Optional;

/**
 * {@code aws_sagemaker_training_job} and {@code awscc_sagemaker_processing_job}.
 */
final class JobAdapter {
    private JobAdapter() {}

    static TrainingJob training(ResourceInstance r) {
        Attrs a = new Attrs(r);
        Optional<View> root = Optional.of(r.body());
        return new TrainingJob(
                r.id(),
                a.bool(
                        root,
                        "enable_inter_container_traffic_encryption",
                        "enable_inter_container_traffic_encryption",
                        TrainingJob.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION),
                a.bool(
                        root,
                        "enable_network_isolation",
                        "enable_network_isolation",
                        TrainingJob.DEFAULT_NETWORK_ISOLATION),
                a.integer(
                        Attrs.first(r.body(), "resource_config"),
                        "instance_count",
                        "resource_config.instance_count",
                        null),
                a.stringList(Attrs.first(r.body(), "vpc_config"), "subnets", "vpc_config.subnets"));
    }

    static ProcessingJob processing(ResourceInstance r) {
        Attrs a = new Attrs(r);
        return new ProcessingJob(
                r.id(),
                NetworkConfigs.read(a, Optional.of(r.body()), ""),
                a.integer(
                        Attrs.nested(r.body(), "processing_resources", "cluster_config"),
                        "instance_count",
                        "processing_resources.cluster_config.instance_count",
                        null));
    }
}
