package dev.sagelint.cfn.adapt;

import static dev.sagelint.cfn.adapt.Adapted.YAML;
import static dev.sagelint.cfn.adapt.Adapted.absent;
import static dev.sagelint.cfn.adapt.Adapted.id;
import static dev.sagelint.cfn.adapt.Adapted.known;
import static dev.sagelint.cfn.adapt.Adapted.only;
import static dev.sagelint.cfn.adapt.Adapted.span;
import static dev.sagelint.cfn.adapt.Adapted.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelAdapterTest {

    private static final String TYPE = "AWS::SageMaker::Model";

    @Test
    void primaryContainerModel() {
        Model model = only(YAML, """
                Resources:
                  Model:
                    Type: AWS::SageMaker::Model
                    Properties:
                      EnableNetworkIsolation: "true"
                      ExecutionRoleArn: arn:aws:iam::111122223333:role/sm
                      PrimaryContainer:
                        Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/model:1
                        ImageConfig:
                          RepositoryAccessMode: Vpc
                      VpcConfig:
                        Subnets: [subnet-1]
                        SecurityGroupIds: [sg-1]
                """);

        ResourceId id = id(YAML, "Model", TYPE, "2:3-2:8");
        assertThat(model)
                .isEqualTo(Models.unset(id)
                        .withEnableNetworkIsolation(known(YAML, "EnableNetworkIsolation", true, "5:31-5:37"))
                        .withExecutionRoleArn(
                                known(YAML, "ExecutionRoleArn", "arn:aws:iam::111122223333:role/sm", "6:25-6:58"))
                        .withPrimaryContainer(
                                Models.container("PrimaryContainer.", span(YAML, "8:9-10:36"), id.declaration())
                                        .withImage(known(
                                                YAML,
                                                "PrimaryContainer.Image",
                                                "111122223333.dkr.ecr.us-east-1.amazonaws.com/model:1",
                                                "8:16-8:68"))
                                        .withRepositoryAccessMode(known(
                                                YAML,
                                                "PrimaryContainer.ImageConfig.RepositoryAccessMode",
                                                "Vpc",
                                                "10:33-10:36"))
                                        .build())
                        .withVpcSubnets(known(YAML, "VpcConfig.Subnets", List.of("subnet-1"), "12:18-12:28"))
                        .withVpcSecurityGroupIds(
                                known(YAML, "VpcConfig.SecurityGroupIds", List.of("sg-1"), "13:27-13:33"))
                        .build());
    }

    @Test
    void multiContainerModelWithoutImageConfig() {
        Model model = only(YAML, """
                Resources:
                  Pipeline:
                    Type: AWS::SageMaker::Model
                    Properties:
                      Containers:
                        - Image: first
                          ImageConfig: {RepositoryAccessMode: Platform}
                        - Image: second
                """);

        ResourceId id = id(YAML, "Pipeline", TYPE, "2:3-2:11");
        assertThat(model)
                .isEqualTo(Models.unset(id)
                        .withContainer(Models.container("Containers[0].", span(YAML, "6:11-7:56"), id.declaration())
                                .withImage(known(YAML, "Containers[0].Image", "first", "6:18-6:23"))
                                .withRepositoryAccessMode(known(
                                        YAML,
                                        "Containers[0].ImageConfig.RepositoryAccessMode",
                                        "Platform",
                                        "7:47-7:55"))
                                .build())
                        .withContainer(Models.container("Containers[1].", span(YAML, "8:11-8:24"), id.declaration())
                                .withImage(known(YAML, "Containers[1].Image", "second", "8:18-8:24"))
                                .build())
                        .build());
        assertThat(model.enableNetworkIsolation()).isEqualTo(absent(id, "EnableNetworkIsolation", false));
    }

    @Test
    void anIntrinsicInPlaceOfABlockMakesEveryValueBelowItUnknown() {
        Model model = only(YAML, """
                Resources:
                  Model:
                    Type: AWS::SageMaker::Model
                    Properties:
                      EnableNetworkIsolation: sometimes
                      PrimaryContainer: !If [UsePrivate, {Image: a, ImageConfig: {RepositoryAccessMode: Vpc}}, {Image: b}]
                      Containers: !Ref ContainerList
                """);

        assertThat(model.enableNetworkIsolation())
                .isEqualTo(unknown(
                        YAML,
                        "EnableNetworkIsolation",
                        "sometimes",
                        "expected a boolean, found `sometimes`",
                        "5:31-5:40"));
        assertThat(model.primaryContainer()).hasValueSatisfying(c -> {
            assertThat(c.span()).isEqualTo(span(YAML, "6:25-6:107"));
            assertThat(c.image()).isInstanceOf(Prop.Unknown.class);
            Prop.Unknown<String> u = (Prop.Unknown<String>) c.image();
            {
                assertThat(u.expression())
                        .isEqualTo(
                                "!If [UsePrivate, {Image: a, ImageConfig: {RepositoryAccessMode: Vpc}}, {Image: b}]");
                assertThat(u.possibleValues())
                        .extracting(p -> p.value() + " " + p.condition().words())
                        .containsExactly(
                                "a when condition `UsePrivate` holds", "b when condition `UsePrivate` does not hold");
            }
            assertThat(c.repositoryAccessMode().violation("Platform"::equals)).isEmpty();
            assertThat(c.repositoryAccessMode().violationWhenUnset())
                    .hasValueSatisfying(
                            v -> assertThat(v.conditionText()).isEqualTo("when condition `UsePrivate` does not hold"));
        });
        assertThat(model.containers())
                .singleElement()
                .satisfies(c -> assertThat(c.repositoryAccessMode())
                        .isEqualTo(unknown(
                                YAML,
                                "Containers[*].ImageConfig.RepositoryAccessMode",
                                "!Ref ContainerList",
                                "the list `Containers` depends on a condition or cannot be resolved here",
                                "7:19-7:37")));
    }
}
