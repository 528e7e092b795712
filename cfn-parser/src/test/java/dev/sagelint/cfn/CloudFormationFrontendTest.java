package dev.sagelint.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.Frontend;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.engine.Scanner;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import dev.sagelint.rules.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudFormationFrontendTest {

    private static final String NOTEBOOK = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Notebook:
                Type: AWS::SageMaker::NotebookInstance
                Properties:
                  InstanceType: ml.t3.medium
                  RootAccess: Enabled
            """;

    @TempDir
    Path dir;

    private final CloudFormationFrontend frontend = new CloudFormationFrontend();

    @Test
    void claimsFilesThatLookLikeTemplates() throws IOException {
        write("template.yaml", NOTEBOOK);
        write("stack.template.json", "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}");
        write("legacy.template", "Resources:\n  Q:\n    Type: 'AWS::SQS::Queue'\n");
        write("only-type.yml", "Resources:\n  Q: {Type: AWS::SQS::Queue}\n");
        write("deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n");
        write("broken-values.yaml", "a: [unclosed\n");
        write("notes.txt", "AWSTemplateFormatVersion: 2010-09-09\n");
        write("package.json", "{\"Type\": \"AWS::SQS::Queue\"}");
        write("cdk.out/manifest.json", "{\"Type\": \"AWS::SQS::Queue\"}");
        write("cdk.out/tree.json", "{\"Type\": \"AWS::SQS::Queue\"}");
        write("cdk.out/Stack.assets.json", "{\"Type\": \"AWS::SQS::Queue\"}");
        write("terraform.tfstate", "{\"Type\": \"AWS::SQS::Queue\"}");

        List<Unit> units = frontend.claim(allFiles());

        assertThat(units)
                .extracting(u -> dir.relativize(u.primary()).toString())
                .containsExactly("legacy.template", "only-type.yml", "stack.template.json", "template.yaml");
        assertThat(units).allSatisfy(u -> assertThat(u.files()).containsExactly(u.primary()));
    }

    @Test
    void aBrokenTemplateIsReportedAndABrokenOtherFileIsSilent() throws IOException {
        write("broken-template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: [\n");
        write("broken-other.yaml", "key: [unclosed\n");

        ScanResult result = Scanner.withInstalledFrontends().scan(ScanRequest.of(List.of(dir)));

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(dir.resolve("broken-template.yaml"));
            assertThat(d.code()).isEqualTo(DiagnosticCode.PARSE_ERROR);
            assertThat(d.line()).isEqualTo(3);
        });
    }

    @Test
    void aFileThatMentionsAwsTypesButIsNotATemplateYieldsNothing() throws IOException {
        Path file = write("docs.yaml", """
                examples:
                  - Type: AWS::SageMaker::NotebookInstance
                    Type: AWS::SageMaker::Model
                """);

        UnitResult result = frontend.analyze(Unit.of(frontend, file), context());

        assertThat(result.resources()).isEmpty();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aTemplateWithADuplicateKeyIsReportedAndStillRead() throws IOException {
        Path file = write("dup.yaml", NOTEBOOK + "      RootAccess: Disabled\n");

        UnitResult result = frontend.analyze(Unit.of(frontend, file), context());

        assertThat(result.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple(DiagnosticCode.DUPLICATE_KEY, 8));
        assertThat(result.resources()).hasSize(1);
    }

    @Test
    void theEngineFindsTheFrontendThroughServiceLoader() {
        assertThat(ServiceLoader.load(Frontend.class).stream().map(ServiceLoader.Provider::type))
                .contains(CloudFormationFrontend.class);
        assertThat(frontend.name()).isEqualTo("cloudformation");
    }

    /** Checks the rules of the walking skeleton only, so that new rules do not change this test. */
    @Test
    void scanningATemplatePointsFindingsAtValuesOrAtTheLogicalId() throws IOException {
        write("notebook.yaml", NOTEBOOK);
        write("model.json", """
                {
                  "Resources": {
                    "Model": {
                      "Type": "AWS::SageMaker::Model",
                      "Properties": {"EnableNetworkIsolation": "false"}
                    }
                  }
                }
                """);

        ScanResult result = Scanner.withInstalledFrontends().scan(ScanRequest.of(List.of(dir)));

        assertThat(result.diagnostics()).isEmpty();
        Set<String> skeletonRules = Set.of("SageMaker.1", "SageMaker.2", "SageMaker.3", "SageMaker.5");
        assertThat(result.findings())
                .filteredOn(f -> skeletonRules.contains(f.rule().id()))
                .extracting(f -> f.rule().id() + " " + f.resource().address() + " "
                        + dir.relativize(f.location().file()) + ":"
                        + f.location().line() + ":"
                        + f.location().column())
                .containsExactly(
                        "SageMaker.5 Model model.json:5:48",
                        "SageMaker.1 Notebook notebook.yaml:3:3",
                        "SageMaker.2 Notebook notebook.yaml:3:3",
                        "SageMaker.3 Notebook notebook.yaml:7:19");
        assertThat(result.findings()).noneMatch(Finding::isConditional);
    }

    private ScanContext context() {
        return new ScanContext(dir, ScanContext.Limits.defaults());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Set<Path> allFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return new TreeSet<>(walk.filter(Files::isRegularFile).toList());
        }
    }
}
