package dev.sagelint.cfn.adapt;

import static dev.sagelint.cfn.adapt.Adapted.YAML;
import static dev.sagelint.cfn.adapt.Adapted.adapt;
import static dev.sagelint.cfn.adapt.Adapted.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.model.Condition;
import dev.sagelint.model.Prop;
import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.FeatureGroup;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.MonitoringSchedule;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.model.sagemaker.SageMakerResource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Values that come through intrinsic functions, as the rules see them: the words and the deciding span. */
class EvaluatedValuesTest {

    private static final String PARAMETERS = """
            Parameters:
              EnableInternet:
                Type: String
                Default: Enabled
                AllowedValues: [Enabled, Disabled]
              RootAccess:
                Type: String
                AllowedValues: [Enabled, Disabled]
              Kms:
                Type: String
              Stage:
                Type: String
            Conditions:
              IsDev: !Equals [!Ref Stage, dev]
            """;

    private static NotebookInstance notebook(String properties) {
        List<SageMakerResource> all = adapt(YAML, PARAMETERS + """
                Resources:
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                """ + properties.indent(6));
        return (NotebookInstance) all.get(0);
    }

    private static Optional<Violation> notDisabled(Prop<String> p) {
        return p.violation(v -> !"Disabled".equals(v));
    }

    @Test
    void parameterWithAnInsecureDefaultFailsWhenTheDefaultIsUsedAndPointsAtTheDefault() {
        Prop<String> access =
                notebook("DirectInternetAccess: !Ref EnableInternet").directInternetAccess();

        assertThat(notDisabled(access)).hasValueSatisfying(v -> {
            assertThat(v.fact())
                    .isEqualTo(
                            "`DirectInternetAccess` is `Enabled` when parameter `EnableInternet` is `Enabled` (its default)");
            assertThat(v.conditionText()).isEqualTo("when parameter `EnableInternet` is `Enabled` (its default)");
            assertThat(v.condition())
                    .isEqualTo(
                            new Condition.AllOf(List.of(new Condition.ParameterIs("EnableInternet", "Enabled", true))));
            assertThat(v.condition().inputs())
                    .containsExactly(new Condition.Input(Condition.Input.Kind.PARAMETER, "EnableInternet"));
            assertThat(v.span()).isEqualTo(span(YAML, "4:14-4:21"));
        });
    }

    @Test
    void parameterWithoutDefaultFailsUnderTheAllowedValueThatIsInsecure() {
        Prop<String> root = notebook("RootAccess: !Ref RootAccess").rootAccess();

        assertThat(notDisabled(root)).hasValueSatisfying(v -> {
            assertThat(v.conditionText()).isEqualTo("when parameter `RootAccess` is `Enabled`");
            assertThat(v.span()).isEqualTo(span(YAML, "8:21-8:28"));
        });
    }

    @Test
    void parameterWithoutDefaultOrAllowedValuesCannotBeResolved() {
        Prop<String> kms = notebook("KmsKeyId: !Ref Kms").kmsKeyId();

        assertThat(kms).isInstanceOf(Prop.Unknown.class);
        assertThat(kms.violationWhenUnset()).as("some value is written").isEmpty();
        assertThat(kms.violation(v -> true))
                .hasValueSatisfying(
                        v -> assertThat(v.fact())
                                .isEqualTo(
                                        "`KmsKeyId` is `!Ref Kms`, which cannot be resolved here (parameter `Kms` has no `Default`)"));
    }

    @Test
    void bothBranchesOfIfAreTaggedWithTheCondition() {
        Prop<String> access =
                notebook("DirectInternetAccess: !If [IsDev, Enabled, Disabled]").directInternetAccess();

        assertThat(notDisabled(access)).hasValueSatisfying(v -> {
            assertThat(v.fact()).isEqualTo("`DirectInternetAccess` is `Enabled` when condition `IsDev` holds");
            assertThat(v.span()).isEqualTo(span(YAML, "19:41-19:48"));
        });
        Prop<String> reversed =
                notebook("DirectInternetAccess: !If [IsDev, Disabled, Enabled]").directInternetAccess();
        assertThat(notDisabled(reversed))
                .map(Violation::condition)
                .contains(new Condition.AllOf(List.of(new Condition.TemplateCondition("IsDev", false))));
    }

    @Test
    void noValueBranchFallsBackToTheAwsDefault() {
        Prop<String> root =
                notebook("RootAccess: !If [IsDev, Disabled, !Ref AWS::NoValue]").rootAccess();

        assertThat(notDisabled(root))
                .hasValueSatisfying(v -> assertThat(v.fact())
                        .isEqualTo("`RootAccess` is `Enabled` when condition `IsDev` does not hold"));
        assertThat(notebook("RootAccess: !Ref AWS::NoValue").rootAccess()).isInstanceOf(Prop.Absent.class);
    }

    @Test
    void aBranchThatCannotBeResolvedDoesNotSilentlyPass() {
        Prop<String> root =
                notebook("RootAccess: !If [IsDev, Disabled, !Ref Kms]").rootAccess();

        assertThat(notDisabled(root))
                .hasValueSatisfying(v -> assertThat(v.conditionText())
                        .isEqualTo("if it resolves to an insecure value when condition `IsDev` does not hold"));
    }

    @Test
    void referencesBetweenResourcesResolve() {
        List<SageMakerResource> all = adapt(YAML, """
                Resources:
                  Quality:
                    Type: AWS::SageMaker::DataQualityJobDefinition
                    Properties:
                      JobDefinitionName: quality
                  ByAttribute:
                    Type: AWS::SageMaker::MonitoringSchedule
                    Properties:
                      MonitoringScheduleConfig:
                        MonitoringJobDefinitionName: !GetAtt Quality.JobDefinitionName
                        MonitoringType: DataQuality
                  ByName:
                    Type: AWS::SageMaker::MonitoringSchedule
                    Properties:
                      MonitoringScheduleConfig: {MonitoringJobDefinitionName: quality, MonitoringType: DataQuality}
                  Model:
                    Type: AWS::SageMaker::Model
                    Properties:
                      VpcConfig: {Subnets: [!Ref Subnet], SecurityGroupIds: [sg-1]}
                  Subnet:
                    Type: AWS::EC2::Subnet
                  Config:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ProductionVariants:
                        - {VariantName: a, ModelName: !GetAtt Model.ModelName, InitialInstanceCount: 2}
                        - {VariantName: b, ModelName: !Ref Model, InitialInstanceCount: 2}
                  Key:
                    Type: AWS::KMS::Key
                  Features:
                    Type: AWS::SageMaker::FeatureGroup
                    Properties:
                      OfflineStoreConfig: {S3StorageConfig: {S3Uri: s3://b, KmsKeyId: !GetAtt Key.Arn}}
                """);

        assertThat(((MonitoringSchedule) all.get(1)).namedDefinition())
                .map(d -> d.id().address())
                .contains("Quality");
        assertThat(((MonitoringSchedule) all.get(2)).namedDefinition())
                .map(d -> d.id().address())
                .contains("Quality");
        Model model = (Model) all.get(3);
        assertThat(model.vpcSubnets().violationWhenUnset())
                .as("a subnet resource is a subnet")
                .isEmpty();
        EndpointConfig config = (EndpointConfig) all.get(4);
        assertThat(config.productionVariants())
                .extracting(v -> v.model().map(m -> m.id().address()))
                .containsExactly(Optional.of("Model"), Optional.of("Model"));
        FeatureGroup features = (FeatureGroup) all.get(5);
        assertThat(features.offlineKmsKeyId().violationWhenUnset())
                .as("a key resource is a key")
                .isEmpty();
    }

    @Test
    void serverlessCasesOfAVariantDoNotCountItsInstances() {
        EndpointConfig config = (EndpointConfig)
                adapt(YAML, PARAMETERS.replace("Conditions:", "  Count: {Type: Number, Default: 1}\nConditions:") + """
                Resources:
                  Config:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ProductionVariants:
                        - InitialInstanceCount: !If [IsDev, !Ref AWS::NoValue, !Ref Count]
                          ServerlessConfig: !If [IsDev, {MaxConcurrency: 1, MemorySizeInMB: 1024}, !Ref AWS::NoValue]
                """)
                        .get(0);

        Prop<Integer> count = config.productionVariants().get(0).initialInstanceCount();

        assertThat(count.violation(c -> c == null || c < 2))
                .hasValueSatisfying(v -> assertThat(v.conditionText())
                        .isEqualTo("when condition `IsDev` does not hold and parameter `Count` is `1` (its default)"));
    }

    @Test
    void aTransformIsReportedAndTheDeclaredResourcesAreRead() {
        String template = """
                Transform: [AWS::Serverless-2016-10-31, MyMacro]
                Resources:
                  Notebook:
                    Type: AWS::SageMaker::NotebookInstance
                  Function:
                    Type: AWS::Serverless::Function
                """;
        var root = new TemplateReader(ScanContext.Limits.defaults())
                .read(YAML, template.getBytes(StandardCharsets.UTF_8))
                .root()
                .orElseThrow();

        TemplateAdapter.Adapted adapted =
                TemplateAdapter.adapt(root, TemplateAdapter.Input.of(YAML, ScanContext.Limits.defaults()));

        assertThat(adapted.resources()).hasSize(1);
        assertThat(adapted.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCode.TRANSFORM_NOT_EXPANDED,
                                1,
                                "the AWS SAM transform `AWS::Serverless-2016-10-31` is not expanded: the "
                                        + "template's own resources, the definitions of its "
                                        + "`AWS::Serverless::StateMachine` resources and the local templates of its "
                                        + "`AWS::Serverless::Application` resources are analyzed, not the other "
                                        + "resources the transform would create"),
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCode.TRANSFORM_NOT_EXPANDED,
                                1,
                                "the transform "
                                        + "(macro) `MyMacro` is not expanded: only the resources the template declares itself "
                                        + "are analyzed, not those the transform would create or change"));
    }
}
