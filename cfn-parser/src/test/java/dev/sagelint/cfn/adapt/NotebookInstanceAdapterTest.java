package dev.sagelint.cfn.adapt;

import static dev.sagelint.cfn.adapt.Adapted.JSON;
import static dev.sagelint.cfn.adapt.Adapted.YAML;
import static dev.sagelint.cfn.adapt.Adapted.absent;
import static dev.sagelint.cfn.adapt.Adapted.id;
import static dev.sagelint.cfn.adapt.Adapted.known;
import static dev.sagelint.cfn.adapt.Adapted.only;
import static dev.sagelint.cfn.adapt.Adapted.span;
import static dev.sagelint.cfn.adapt.Adapted.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.Condition;
import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.model.sagemaker.Notebooks;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookInstanceAdapterTest {

    private static final String TYPE = "AWS::SageMaker::NotebookInstance";

    @Test
    void writtenPropertiesAreKnownWhereTheyAreWritten() {
        NotebookInstance notebook = only(YAML, """
                Resources:
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                      DirectInternetAccess: Disabled
                      SubnetId: subnet-0abc
                      SecurityGroupIds: [sg-1, sg-2]
                      RootAccess: "Disabled"
                      PlatformIdentifier: notebook-al2023-v1
                      KmsKeyId: alias/notebooks
                      InstanceMetadataServiceConfiguration:
                        MinimumInstanceMetadataServiceVersion: 2
                """);

        ResourceId id = id(YAML, "Notebook", TYPE, "2:3-2:11");
        assertThat(notebook)
                .isEqualTo(Notebooks.unset(id)
                        .withDirectInternetAccess(known(YAML, "DirectInternetAccess", "Disabled", "6:29-6:37"))
                        .withSubnetId(known(YAML, "SubnetId", "subnet-0abc", "7:17-7:28"))
                        .withSecurityGroupIds(known(YAML, "SecurityGroupIds", List.of("sg-1", "sg-2"), "8:25-8:37"))
                        .withRootAccess(known(YAML, "RootAccess", "Disabled", "9:19-9:29"))
                        .withPlatformIdentifier(known(YAML, "PlatformIdentifier", "notebook-al2023-v1", "10:27-10:45"))
                        .withKmsKeyId(known(YAML, "KmsKeyId", "alias/notebooks", "11:17-11:32"))
                        .withMinimumImdsVersion(known(
                                YAML,
                                "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion",
                                "2",
                                "13:48-13:49"))
                        .withInstanceType(known(YAML, "InstanceType", "ml.t3.medium", "5:21-5:33"))
                        .build());
    }

    @Test
    void absentPropertiesTakeTheAwsDefaultAndPointAtTheLogicalId() {
        NotebookInstance notebook = only(YAML, """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  Bare:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      InstanceType: ml.t3.medium
                """);

        ResourceId id = id(YAML, "Bare", TYPE, "3:3-3:7");
        assertThat(notebook)
                .isEqualTo(Notebooks.unset(id)
                        .withInstanceType(known(YAML, "InstanceType", "ml.t3.medium", "6:21-6:33"))
                        .build());
        assertThat(notebook.directInternetAccess()).isEqualTo(absent(id, "DirectInternetAccess", "Enabled"));
        assertThat(notebook.rootAccess()).isEqualTo(absent(id, "RootAccess", "Enabled"));
        assertThat(notebook.minimumImdsVersion())
                .isEqualTo(
                        absent(id, "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion", "1"));
    }

    @Test
    void aResourceWithoutPropertiesHasEveryPropertyAbsent() {
        NotebookInstance notebook = only(YAML, "Resources:\n  Empty:\n    Type: AWS::SageMaker::NotebookInstance\n");

        assertThat(notebook.rootAccess()).isEqualTo(absent(notebook.id(), "RootAccess", "Enabled"));
    }

    @Test
    void intrinsicFunctionsAreUnknownAndQuoteTheSource() {
        NotebookInstance notebook = only(YAML, """
                Resources:
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Condition: IsDev
                    Properties:
                      RootAccess: !Ref RootAccessParam
                      DirectInternetAccess: !If [IsProd, Disabled, Enabled]
                      SecurityGroupIds:
                        - !GetAtt Group.GroupId
                        - sg-static
                      InstanceMetadataServiceConfiguration: !If
                        - IsProd
                        - MinimumInstanceMetadataServiceVersion: 2
                        - !Ref AWS::NoValue
                """);

        assertThat(notebook.rootAccess())
                .isEqualTo(unknown(
                        YAML,
                        "RootAccess",
                        "!Ref RootAccessParam",
                        "`RootAccessParam` is neither a parameter nor a resource of this template",
                        "6:19-6:39"));
        assertThat(notebook.directInternetAccess())
                .isEqualTo(new Prop.Unknown<>(
                        "DirectInternetAccess",
                        "!If [IsProd, Disabled, Enabled]",
                        "it depends on condition `IsProd`",
                        List.of(
                                new Prop.Possible<>("Disabled", isProd(true), span(YAML, "7:42-7:50")),
                                new Prop.Possible<>("Enabled", isProd(false), span(YAML, "7:52-7:59"))),
                        List.of(),
                        true,
                        span(YAML, "7:29-7:60")));
        assertThat(notebook.securityGroupIds())
                .isEqualTo(unknown(
                        YAML,
                        "SecurityGroupIds",
                        "- !GetAtt Group.GroupId - sg-static",
                        "an item cannot be resolved here: `Group` is not a resource of this template",
                        "9:9-10:20"));
        assertThat(notebook.minimumImdsVersion().violation(v -> !"2".equals(v))).hasValueSatisfying(v -> {
            assertThat(v.fact())
                    .isEqualTo("`InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion`"
                            + " is `1` when condition `IsProd` does not hold");
            assertThat(v.span()).isEqualTo(span(YAML, "14:11-14:28"));
        });
    }

    @Test
    void valuesOfTheWrongTypeAreUnknownWithTheReason() {
        NotebookInstance notebook = only(YAML, """
                Resources:
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      RootAccess: [Disabled]
                      SubnetId:
                      SecurityGroupIds: sg-1
                      InstanceMetadataServiceConfiguration: "2"
                """);

        assertThat(notebook.rootAccess())
                .isEqualTo(unknown(YAML, "RootAccess", "[Disabled]", "expected a string, found a list", "5:19-5:29"));
        assertThat(notebook.subnetId())
                .isInstanceOfSatisfying(
                        Prop.Unknown.class, u -> assertThat(u.reason()).isEqualTo("expected a string, found null"));
        assertThat(notebook.securityGroupIds())
                .isEqualTo(unknown(
                        YAML, "SecurityGroupIds", "sg-1", "expected a list of strings, found `sg-1`", "7:25-7:29"));
        assertThat(notebook.minimumImdsVersion())
                .isEqualTo(unknown(
                        YAML,
                        "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion",
                        "\"2\"",
                        "`InstanceMetadataServiceConfiguration` is a value, not a mapping",
                        "8:45-8:48"));
    }

    @Test
    void jsonTemplatesGiveTheSameRecordsWithJsonSpans() {
        NotebookInstance notebook = only(JSON, """
                {
                  "Resources": {
                    "Notebook": {
                      "Type": "AWS::SageMaker::NotebookInstance",
                      "Metadata": {"aws:cdk:path": "Stack/Notebook/Resource"},
                      "Properties": {
                        "RootAccess": "Disabled",
                        "DirectInternetAccess": {"Fn::If": ["IsProd", "Disabled", "Enabled"]}
                      }
                    }
                  }
                }
                """);

        ResourceId id =
                new ResourceId("Notebook", TYPE, Adapted.span(JSON, "3:5-3:15"), null, "Stack/Notebook/Resource");
        assertThat(notebook.id()).isEqualTo(id);
        assertThat(notebook.rootAccess()).isEqualTo(known(JSON, "RootAccess", "Disabled", "7:23-7:33"));
        assertThat(notebook.directInternetAccess().violation("Enabled"::equals)).hasValueSatisfying(v -> {
            assertThat(v.conditionText()).isEqualTo("when condition `IsProd` does not hold");
            assertThat(v.span()).isEqualTo(span(JSON, "8:67-8:76"));
        });
        assertThat(notebook.kmsKeyId()).isEqualTo(absent(id, "KmsKeyId", null));
    }

    private static Condition isProd(boolean holds) {
        return new Condition.AllOf(List.of(new Condition.TemplateCondition("IsProd", holds)));
    }
}
