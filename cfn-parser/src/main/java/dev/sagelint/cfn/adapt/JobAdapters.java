package dev.sagelint.cfn.adapt;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.sagemaker.ContainerDefinition;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.NetworkConfig;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.ProductionVariant;
import dev.sagelint.model.sagemaker.TrainingJob;
import java.util.List;
import java.util.function.Supplier;

/**
 * Maps the SageMaker API requests that Step Functions tasks and SageMaker Pipelines steps write (the same field
 * names as the API) onto the model. A field whose key ends in {@code .$} takes its value from the state's input at
 * run time, so it is unknown. Field names:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html,
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html,
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModel.html
 */
final class JobAdapters {

    private JobAdapters() {
    }

    /** A {@code CreateTrainingJob} request, or the training job definition of a tuning job. */
    static TrainingJob training(ResourceId id, Scope p) {
        return new TrainingJob(id,
                runtime(p, "EnableInterContainerTrafficEncryption", () -> p.bool("EnableInterContainerTrafficEncryption",
                        TrainingJob.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION)),
                runtime(p, "EnableNetworkIsolation", () -> p.bool("EnableNetworkIsolation",
                        TrainingJob.DEFAULT_NETWORK_ISOLATION)),
                runtime(p, "ResourceConfig.InstanceCount", () -> p.integer("ResourceConfig.InstanceCount", null)),
                runtime(p, "VpcConfig.Subnets", () -> p.strings("VpcConfig.Subnets")));
    }

    /** A {@code CreateProcessingJob} request. */
    static ProcessingJob processing(ResourceId id, Scope p) {
        NetworkConfig network = new NetworkConfig(
                runtime(p, "NetworkConfig.EnableInterContainerTrafficEncryption",
                        () -> p.bool("NetworkConfig.EnableInterContainerTrafficEncryption",
                                NetworkConfig.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION)),
                runtime(p, "NetworkConfig.EnableNetworkIsolation",
                        () -> p.bool("NetworkConfig.EnableNetworkIsolation",
                                NetworkConfig.DEFAULT_NETWORK_ISOLATION)),
                runtime(p, "NetworkConfig.VpcConfig.Subnets", () -> p.strings("NetworkConfig.VpcConfig.Subnets")));
        return new ProcessingJob(id, network, runtime(p, "ProcessingResources.ClusterConfig.InstanceCount",
                () -> p.integer("ProcessingResources.ClusterConfig.InstanceCount", null)));
    }

    /** A {@code CreateModel} request. */
    static Model model(ResourceId id, Scope p) {
        return new Model(id,
                runtime(p, "EnableNetworkIsolation", () -> p.bool("EnableNetworkIsolation",
                        Model.DEFAULT_ENABLE_NETWORK_ISOLATION)),
                p.child("PrimaryContainer").map(JobAdapters::container),
                p.elements("Containers").stream().map(JobAdapters::container).toList(),
                runtime(p, "VpcConfig.Subnets", () -> p.strings("VpcConfig.Subnets")));
    }

    /** A {@code CreateEndpointConfig} request. */
    static EndpointConfig endpointConfig(ResourceId id, Scope p) {
        List<ProductionVariant> variants = p.elements("ProductionVariants").stream()
                .map(v -> new ProductionVariant(v.span(), v.string("VariantName"), v.string("ModelName"),
                        runtime(v, "InitialInstanceCount",
                                () -> v.integerUnless("InitialInstanceCount", null, "ServerlessConfig")),
                        v.present("ServerlessConfig")))
                .toList();
        return new EndpointConfig(id, runtime(p, "KmsKeyId", () -> p.string("KmsKeyId")), variants);
    }

    private static ContainerDefinition container(Scope c) {
        return new ContainerDefinition(c.span(), runtime(c, "Image", () -> c.string("Image")),
                runtime(c, "ImageConfig.RepositoryAccessMode", () -> c.string("ImageConfig.RepositoryAccessMode")));
    }

    private static <T> Prop<T> runtime(Scope p, String path, Supplier<Prop<T>> written) {
        return p.runtimeEntry(path)
                .<Prop<T>>map(e -> Prop.unknown(p.fullPath(path), e.key() + ": " + e.value().source().compact(),
                        "it is taken from the state's input at run time", e.value().span()))
                .orElseGet(written);
    }
}
