package dev.sagelint.cfn.adapt;

import static dev.sagelint.cfn.adapt.Adapted.YAML;
import static dev.sagelint.cfn.adapt.Adapted.absent;
import static dev.sagelint.cfn.adapt.Adapted.id;
import static dev.sagelint.cfn.adapt.Adapted.known;
import static dev.sagelint.cfn.adapt.Adapted.only;
import static dev.sagelint.cfn.adapt.Adapted.span;
import static dev.sagelint.cfn.adapt.Adapted.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.ResourceId;
import dev.sagelint.model.sagemaker.Monitoring;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.model.sagemaker.MonitoringSchedule;
import dev.sagelint.model.sagemaker.Networks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonitoringAdapterTest {

    @ParameterizedTest
    @CsvSource({
        "DataQualityJobDefinition, DATA_QUALITY",
        "ModelQualityJobDefinition, MODEL_QUALITY",
        "ModelBiasJobDefinition, MODEL_BIAS",
        "ModelExplainabilityJobDefinition, MODEL_EXPLAINABILITY"
    })
    void everyJobDefinitionTypeHasItsKind(String type, MonitoringKind kind) {
        MonitoringJobDefinition definition = only(YAML, """
                Resources:
                  Job:
                    Type: AWS::SageMaker::%s
                    Properties:
                      JobDefinitionName: quality
                      NetworkConfig:
                        EnableInterContainerTrafficEncryption: true
                        EnableNetworkIsolation: 'false'
                        VpcConfig:
                          Subnets: [subnet-1, subnet-2]
                      JobResources:
                        ClusterConfig:
                          InstanceCount: 2
                """.formatted(type));

        ResourceId id = id(YAML, "Job", "AWS::SageMaker::" + type, "2:3-2:6");
        assertThat(definition)
                .isEqualTo(Monitoring.definition(id, kind)
                        .withName(known(YAML, "JobDefinitionName", "quality", "5:26-5:33"))
                        .withNetwork(Networks.unset("", id.declaration())
                                .withInterContainerTrafficEncryption(known(
                                        YAML, "NetworkConfig.EnableInterContainerTrafficEncryption", true, "7:48-7:52"))
                                .withNetworkIsolation(
                                        known(YAML, "NetworkConfig.EnableNetworkIsolation", false, "8:33-8:40"))
                                .withVpcSubnets(known(
                                        YAML,
                                        "NetworkConfig.VpcConfig.Subnets",
                                        List.of("subnet-1", "subnet-2"),
                                        "10:20-10:40"))
                                .build())
                        .withInstanceCount(known(YAML, "JobResources.ClusterConfig.InstanceCount", 2, "13:26-13:27"))
                        .build());
    }

    @Test
    void jobDefinitionDefaultsToOneInstanceAndFlagsOff() {
        MonitoringJobDefinition definition = only(YAML, """
                Resources:
                  Bias:
                    Type: AWS::SageMaker::ModelBiasJobDefinition
                    Properties:
                      RoleArn: arn:aws:iam::111122223333:role/monitor
                """);

        ResourceId id = definition.id();
        assertThat(definition.network())
                .isEqualTo(Networks.unset("", id.declaration()).build());
        assertThat(definition.network().interContainerTrafficEncryption())
                .isEqualTo(absent(id, "NetworkConfig.EnableInterContainerTrafficEncryption", false));
        assertThat(definition.network().networkIsolation())
                .isEqualTo(absent(id, "NetworkConfig.EnableNetworkIsolation", false));
        assertThat(definition.instanceCount()).isEqualTo(absent(id, "JobResources.ClusterConfig.InstanceCount", 1));
        assertThat(definition.name()).isEqualTo(absent(id, "JobDefinitionName", null));
    }

    @Test
    void scheduleWithAnEmbeddedJobDefinition() {
        MonitoringSchedule schedule = only(YAML, """
                Resources:
                  Schedule:
                    Type: AWS::SageMaker::MonitoringSchedule
                    Properties:
                      MonitoringScheduleName: hourly
                      MonitoringScheduleConfig:
                        MonitoringJobDefinition:
                          MonitoringResources:
                            ClusterConfig:
                              InstanceCount: 1
                          NetworkConfig:
                            EnableNetworkIsolation: true
                """);

        ResourceId id = id(YAML, "Schedule", "AWS::SageMaker::MonitoringSchedule", "2:3-2:11");
        String job = "MonitoringScheduleConfig.MonitoringJobDefinition.";
        assertThat(schedule)
                .isEqualTo(Monitoring.schedule(id)
                        .withEmbeddedJob(Monitoring.embeddedJob(span(YAML, "8:11-12:41"), id.declaration())
                                .withNetwork(Networks.unset(job, id.declaration())
                                        .withNetworkIsolation(known(
                                                YAML,
                                                job + "NetworkConfig.EnableNetworkIsolation",
                                                true,
                                                "12:37-12:41"))
                                        .build())
                                .withInstanceCount(known(
                                        YAML,
                                        job + "MonitoringResources.ClusterConfig.InstanceCount",
                                        1,
                                        "10:30-10:31"))
                                .build())
                        .build());
    }

    @Test
    void scheduleThatNamesASeparateDefinition() {
        MonitoringSchedule schedule = only(YAML, """
                Resources:
                  Schedule:
                    Type: AWS::SageMaker::MonitoringSchedule
                    Properties:
                      MonitoringScheduleConfig:
                        MonitoringJobDefinitionName: !GetAtt Quality.JobDefinitionName
                        MonitoringType: DataQuality
                """);

        assertThat(schedule.embeddedJob()).isEmpty();
        assertThat(schedule.jobDefinitionName())
                .isEqualTo(unknown(
                        YAML,
                        "MonitoringScheduleConfig.MonitoringJobDefinitionName",
                        "!GetAtt Quality.JobDefinitionName",
                        "`Quality` is not a resource of this template",
                        "6:38-6:71"));
        assertThat(schedule.monitoringType())
                .isEqualTo(known(YAML, "MonitoringScheduleConfig.MonitoringType", "DataQuality", "7:25-7:36"));
        assertThat(schedule.namedDefinition()).isEmpty();
    }
}
