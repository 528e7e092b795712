package dev.sagelint.policy;

import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.AppImageConfig;
import dev.sagelint.model.sagemaker.ContainerDefinition;
import dev.sagelint.model.sagemaker.Domain;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.FeatureGroup;
import dev.sagelint.model.sagemaker.Image;
import dev.sagelint.model.sagemaker.InferenceExperiment;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.MonitoringJob;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringSchedule;
import dev.sagelint.model.sagemaker.NetworkConfig;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.ProductionVariant;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.model.sagemaker.TrainingJob;
import dev.sagelint.model.sagemaker.TransformJob;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SageMaker model as policies see it: for each resource type a policy may name, its fields under their
 * CloudFormation names in lowerCamelCase, nested as in CloudFormation, with the Terraform name and the AWS default of
 * each. The CEL environment declares these types, the policy evaluator reads resources through them, and
 * docs/policy-model.md is generated from them, so the three cannot disagree. Nothing here loads CEL.
 */
public final class PolicyModel {

    /** The kind of a field's value. */
    public enum Kind {
        STRING("string"),
        INT("int"),
        BOOL("bool"),
        STRING_LIST("list(string)"),
        STRING_MAP("map(string, string)"),
        OBJECT("object"),
        OBJECT_LIST("list(object)");

        private final String celName;

        Kind(String celName) {
            this.celName = celName;
        }

        public String celName() {
            return celName;
        }

        /** The value a field of this kind reads as when it is absent and AWS has no default (CEL's zero value). */
        public Object zero() {
            return switch (this) {
                case STRING -> "";
                case INT -> 0L;
                case BOOL -> false;
                case STRING_LIST, OBJECT_LIST -> List.of();
                case STRING_MAP -> Map.of();
                case OBJECT -> null;
            };
        }
    }

    /**
     * One field.
     *
     * @param name          the name a policy writes ({@code kmsKeyId})
     * @param kind          the kind of value
     * @param cloudFormation the CloudFormation property path ({@code KmsKeyId})
     * @param terraform     the Terraform argument path ({@code kms_key_id}), or {@code -} when Terraform has none
     * @param awsDefault    the value AWS uses when it is absent, in words, or {@code null}
     * @param type          for {@link Kind#OBJECT} and {@link Kind#OBJECT_LIST}: the nested type
     * @param read          from the owning Java object to a {@link Prop}, or, for nested types, to the nested object
     *                      (an {@link Optional} or a {@link List})
     */
    public record Field(
            String name,
            Kind kind,
            String cloudFormation,
            String terraform,
            String awsDefault,
            Type type,
            Function<Object, Object> read) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(read, "read");
        }
    }

    /**
     * A type of the model: a resource type a policy names in {@code resource:}, or a nested type.
     *
     * @param name        the name a policy writes ({@code EndpointConfig}); also the CEL type {@code sagelint.<name>}
     * @param javaType    the model record, or {@code null} for a nested type
     * @param sourceTypes the CloudFormation and Terraform types it is read from
     * @param fields      its fields
     */
    public record Type(
            String name, Class<? extends SageMakerResource> javaType, List<String> sourceTypes, List<Field> fields) {

        public Optional<Field> field(String fieldName) {
            return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
        }
    }

    private PolicyModel() {}

    @SuppressWarnings("unchecked")
    private static <R> Field prop(
            String name, Kind kind, String cfn, String tf, String awsDefault, Function<R, Prop<?>> read) {
        return new Field(name, kind, cfn, tf, awsDefault, null, o -> read.apply((R) o));
    }

    @SuppressWarnings("unchecked")
    private static <R> Field nested(String name, Kind kind, String cfn, String tf, Type type, Function<R, ?> read) {
        return new Field(name, kind, cfn, tf, null, type, o -> read.apply((R) o));
    }

    private static Type nestedType(String name, List<Field> fields) {
        return new Type(name, null, List.of(), fields);
    }

    private static final Type CONTAINER = nestedType(
            "ContainerDefinition",
            List.of(
                    PolicyModel.<ContainerDefinition>prop(
                            "image", Kind.STRING, "Image", "image", null, ContainerDefinition::image),
                    PolicyModel.<ContainerDefinition>prop(
                            "repositoryAccessMode",
                            Kind.STRING,
                            "ImageConfig.RepositoryAccessMode",
                            "image_config.repository_access_mode",
                            null,
                            ContainerDefinition::repositoryAccessMode)));

    private static final Type VARIANT = nestedType(
            "ProductionVariant",
            List.of(
                    PolicyModel.<ProductionVariant>prop(
                            "variantName", Kind.STRING, "VariantName", "variant_name", null, ProductionVariant::name),
                    PolicyModel.<ProductionVariant>prop(
                            "modelName", Kind.STRING, "ModelName", "model_name", null, ProductionVariant::modelName),
                    PolicyModel.<ProductionVariant>prop(
                            "initialInstanceCount",
                            Kind.INT,
                            "InitialInstanceCount",
                            "initial_instance_count",
                            null,
                            ProductionVariant::initialInstanceCount),
                    PolicyModel.<ProductionVariant>prop(
                            "instanceType",
                            Kind.STRING,
                            "InstanceType",
                            "instance_type",
                            null,
                            ProductionVariant::instanceType),
                    PolicyModel.<ProductionVariant>prop(
                            "serverless",
                            Kind.BOOL,
                            "ServerlessConfig",
                            "serverless_config",
                            "false",
                            ProductionVariant::serverless)));

    private static List<Field> networkFields(Function<Object, NetworkConfig> network) {
        return List.of(
                new Field(
                        "enableInterContainerTrafficEncryption",
                        Kind.BOOL,
                        "NetworkConfig.EnableInterContainerTrafficEncryption",
                        "network_config.enable_inter_container_traffic_encryption",
                        "false",
                        null,
                        o -> network.apply(o).interContainerTrafficEncryption()),
                new Field(
                        "enableNetworkIsolation",
                        Kind.BOOL,
                        "NetworkConfig.EnableNetworkIsolation",
                        "network_config.enable_network_isolation",
                        "false",
                        null,
                        o -> network.apply(o).networkIsolation()),
                new Field(
                        "subnets",
                        Kind.STRING_LIST,
                        "NetworkConfig.VpcConfig.Subnets",
                        "network_config.vpc_config.subnets",
                        null,
                        null,
                        o -> network.apply(o).vpcSubnets()),
                new Field(
                        "securityGroupIds",
                        Kind.STRING_LIST,
                        "NetworkConfig.VpcConfig.SecurityGroupIds",
                        "network_config.vpc_config.security_group_ids",
                        null,
                        null,
                        o -> network.apply(o).vpcSecurityGroupIds()));
    }

    private static final String SCHEDULE_JOB_CFN = "MonitoringScheduleConfig.MonitoringJobDefinition.";
    private static final String SCHEDULE_JOB_TF = "monitoring_schedule_config.monitoring_job_definition.";

    /**
     * A field of the job definition a monitoring schedule embeds; a schedule that embeds none (it names a separate
     * {@code MonitoringJobDefinition}) reads it as absent, at its declaration.
     */
    private static Field scheduleJob(
            String name,
            Kind kind,
            String path,
            String tfPath,
            Object awsDefault,
            Function<MonitoringJob, Prop<?>> read) {
        return new Field(
                name,
                kind,
                SCHEDULE_JOB_CFN + path,
                SCHEDULE_JOB_TF + tfPath,
                awsDefault == null ? null : String.valueOf(awsDefault),
                null,
                o -> {
                    MonitoringSchedule s = (MonitoringSchedule) o;
                    return s.embeddedJob()
                            .<Prop<?>>map(read)
                            .orElseGet(() -> Prop.absent(SCHEDULE_JOB_CFN + path, awsDefault, s.id().declaration()));
                });
    }

    /** Training, processing and transform jobs are read from Step Functions state machines and SageMaker pipelines. */
    private static final List<String> JOB_CONTAINERS = List.of(
            "AWS::SageMaker::Pipeline",
            "AWS::StepFunctions::StateMachine",
            "aws_sagemaker_pipeline",
            "aws_sfn_state_machine",
            "awscc_sagemaker_pipeline",
            "awscc_stepfunctions_state_machine");

    /** Every resource type a policy may name, by name. */
    public static final List<Type> RESOURCE_TYPES = List.of(
            new Type(
                    "NotebookInstance",
                    NotebookInstance.class,
                    List.of("AWS::SageMaker::NotebookInstance", "aws_sagemaker_notebook_instance"),
                    List.of(
                            PolicyModel.<NotebookInstance>prop(
                                    "directInternetAccess",
                                    Kind.STRING,
                                    "DirectInternetAccess",
                                    "direct_internet_access",
                                    NotebookInstance.DEFAULT_DIRECT_INTERNET_ACCESS,
                                    NotebookInstance::directInternetAccess),
                            PolicyModel.<NotebookInstance>prop(
                                    "subnetId", Kind.STRING, "SubnetId", "subnet_id", null, NotebookInstance::subnetId),
                            PolicyModel.<NotebookInstance>prop(
                                    "securityGroupIds",
                                    Kind.STRING_LIST,
                                    "SecurityGroupIds",
                                    "security_groups",
                                    null,
                                    NotebookInstance::securityGroupIds),
                            PolicyModel.<NotebookInstance>prop(
                                    "rootAccess",
                                    Kind.STRING,
                                    "RootAccess",
                                    "root_access",
                                    NotebookInstance.DEFAULT_ROOT_ACCESS,
                                    NotebookInstance::rootAccess),
                            PolicyModel.<NotebookInstance>prop(
                                    "platformIdentifier",
                                    Kind.STRING,
                                    "PlatformIdentifier",
                                    "platform_identifier",
                                    null,
                                    NotebookInstance::platformIdentifier),
                            PolicyModel.<NotebookInstance>prop(
                                    "kmsKeyId",
                                    Kind.STRING,
                                    "KmsKeyId",
                                    "kms_key_id",
                                    null,
                                    NotebookInstance::kmsKeyId),
                            PolicyModel.<NotebookInstance>prop(
                                    "minimumInstanceMetadataServiceVersion",
                                    Kind.STRING,
                                    "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion",
                                    "instance_metadata_service_configuration.minimum_instance_metadata_service_version",
                                    NotebookInstance.DEFAULT_MINIMUM_IMDS_VERSION,
                                    NotebookInstance::minimumImdsVersion),
                            PolicyModel.<NotebookInstance>prop(
                                    "instanceType",
                                    Kind.STRING,
                                    "InstanceType",
                                    "instance_type",
                                    null,
                                    NotebookInstance::instanceType),
                            PolicyModel.<NotebookInstance>prop(
                                    "roleArn", Kind.STRING, "RoleArn", "role_arn", null, NotebookInstance::roleArn),
                            PolicyModel.<NotebookInstance>prop(
                                    "volumeSizeInGB",
                                    Kind.INT,
                                    "VolumeSizeInGB",
                                    "volume_size",
                                    String.valueOf(NotebookInstance.DEFAULT_VOLUME_SIZE_IN_GB),
                                    NotebookInstance::volumeSizeInGb),
                            PolicyModel.<NotebookInstance>prop(
                                    "tags", Kind.STRING_MAP, "Tags", "tags", null, NotebookInstance::tags),
                            PolicyModel.<NotebookInstance>prop(
                                    "lifecycleConfigName",
                                    Kind.STRING,
                                    "LifecycleConfigName",
                                    "lifecycle_config_name",
                                    null,
                                    NotebookInstance::lifecycleConfigName),
                            PolicyModel.<NotebookInstance>prop(
                                    "defaultCodeRepository",
                                    Kind.STRING,
                                    "DefaultCodeRepository",
                                    "default_code_repository",
                                    null,
                                    NotebookInstance::defaultCodeRepository),
                            PolicyModel.<NotebookInstance>prop(
                                    "additionalCodeRepositories",
                                    Kind.STRING_LIST,
                                    "AdditionalCodeRepositories",
                                    "additional_code_repositories",
                                    null,
                                    NotebookInstance::additionalCodeRepositories))),
            new Type(
                    "Model",
                    Model.class,
                    List.of("AWS::SageMaker::Model", "aws_sagemaker_model"),
                    List.of(
                            PolicyModel.<Model>prop(
                                    "enableNetworkIsolation",
                                    Kind.BOOL,
                                    "EnableNetworkIsolation",
                                    "enable_network_isolation",
                                    "false",
                                    Model::enableNetworkIsolation),
                            PolicyModel.<Model>nested(
                                    "primaryContainer",
                                    Kind.OBJECT,
                                    "PrimaryContainer",
                                    "primary_container",
                                    CONTAINER,
                                    Model::primaryContainer),
                            PolicyModel.<Model>nested(
                                    "containers",
                                    Kind.OBJECT_LIST,
                                    "Containers",
                                    "container",
                                    CONTAINER,
                                    Model::containers),
                            PolicyModel.<Model>prop(
                                    "subnets",
                                    Kind.STRING_LIST,
                                    "VpcConfig.Subnets",
                                    "vpc_config.subnets",
                                    null,
                                    Model::vpcSubnets),
                            PolicyModel.<Model>prop(
                                    "executionRoleArn",
                                    Kind.STRING,
                                    "ExecutionRoleArn",
                                    "execution_role_arn",
                                    null,
                                    Model::executionRoleArn),
                            PolicyModel.<Model>prop(
                                    "securityGroupIds",
                                    Kind.STRING_LIST,
                                    "VpcConfig.SecurityGroupIds",
                                    "vpc_config.security_group_ids",
                                    null,
                                    Model::vpcSecurityGroupIds),
                            PolicyModel.<Model>prop("tags", Kind.STRING_MAP, "Tags", "tags", null, Model::tags))),
            new Type(
                    "EndpointConfig",
                    EndpointConfig.class,
                    List.of("AWS::SageMaker::EndpointConfig", "aws_sagemaker_endpoint_configuration"),
                    List.of(
                            PolicyModel.<EndpointConfig>prop(
                                    "kmsKeyId", Kind.STRING, "KmsKeyId", "kms_key_arn", null, EndpointConfig::kmsKeyId),
                            PolicyModel.<EndpointConfig>nested(
                                    "productionVariants",
                                    Kind.OBJECT_LIST,
                                    "ProductionVariants",
                                    "production_variants",
                                    VARIANT,
                                    EndpointConfig::productionVariants),
                            PolicyModel.<EndpointConfig>prop(
                                    "dataCaptureConfig",
                                    Kind.BOOL,
                                    "DataCaptureConfig",
                                    "data_capture_config",
                                    "false",
                                    EndpointConfig::dataCapture),
                            PolicyModel.<EndpointConfig>prop(
                                    "enableCapture",
                                    Kind.BOOL,
                                    "DataCaptureConfig.EnableCapture",
                                    "data_capture_config.enable_capture",
                                    String.valueOf(EndpointConfig.DEFAULT_ENABLE_CAPTURE),
                                    EndpointConfig::captureEnabled),
                            PolicyModel.<EndpointConfig>prop(
                                    "dataCaptureKmsKeyId",
                                    Kind.STRING,
                                    "DataCaptureConfig.KmsKeyId",
                                    "data_capture_config.kms_key_id",
                                    null,
                                    EndpointConfig::captureKmsKeyId),
                            PolicyModel.<EndpointConfig>prop(
                                    "tags", Kind.STRING_MAP, "Tags", "tags", null, EndpointConfig::tags))),
            new Type(
                    "FeatureGroup",
                    FeatureGroup.class,
                    List.of("AWS::SageMaker::FeatureGroup", "aws_sagemaker_feature_group"),
                    List.of(
                            PolicyModel.<FeatureGroup>prop(
                                    "offlineStoreConfig",
                                    Kind.BOOL,
                                    "OfflineStoreConfig",
                                    "offline_store_config",
                                    "false",
                                    FeatureGroup::offlineStore),
                            PolicyModel.<FeatureGroup>prop(
                                    "offlineStoreKmsKeyId",
                                    Kind.STRING,
                                    "OfflineStoreConfig.S3StorageConfig.KmsKeyId",
                                    "offline_store_config.s3_storage_config.kms_key_id",
                                    null,
                                    FeatureGroup::offlineKmsKeyId),
                            PolicyModel.<FeatureGroup>prop(
                                    "enableOnlineStore",
                                    Kind.BOOL,
                                    "OnlineStoreConfig.EnableOnlineStore",
                                    "online_store_config.enable_online_store",
                                    "false",
                                    FeatureGroup::onlineStoreEnabled),
                            PolicyModel.<FeatureGroup>prop(
                                    "onlineStorageType",
                                    Kind.STRING,
                                    "OnlineStoreConfig.StorageType",
                                    "online_store_config.storage_type",
                                    null,
                                    FeatureGroup::onlineStorageType),
                            PolicyModel.<FeatureGroup>prop(
                                    "onlineStoreKmsKeyId",
                                    Kind.STRING,
                                    "OnlineStoreConfig.SecurityConfig.KmsKeyId",
                                    "online_store_config.security_config.kms_key_id",
                                    null,
                                    FeatureGroup::onlineKmsKeyId))),
            new Type(
                    "Domain",
                    Domain.class,
                    List.of("AWS::SageMaker::Domain", "aws_sagemaker_domain"),
                    List.of(
                            PolicyModel.<Domain>prop(
                                    "appNetworkAccessType",
                                    Kind.STRING,
                                    "AppNetworkAccessType",
                                    "app_network_access_type",
                                    Domain.DEFAULT_APP_NETWORK_ACCESS_TYPE,
                                    Domain::appNetworkAccessType),
                            PolicyModel.<Domain>prop(
                                    "kmsKeyId", Kind.STRING, "KmsKeyId", "kms_key_id", null, Domain::kmsKeyId),
                            PolicyModel.<Domain>prop("tags", Kind.STRING_MAP, "Tags", "tags", null, Domain::tags),
                            PolicyModel.<Domain>prop(
                                    "subnetIds", Kind.STRING_LIST, "SubnetIds", "subnet_ids", null, Domain::subnetIds),
                            PolicyModel.<Domain>prop("vpcId", Kind.STRING, "VpcId", "vpc_id", null, Domain::vpcId),
                            PolicyModel.<Domain>prop(
                                    "securityGroups",
                                    Kind.STRING_LIST,
                                    "DefaultUserSettings.SecurityGroups",
                                    "default_user_settings.security_groups",
                                    null,
                                    Domain::securityGroups),
                            PolicyModel.<Domain>prop(
                                    "executionRole",
                                    Kind.STRING,
                                    "DefaultUserSettings.ExecutionRole",
                                    "default_user_settings.execution_role",
                                    null,
                                    Domain::executionRole))),
            new Type(
                    "AppImageConfig",
                    AppImageConfig.class,
                    List.of("AWS::SageMaker::AppImageConfig", "aws_sagemaker_app_image_config"),
                    List.of(PolicyModel.<AppImageConfig>prop(
                            "tags", Kind.STRING_MAP, "Tags", "tags", null, AppImageConfig::tags))),
            new Type(
                    "Image",
                    Image.class,
                    List.of("AWS::SageMaker::Image", "aws_sagemaker_image"),
                    List.of(PolicyModel.<Image>prop("tags", Kind.STRING_MAP, "Tags", "tags", null, Image::tags))),
            new Type(
                    "InferenceExperiment",
                    InferenceExperiment.class,
                    List.of("AWS::SageMaker::InferenceExperiment"),
                    List.of(
                            PolicyModel.<InferenceExperiment>prop(
                                    "kmsKey", Kind.STRING, "KmsKey", "-", null, InferenceExperiment::kmsKey),
                            PolicyModel.<InferenceExperiment>prop(
                                    "dataStorageConfig",
                                    Kind.BOOL,
                                    "DataStorageConfig",
                                    "-",
                                    "false",
                                    InferenceExperiment::dataStorage),
                            PolicyModel.<InferenceExperiment>prop(
                                    "dataStorageKmsKey",
                                    Kind.STRING,
                                    "DataStorageConfig.KmsKey",
                                    "-",
                                    null,
                                    InferenceExperiment::dataStorageKmsKey))),
            new Type(
                    "MonitoringJobDefinition",
                    MonitoringJobDefinition.class,
                    List.of(
                            "AWS::SageMaker::DataQualityJobDefinition",
                            "AWS::SageMaker::ModelBiasJobDefinition",
                            "AWS::SageMaker::ModelExplainabilityJobDefinition",
                            "AWS::SageMaker::ModelQualityJobDefinition",
                            "aws_sagemaker_data_quality_job_definition",
                            "awscc_sagemaker_data_quality_job_definition",
                            "awscc_sagemaker_model_bias_job_definition",
                            "awscc_sagemaker_model_explainability_job_definition",
                            "awscc_sagemaker_model_quality_job_definition"),
                    concat(
                            networkFields(o -> ((MonitoringJobDefinition) o).network()),
                            List.of(
                                    PolicyModel.<MonitoringJobDefinition>prop(
                                            "instanceCount",
                                            Kind.INT,
                                            "JobResources.ClusterConfig.InstanceCount",
                                            "job_resources.cluster_config.instance_count",
                                            null,
                                            MonitoringJobDefinition::instanceCount),
                                    PolicyModel.<MonitoringJobDefinition>prop(
                                            "instanceType",
                                            Kind.STRING,
                                            "JobResources.ClusterConfig.InstanceType",
                                            "job_resources.cluster_config.instance_type",
                                            null,
                                            MonitoringJobDefinition::instanceType),
                                    PolicyModel.<MonitoringJobDefinition>prop(
                                            "volumeKmsKeyId",
                                            Kind.STRING,
                                            "JobResources.ClusterConfig.VolumeKmsKeyId",
                                            "job_resources.cluster_config.volume_kms_key_id",
                                            null,
                                            MonitoringJobDefinition::volumeKmsKeyId),
                                    PolicyModel.<MonitoringJobDefinition>prop(
                                            "outputKmsKeyId",
                                            Kind.STRING,
                                            "<Kind>JobOutputConfig.KmsKeyId",
                                            "<kind>_job_output_config.kms_key_id",
                                            null,
                                            MonitoringJobDefinition::outputKmsKeyId),
                                    PolicyModel.<MonitoringJobDefinition>prop(
                                            "roleArn",
                                            Kind.STRING,
                                            "RoleArn",
                                            "role_arn",
                                            null,
                                            MonitoringJobDefinition::roleArn),
                                    PolicyModel.<MonitoringJobDefinition>prop(
                                            "tags",
                                            Kind.STRING_MAP,
                                            "Tags",
                                            "tags",
                                            null,
                                            MonitoringJobDefinition::tags)))),
            new Type(
                    "TrainingJob",
                    TrainingJob.class,
                    concat(
                            List.of(
                                    "AWS::SageMaker::TrainingJob",
                                    "aws_sagemaker_hyper_parameter_tuning_job",
                                    "aws_sagemaker_training_job"),
                            JOB_CONTAINERS),
                    List.of(
                            PolicyModel.<TrainingJob>prop(
                                    "enableInterContainerTrafficEncryption",
                                    Kind.BOOL,
                                    "EnableInterContainerTrafficEncryption",
                                    "enable_inter_container_traffic_encryption",
                                    String.valueOf(TrainingJob.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION),
                                    TrainingJob::interContainerTrafficEncryption),
                            PolicyModel.<TrainingJob>prop(
                                    "enableNetworkIsolation",
                                    Kind.BOOL,
                                    "EnableNetworkIsolation",
                                    "enable_network_isolation",
                                    String.valueOf(TrainingJob.DEFAULT_NETWORK_ISOLATION),
                                    TrainingJob::networkIsolation),
                            PolicyModel.<TrainingJob>prop(
                                    "instanceCount",
                                    Kind.INT,
                                    "ResourceConfig.InstanceCount",
                                    "resource_config.instance_count",
                                    "1",
                                    TrainingJob::instanceCount),
                            PolicyModel.<TrainingJob>prop(
                                    "subnets",
                                    Kind.STRING_LIST,
                                    "VpcConfig.Subnets",
                                    "vpc_config.subnets",
                                    null,
                                    TrainingJob::vpcSubnets),
                            PolicyModel.<TrainingJob>prop(
                                    "instanceType",
                                    Kind.STRING,
                                    "ResourceConfig.InstanceType",
                                    "resource_config.instance_type",
                                    null,
                                    TrainingJob::instanceType),
                            PolicyModel.<TrainingJob>prop(
                                    "volumeKmsKeyId",
                                    Kind.STRING,
                                    "ResourceConfig.VolumeKmsKeyId",
                                    "resource_config.volume_kms_key_id",
                                    null,
                                    TrainingJob::volumeKmsKeyId),
                            PolicyModel.<TrainingJob>prop(
                                    "outputKmsKeyId",
                                    Kind.STRING,
                                    "OutputDataConfig.KmsKeyId",
                                    "output_data_config.kms_key_id",
                                    null,
                                    TrainingJob::outputKmsKeyId),
                            PolicyModel.<TrainingJob>prop(
                                    "roleArn", Kind.STRING, "RoleArn", "role_arn", null, TrainingJob::roleArn),
                            PolicyModel.<TrainingJob>prop(
                                    "tags", Kind.STRING_MAP, "Tags", "tags", null, TrainingJob::tags))),
            new Type(
                    "ProcessingJob",
                    ProcessingJob.class,
                    concat(List.of("AWS::SageMaker::ProcessingJob", "awscc_sagemaker_processing_job"), JOB_CONTAINERS),
                    concat(
                            networkFields(o -> ((ProcessingJob) o).network()),
                            List.of(
                                    PolicyModel.<ProcessingJob>prop(
                                            "instanceCount",
                                            Kind.INT,
                                            "ProcessingResources.ClusterConfig.InstanceCount",
                                            "processing_resources.cluster_config.instance_count",
                                            null,
                                            ProcessingJob::instanceCount),
                                    PolicyModel.<ProcessingJob>prop(
                                            "instanceType",
                                            Kind.STRING,
                                            "ProcessingResources.ClusterConfig.InstanceType",
                                            "processing_resources.cluster_config.instance_type",
                                            null,
                                            ProcessingJob::instanceType),
                                    PolicyModel.<ProcessingJob>prop(
                                            "volumeKmsKeyId",
                                            Kind.STRING,
                                            "ProcessingResources.ClusterConfig.VolumeKmsKeyId",
                                            "processing_resources.cluster_config.volume_kms_key_id",
                                            null,
                                            ProcessingJob::volumeKmsKeyId),
                                    PolicyModel.<ProcessingJob>prop(
                                            "outputKmsKeyId",
                                            Kind.STRING,
                                            "ProcessingOutputConfig.KmsKeyId",
                                            "processing_output_config.kms_key_id",
                                            null,
                                            ProcessingJob::outputKmsKeyId),
                                    PolicyModel.<ProcessingJob>prop(
                                            "roleArn",
                                            Kind.STRING,
                                            "RoleArn",
                                            "role_arn",
                                            null,
                                            ProcessingJob::roleArn),
                                    PolicyModel.<ProcessingJob>prop(
                                            "tags", Kind.STRING_MAP, "Tags", "tags", null, ProcessingJob::tags)))),
            new Type(
                    "TransformJob",
                    TransformJob.class,
                    JOB_CONTAINERS,
                    List.of(
                            PolicyModel.<TransformJob>prop(
                                    "instanceCount",
                                    Kind.INT,
                                    "TransformResources.InstanceCount",
                                    "-",
                                    null,
                                    TransformJob::instanceCount),
                            PolicyModel.<TransformJob>prop(
                                    "instanceType",
                                    Kind.STRING,
                                    "TransformResources.InstanceType",
                                    "-",
                                    null,
                                    TransformJob::instanceType),
                            PolicyModel.<TransformJob>prop(
                                    "volumeKmsKeyId",
                                    Kind.STRING,
                                    "TransformResources.VolumeKmsKeyId",
                                    "-",
                                    null,
                                    TransformJob::volumeKmsKeyId),
                            PolicyModel.<TransformJob>prop(
                                    "outputKmsKeyId",
                                    Kind.STRING,
                                    "TransformOutput.KmsKeyId",
                                    "-",
                                    null,
                                    TransformJob::outputKmsKeyId),
                            PolicyModel.<TransformJob>prop(
                                    "modelName", Kind.STRING, "ModelName", "-", null, TransformJob::modelName),
                            PolicyModel.<TransformJob>prop(
                                    "tags", Kind.STRING_MAP, "Tags", "-", null, TransformJob::tags))),
            new Type(
                    "MonitoringSchedule",
                    MonitoringSchedule.class,
                    List.of(
                            "AWS::SageMaker::MonitoringSchedule",
                            "aws_sagemaker_monitoring_schedule",
                            "awscc_sagemaker_monitoring_schedule"),
                    List.of(
                            PolicyModel.<MonitoringSchedule>prop(
                                    "monitoringJobDefinitionName",
                                    Kind.STRING,
                                    "MonitoringScheduleConfig.MonitoringJobDefinitionName",
                                    "monitoring_schedule_config.monitoring_job_definition_name",
                                    null,
                                    MonitoringSchedule::jobDefinitionName),
                            PolicyModel.<MonitoringSchedule>prop(
                                    "monitoringType",
                                    Kind.STRING,
                                    "MonitoringScheduleConfig.MonitoringType",
                                    "monitoring_schedule_config.monitoring_type",
                                    null,
                                    MonitoringSchedule::monitoringType),
                            scheduleJob(
                                    "enableInterContainerTrafficEncryption",
                                    Kind.BOOL,
                                    "NetworkConfig.EnableInterContainerTrafficEncryption",
                                    "network_config.enable_inter_container_traffic_encryption",
                                    NetworkConfig.DEFAULT_INTER_CONTAINER_TRAFFIC_ENCRYPTION,
                                    j -> j.network().interContainerTrafficEncryption()),
                            scheduleJob(
                                    "enableNetworkIsolation",
                                    Kind.BOOL,
                                    "NetworkConfig.EnableNetworkIsolation",
                                    "network_config.enable_network_isolation",
                                    NetworkConfig.DEFAULT_NETWORK_ISOLATION,
                                    j -> j.network().networkIsolation()),
                            scheduleJob(
                                    "subnets",
                                    Kind.STRING_LIST,
                                    "NetworkConfig.VpcConfig.Subnets",
                                    "network_config.vpc_config.subnets",
                                    null,
                                    j -> j.network().vpcSubnets()),
                            scheduleJob(
                                    "securityGroupIds",
                                    Kind.STRING_LIST,
                                    "NetworkConfig.VpcConfig.SecurityGroupIds",
                                    "network_config.vpc_config.security_group_ids",
                                    null,
                                    j -> j.network().vpcSecurityGroupIds()),
                            scheduleJob(
                                    "instanceCount",
                                    Kind.INT,
                                    "MonitoringResources.ClusterConfig.InstanceCount",
                                    "monitoring_resources.cluster_config.instance_count",
                                    null,
                                    MonitoringJob::instanceCount),
                            scheduleJob(
                                    "instanceType",
                                    Kind.STRING,
                                    "MonitoringResources.ClusterConfig.InstanceType",
                                    "monitoring_resources.cluster_config.instance_type",
                                    null,
                                    MonitoringJob::instanceType),
                            scheduleJob(
                                    "volumeKmsKeyId",
                                    Kind.STRING,
                                    "MonitoringResources.ClusterConfig.VolumeKmsKeyId",
                                    "monitoring_resources.cluster_config.volume_kms_key_id",
                                    null,
                                    MonitoringJob::volumeKmsKeyId),
                            scheduleJob(
                                    "outputKmsKeyId",
                                    Kind.STRING,
                                    "MonitoringOutputConfig.KmsKeyId",
                                    "monitoring_output_config.kms_key_id",
                                    null,
                                    MonitoringJob::outputKmsKeyId),
                            scheduleJob("roleArn", Kind.STRING, "RoleArn", "role_arn", null, MonitoringJob::roleArn),
                            PolicyModel.<MonitoringSchedule>prop(
                                    "tags", Kind.STRING_MAP, "Tags", "tags", null, MonitoringSchedule::tags))));

    /** The nested types, for the reference. */
    public static final List<Type> NESTED_TYPES = List.of(CONTAINER, VARIANT);

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** The resource type of this name. */
    public static Optional<Type> resourceType(String name) {
        return RESOURCE_TYPES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The type a resource is read as, if policies can read it. */
    public static Optional<Type> typeOf(SageMakerResource resource) {
        return RESOURCE_TYPES.stream()
                .filter(t -> t.javaType().isInstance(resource))
                .findFirst();
    }
}
