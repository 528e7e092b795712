package dev.sagelint.cfn.adapt;

import static dev.sagelint.cfn.adapt.Adapted.YAML;
import static dev.sagelint.cfn.adapt.Adapted.absent;
import static dev.sagelint.cfn.adapt.Adapted.adapt;
import static dev.sagelint.cfn.adapt.Adapted.id;
import static dev.sagelint.cfn.adapt.Adapted.known;
import static dev.sagelint.cfn.adapt.Adapted.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.ResourceId;
import dev.sagelint.model.sagemaker.AppImageConfig;
import dev.sagelint.model.sagemaker.Domain;
import dev.sagelint.model.sagemaker.FeatureGroup;
import dev.sagelint.model.sagemaker.FeatureGroups;
import dev.sagelint.model.sagemaker.Image;
import dev.sagelint.model.sagemaker.InferenceExperiment;
import dev.sagelint.model.sagemaker.InferenceExperiments;
import dev.sagelint.model.sagemaker.Jobs;
import dev.sagelint.model.sagemaker.Networks;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.model.sagemaker.TrainingJob;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The adapters whose records have a few properties each. */
class OtherAdaptersTest {

    @Test
    void featureGroupWithBothStores() {
        FeatureGroup group = only(YAML, """
                Resources:
                  Features:
                    Type: AWS::SageMaker::FeatureGroup
                    Properties:
                      OfflineStoreConfig:
                        S3StorageConfig:
                          S3Uri: s3://bucket/features
                          KmsKeyId: alias/offline
                      OnlineStoreConfig:
                        EnableOnlineStore: true
                """);

        ResourceId id = id(YAML, "Features", "AWS::SageMaker::FeatureGroup", "2:3-2:11");
        assertThat(group)
                .isEqualTo(FeatureGroups.unset(id)
                        .withOfflineStore(known(YAML, "OfflineStoreConfig", true, "6:9-8:34"))
                        .withOfflineKmsKeyId(known(
                                YAML, "OfflineStoreConfig.S3StorageConfig.KmsKeyId", "alias/offline", "8:21-8:34"))
                        .withOnlineStoreEnabled(known(YAML, "OnlineStoreConfig.EnableOnlineStore", true, "10:28-10:32"))
                        .build());
        assertThat(group.onlineStorageType()).isEqualTo(absent(id, "OnlineStoreConfig.StorageType", "Standard"));
    }

    @Test
    void featureGroupWithoutStores() {
        FeatureGroup group = only(YAML, "Resources:\n  F:\n    Type: AWS::SageMaker::FeatureGroup\n");

        assertThat(group.offlineStore()).isEqualTo(absent(group.id(), "OfflineStoreConfig", false));
        assertThat(group.onlineStoreEnabled())
                .isEqualTo(absent(group.id(), "OnlineStoreConfig.EnableOnlineStore", false));
    }

    @Test
    void tagsOfAppImageConfigsAndImagesBecomeMaps() {
        List<SageMakerResource> resources = adapt(YAML, """
                Resources:
                  Config:
                    Type: AWS::SageMaker::AppImageConfig
                    Properties:
                      Tags:
                        - Key: team
                          Value: ml
                        - {Key: cost-center, Value: 42}
                  Image:
                    Type: AWS::SageMaker::Image
                    Properties:
                      Tags: [{Key: owner, Value: !Ref Owner}]
                  Untagged:
                    Type: AWS::SageMaker::Image
                """);

        assertThat(resources).hasSize(3);
        assertThat(((AppImageConfig) resources.get(0)).tags())
                .isEqualTo(known(YAML, "Tags", Map.of("team", "ml", "cost-center", "42"), "6:9-8:40"));
        assertThat(((Image) resources.get(1)).tags())
                .as("a value through a function keeps its source; keys count")
                .isEqualTo(known(YAML, "Tags", Map.of("owner", "!Ref Owner"), "12:13-12:46"));
        Image untagged = (Image) resources.get(2);
        assertThat(untagged.tags()).isEqualTo(absent(untagged.id(), "Tags", null));
    }

    @Test
    void inferenceExperimentKeys() {
        InferenceExperiment experiment = only(YAML, """
                Resources:
                  Shadow:
                    Type: AWS::SageMaker::InferenceExperiment
                    Properties:
                      KmsKey: alias/hosting
                      DataStorageConfig:
                        Destination: s3://bucket/capture
                """);

        ResourceId id = experiment.id();
        assertThat(experiment)
                .isEqualTo(InferenceExperiments.unset(id)
                        .withKmsKey(known(YAML, "KmsKey", "alias/hosting", "5:15-5:28"))
                        .withDataStorage(known(YAML, "DataStorageConfig", true, "7:9-7:41"))
                        .build());
    }

    @Test
    void domainNetworkAccessDefaultsToPublicInternet() {
        List<SageMakerResource> resources = adapt(YAML, """
                Resources:
                  Open:
                    Type: AWS::SageMaker::Domain
                  Closed:
                    Type: AWS::SageMaker::Domain
                    Properties:
                      AppNetworkAccessType: VpcOnly
                """);

        Domain open = (Domain) resources.get(0);
        assertThat(open.appNetworkAccessType())
                .isEqualTo(absent(open.id(), "AppNetworkAccessType", "PublicInternetOnly"));
        assertThat(((Domain) resources.get(1)).appNetworkAccessType())
                .isEqualTo(known(YAML, "AppNetworkAccessType", "VpcOnly", "7:29-7:36"));
    }

    @Test
    void processingAndTrainingJobs() {
        List<SageMakerResource> resources = adapt(YAML, """
                Resources:
                  Process:
                    Type: AWS::SageMaker::ProcessingJob
                    Properties:
                      ProcessingResources:
                        ClusterConfig:
                          InstanceCount: 3
                      NetworkConfig:
                        EnableNetworkIsolation: true
                  Train:
                    Type: AWS::SageMaker::TrainingJob
                    Properties:
                      EnableInterContainerTrafficEncryption: false
                      ResourceConfig: {InstanceCount: 2}
                      VpcConfig: {Subnets: [subnet-1]}
                """);

        ProcessingJob process = (ProcessingJob) resources.get(0);
        assertThat(process)
                .isEqualTo(Jobs.processing(process.id())
                        .withNetwork(Networks.unset("", process.id().declaration())
                                .withNetworkIsolation(
                                        known(YAML, "NetworkConfig.EnableNetworkIsolation", true, "9:33-9:37"))
                                .build())
                        .withInstanceCount(
                                known(YAML, "ProcessingResources.ClusterConfig.InstanceCount", 3, "7:26-7:27"))
                        .build());
        TrainingJob train = (TrainingJob) resources.get(1);
        assertThat(train)
                .isEqualTo(Jobs.training(train.id())
                        .withInterContainerTrafficEncryption(
                                known(YAML, "EnableInterContainerTrafficEncryption", false, "13:46-13:51"))
                        .withInstanceCount(known(YAML, "ResourceConfig.InstanceCount", 2, "14:39-14:40"))
                        .withVpcSubnets(known(YAML, "VpcConfig.Subnets", List.of("subnet-1"), "15:28-15:38"))
                        .build());
        assertThat(train.networkIsolation()).isEqualTo(absent(train.id(), "EnableNetworkIsolation", false));
    }
}
