package dev.sagelint.cfn.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.SageMakerResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cloud assemblies: both metadata forms, nested stacks, stage sub-assemblies, and the app's source line. */
class CdkAssemblyFrontendTest {

    @TempDir
    Path root;

    private static final String NOTEBOOK_TEMPLATE = """
            {
              "Resources": {
                "%s": {
                  "Type": "AWS::SageMaker::NotebookInstance",
                  "Properties": {"InstanceType": "ml.t3.medium"}
                }
              }
            }
            """;

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private UnitResult scan(List<Unit> units) {
        assertThat(units).hasSize(1);
        return units.get(0).frontend().analyze(units.get(0), new ScanContext(root, ScanContext.Limits.defaults()));
    }

    private Set<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return new HashSet<>(files.filter(Files::isRegularFile)
                    .map(p -> p.toAbsolutePath().normalize())
                    .toList());
        }
    }

    @Test
    void currentAssemblyReadsTheMetadataFileAndPointsAtTheAppLine() throws IOException {
        write("app/app.js", "const cdk = require('aws-cdk-lib');\n// ...\nnew CfnNotebookInstance(stack, 'Nb', {});\n");
        write("app/cdk.out/manifest.json", """
                {"version": "55.0.0", "artifacts": {
                  "Stack": {"type": "aws:cloudformation:stack", "environment": "aws://123456789012/eu-west-1",
                    "properties": {"templateFile": "Stack.template.json"},
                    "additionalMetadataFile": "Stack.metadata.json", "displayName": "Stack"}}}
                """);
        write("app/cdk.out/Stack.metadata.json", """
                {"/Stack/Nb": [
                  {"type": "aws:cdk:logicalId", "data": "Nb"},
                  {"type": "aws:cdk:creationStack", "data": [
                    "Object.method (/home/ci/project/node_modules/aws-cdk-lib/core/lib/x.js:1:2)",
                    "<anonymous> (/somewhere/else/app/app.js:3:1)",
                    "...node internals..."]}]}
                """);
        Path template = write("app/cdk.out/Stack.template.json", NOTEBOOK_TEMPLATE.formatted("Nb"));

        CdkAssemblyFrontend frontend = new CdkAssemblyFrontend();
        List<Unit> units = frontend.claim(allFiles());
        assertThat(units.get(0).files())
                .as("the app's source is not part of the assembly")
                .allMatch(f -> f.startsWith(root.resolve("app/cdk.out")));
        UnitResult result = scan(units);

        assertThat(result.diagnostics()).isEmpty();
        ResourceId id = result.resources().get(0).id();
        assertThat(id.address()).isEqualTo("Nb");
        assertThat(id.constructPath()).isEqualTo("Stack/Nb");
        assertThat(id.stack()).isEqualTo("Stack");
        assertThat(id.declaration().file()).isEqualTo(template.toAbsolutePath().normalize());
        assertThat(id.origin())
                .as("the frame's path, found beside the assembly")
                .isEqualTo(Span.at(root.resolve("app/app.js").toAbsolutePath().normalize(), 3, 1));
    }

    @Test
    void olderAssemblyWithInlineMetadataNestedStacksAndStages() throws IOException {
        write("cdk.out/manifest.json", """
                {"version": "21.0.0", "artifacts": {
                  "Parent": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "Parent.template.json"},
                    "metadata": {"/Parent/Nb/Resource": [{"type": "aws:cdk:logicalId", "data": "NbResource"}]}},
                  "assembly-Prod": {"type": "cdk:cloud-assembly",
                    "properties": {"directoryName": "assembly-Prod", "displayName": "Prod"}}}}
                """);
        write("cdk.out/Parent.template.json", NOTEBOOK_TEMPLATE.formatted("NbResource"));
        write("cdk.out/ParentInner1234.nested.template.json", NOTEBOOK_TEMPLATE.formatted("InnerNb"));
        write("cdk.out/assembly-Prod/manifest.json", """
                {"version": "21.0.0", "artifacts": {
                  "ProdStack": {"type": "aws:cloudformation:stack",
                    "properties": {"templateFile": "ProdStack.template.json"}}}}
                """);
        write("cdk.out/assembly-Prod/ProdStack.template.json", """
                {"Resources": {"StageNb": {"Type": "AWS::SageMaker::NotebookInstance",
                  "Metadata": {"aws:cdk:path": "Prod/ProdStack/StageNb/Resource"}}}}
                """);

        UnitResult result = scan(new CdkAssemblyFrontend().claim(allFiles()));

        assertThat(result.resources())
                .extracting(SageMakerResource::id)
                .extracting(ResourceId::address, ResourceId::constructPath, ResourceId::origin)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("NbResource", "Parent/Nb/Resource", null),
                        org.assertj.core.groups.Tuple.tuple("InnerNb", null, null),
                        org.assertj.core.groups.Tuple.tuple("StageNb", "Prod/ProdStack/StageNb/Resource", null));
    }

    @Test
    void onlyAssemblyManifestsAreClaimedAndNestedOnesOnce() throws IOException {
        write("web/manifest.json", "{\"name\": \"a web app manifest\", \"icons\": []}");
        write("cdk.out/manifest.json", "{\"version\": \"55.0.0\", \"artifacts\": {}}");
        write("cdk.out/assembly-Stage/manifest.json", "{\"version\": \"55.0.0\", \"artifacts\": {}}");

        List<Unit> units = new CdkAssemblyFrontend().claim(allFiles());

        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u.primary())
                    .isEqualTo(root.resolve("cdk.out").toAbsolutePath().normalize());
            assertThat(u.files()).hasSize(2);
        });
    }
}
