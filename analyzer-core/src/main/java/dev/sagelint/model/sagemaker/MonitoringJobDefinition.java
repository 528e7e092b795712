package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import java.util.Map;

/**
 * A model monitoring job definition: data quality, model quality, model bias or model explainability
 * ({@code AWS::SageMaker::DataQualityJobDefinition} and its three siblings).
 *
 * @param kind           which of the four
 * @param name           {@code JobDefinitionName}, which a monitoring schedule uses to name it
 * @param network        {@code NetworkConfig}
 * @param instanceCount  {@code JobResources.ClusterConfig.InstanceCount}; CloudFormation default
 *                       {@link #DEFAULT_INSTANCE_COUNT}
 * @param volumeKmsKeyId {@code JobResources.ClusterConfig.VolumeKmsKeyId}; none by default (an AWS managed key)
 * @param outputKmsKeyId {@code <Kind>JobOutputConfig.KmsKeyId} ({@link MonitoringKind#outputConfig()}); none by
 *                       default (the S3 managed key)
 * @param roleArn        {@code RoleArn}, the role the monitoring jobs run as (read for policies)
 * @param instanceType   {@code JobResources.ClusterConfig.InstanceType} (read for policies)
 * @param tags           {@code Tags} as a map; none by default (read for policies)
 */
public record MonitoringJobDefinition(
        ResourceId id,
        MonitoringKind kind,
        Prop<String> name,
        NetworkConfig network,
        Prop<Integer> instanceCount,
        Prop<String> volumeKmsKeyId,
        Prop<String> outputKmsKeyId,
        Prop<String> roleArn,
        Prop<String> instanceType,
        Prop<Map<String, String>> tags)
        implements SageMakerResource {

    /**
     * {@code JobResources.ClusterConfig.InstanceCount} when omitted in CloudFormation (the Terraform attribute is
     * required):
     * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-sagemaker-dataqualityjobdefinition-clusterconfig.html
     */
    public static final int DEFAULT_INSTANCE_COUNT = 1;
}
