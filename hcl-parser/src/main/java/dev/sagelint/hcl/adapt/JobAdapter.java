package dev.sagelint.hcl.adapt;

import dev.sagelint.hcl.eval.ResourceInstance;
import dev.sagelint.hcl.eval.View;
import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.model.sagemaker.TrainingJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws_sagemaker_training_job}, {@code aws_sagemaker_hyper_parameter_tuning_job} (one training job record per
 * training job definition it holds) and {@code awscc_sagemaker_processing_job}. A training job's {@code tags} are
 * those of the resource (of a tuning job, the tuning job's, which SageMaker adds to the training jobs it launches),
 * with the {@code default_tags} of an aws provider configuration.
 */
final class JobAdapter {
    private JobAdapter() {}

    static TrainingJob training(ResourceInstance r) {
        return training(r.id(), new Attrs(r), r.body());
    }

    /**
     * The training jobs a tuning job launches: its {@code training_job_definition} block and each of its
     * {@code training_job_definitions} blocks, the Terraform forms of the API's {@code TrainingJobDefinition} and
     * {@code TrainingJobDefinitions}
     * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateHyperParameterTuningJob.html).
     */
    static List<SageMakerResource> tuning(ResourceInstance r) {
        List<SageMakerResource> out = new ArrayList<>();
        for (View d : r.body().blocks("training_job_definition")) {
            out.add(training(definitionId(r, "/TrainingJobDefinition", d), new Attrs(r, d.span()), d));
        }
        List<View> many = r.body().blocks("training_job_definitions");
        for (int i = 0; i < many.size(); i++) {
            View d = many.get(i);
            out.add(training(definitionId(r, "/TrainingJobDefinitions/" + i, d), new Attrs(r, d.span()), d));
        }
        return out;
    }

    private static ResourceId definitionId(ResourceInstance r, String suffix, View definition) {
        ResourceId own = r.id();
        return new ResourceId(
                r.address() + suffix, r.type(), definition.span(), null, null, null, own.note(), own.calledFrom());
    }

    private static TrainingJob training(ResourceId id, Attrs a, View body) {
        Optional<View> root = Optional.of(body);
        Optional<View> resources = Attrs.first(body, "resource_config")
                .or(() -> Attrs.first(body, "hyper_parameter_tuning_resource_config"));
        String resourcesPath = Attrs.first(body, "resource_config").isEmpty() && resources.isPresent()
                ? "hyper_parameter_tuning_resource_config"
                : "resource_config";
        return new TrainingJob(
                id,
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
                instanceCount(a, resources, resourcesPath),
                a.stringList(Attrs.first(body, "vpc_config"), "subnets", "vpc_config.subnets"),
                a.string(resources, "volume_kms_key_id", resourcesPath + ".volume_kms_key_id", null),
                a.string(Attrs.first(body, "output_data_config"), "kms_key_id", "output_data_config.kms_key_id", null),
                a.string(root, "role_arn", "role_arn", null),
                a.string(resources, "instance_type", resourcesPath + ".instance_type", null),
                a.tagsWithProviderDefaults());
    }

    /**
     * {@code instance_count}, or for a heterogeneous cluster the sum of {@code instance_count} over its
     * {@code instance_groups} (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html):
     * known when every group's count is, else the first count that is not.
     */
    private static Prop<Integer> instanceCount(Attrs a, Optional<View> resources, String path) {
        List<View> groups = resources.map(v -> v.blocks("instance_groups")).orElse(List.of());
        if (groups.isEmpty())
            groups = resources.map(v -> v.blocks("instance_group")).orElse(List.of());
        if (groups.isEmpty()) return a.integer(resources, "instance_count", path + ".instance_count", null);
        int total = 0;
        for (int i = 0; i < groups.size(); i++) {
            Prop<Integer> count = a.integer(
                    Optional.of(groups.get(i)),
                    "instance_count",
                    path + ".instance_groups[" + i + "].instance_count",
                    null);
            if (count instanceof Prop.Known<Integer> k) {
                total += k.value();
            } else if (!(count instanceof Prop.Absent)) {
                return count;
            }
        }
        return Prop.known(path + ".instance_groups", total, groups.get(0).span());
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
                        null),
                a.string(
                        Attrs.nested(r.body(), "processing_resources", "cluster_config"),
                        "volume_kms_key_id",
                        "processing_resources.cluster_config.volume_kms_key_id",
                        null),
                a.present(Optional.of(r.body()), "processing_output_config", "processing_output_config"),
                a.string(
                        Attrs.first(r.body(), "processing_output_config"),
                        "kms_key_id",
                        "processing_output_config.kms_key_id",
                        null),
                a.string(Optional.of(r.body()), "role_arn", "role_arn", null),
                a.string(
                        Attrs.nested(r.body(), "processing_resources", "cluster_config"),
                        "instance_type",
                        "processing_resources.cluster_config.instance_type",
                        null),
                a.tagsWithProviderDefaults());
    }
}
