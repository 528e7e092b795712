package dev.sagelint.cfn.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cloud assemblies written to hurt: a stack whose template cannot be read is a diagnostic at the manifest line that
 * names it (never a silently vanished stack), nothing outside the assembly is read, a nested assembly that names
 * itself is read once, and creation stacks with absurd frames cost nothing.
 */
class HostileAssemblyTest {

    @TempDir
    Path root;

    private static final String NOTEBOOK_TEMPLATE = """
            {"Resources": {"%s": {"Type": "AWS::SageMaker::NotebookInstance",
              "Properties": {"InstanceType": "ml.t3.medium"}}}}
            """;

    /** Line 3 names the template under test; the stack `Good` beside it must still be analyzed. */
    private static final String MANIFEST = """
            {"version": "55.0.0", "artifacts": {
              "Bad": {"type": "aws:cloudformation:stack",
                "properties": {"templateFile": "%s"}},
              "Good": {"type": "aws:cloudformation:stack",
                "properties": {"templateFile": "Good.template.json"}}}}
            """;

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private UnitResult scan() throws IOException {
        Set<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = new HashSet<>(walk.filter(Files::isRegularFile)
                    .map(p -> p.toAbsolutePath().normalize())
                    .toList());
        }
        List<Unit> units = new CdkAssemblyFrontend().claim(files);
        assertThat(units).hasSize(1);
        return units.get(0).frontend().analyze(units.get(0), new ScanContext(root, ScanContext.Limits.defaults()));
    }

    private static List<String> addresses(UnitResult result) {
        return result.resources().stream()
                .map(SageMakerResource::id)
                .map(ResourceId::address)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing file                        | Missing.template.json     | does not exist
            outside the assembly                | ../outside.template.json  | lies outside the assembly
            absolute path to a device           | /dev/zero                 | lies outside the assembly
            a folder                            | folder.template.json      | is not a regular file
            symbolic link to a device           | device.template.json      | symbolic link to a file outside
            symbolic link to a file outside     | linked.template.json      | symbolic link to a file outside
            """)
    void templateThatCannotBeReadIsAnErrorAtTheManifestLine(String what, String templateFile, String message)
            throws IOException {
        write("outside.template.json", NOTEBOOK_TEMPLATE.formatted("OutsideSecret"));
        Path manifest = write("cdk.out/manifest.json", MANIFEST.formatted(templateFile));
        write("cdk.out/Good.template.json", NOTEBOOK_TEMPLATE.formatted("GoodNb"));
        Files.createDirectories(root.resolve("cdk.out/folder.template.json"));
        if (templateFile.equals("device.template.json")) {
            Files.createSymbolicLink(root.resolve("cdk.out/device.template.json"), Path.of("/dev/zero"));
        }
        Files.createSymbolicLink(root.resolve("cdk.out/linked.template.json"), root.resolve("outside.template.json"));

        UnitResult result = scan();

        assertThat(addresses(result))
                .as("the other stack is analyzed, nothing outside is")
                .containsExactly("GoodNb");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.CDK_TEMPLATE_NOT_ANALYZED);
            assertThat(d.isError()).isTrue();
            assertThat(d.file()).isEqualTo(manifest.toAbsolutePath().normalize());
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains(templateFile).contains(message);
        });
    }

    @Test
    void nestedStackTemplateLinkedFromOutsideIsNotRead() throws IOException {
        write("secret.json", NOTEBOOK_TEMPLATE.formatted("OutsideSecret"));
        write("cdk.out/manifest.json", MANIFEST.formatted("Good.template.json"));
        write("cdk.out/Good.template.json", NOTEBOOK_TEMPLATE.formatted("GoodNb"));
        Path link = root.resolve("cdk.out/GoodInner.nested.template.json");
        Files.createSymbolicLink(link, root.resolve("secret.json"));

        UnitResult result = scan();

        assertThat(addresses(result)).containsExactly("GoodNb");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::file)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        DiagnosticCode.CDK_TEMPLATE_NOT_ANALYZED,
                        link.toAbsolutePath().normalize()));
        assertThat(result.diagnostics()).noneMatch(d -> d.message().contains("OutsideSecret"));
    }

    @Test
    void nestedAssemblyNamingItselfIsReadOnce() throws IOException {
        write("cdk.out/manifest.json", """
                {"version": "55.0.0", "artifacts": {
                  "assembly-Stage": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "assembly-Stage"}}}}
                """);
        Path nested = write("cdk.out/assembly-Stage/manifest.json", """
                {"version": "55.0.0", "artifacts": {
                  "Stack": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "Stack.template.json"}},
                  "self": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "."}},
                  "again": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "./"}}}}
                """);
        write("cdk.out/assembly-Stage/Stack.template.json", NOTEBOOK_TEMPLATE.formatted("StageNb"));

        UnitResult result = scan();

        assertThat(addresses(result)).containsExactly("StageNb");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::level, Diagnostic::file, Diagnostic::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Diagnostic.Level.WARNING,
                                nested.toAbsolutePath().normalize(),
                                3),
                        org.assertj.core.groups.Tuple.tuple(
                                Diagnostic.Level.WARNING,
                                nested.toAbsolutePath().normalize(),
                                4));
    }

    @Test
    void hugeCreationStackFrameAndOutOfRangeLineCostNothing() throws IOException {
        write("app/app.js", "line 1\nline 2\nnew CfnNotebookInstance(stack, 'Nb', {});\n");
        write("app/cdk.out/manifest.json", """
                {"version": "55.0.0", "artifacts": {
                  "Stack": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "Stack.template.json"},
                    "additionalMetadataFile": "Stack.metadata.json"}}}
                """);
        String hugeFrame = "at a ".repeat(80_000) + "x";
        write("app/cdk.out/Stack.metadata.json", """
                {"/Stack/Nb": [
                  {"type": "aws:cdk:logicalId", "data": "Nb"},
                  {"type": "aws:cdk:creationStack", "data": [
                    "%s",
                    "<anonymous> (/elsewhere/app/app.js:99999999999999999999999:1)",
                    "<anonymous> (/elsewhere/app/app.js:3:1)"]}]}
                """.formatted(hugeFrame));
        write("app/cdk.out/Stack.template.json", NOTEBOOK_TEMPLATE.formatted("Nb"));

        UnitResult result = scan();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.resources())
                .singleElement()
                .satisfies(r -> assertThat(r.id().origin())
                        .isEqualTo(Span.at(
                                root.resolve("app/app.js").toAbsolutePath().normalize(), 3, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            <anonymous> (/home/me/app.js:16:1)          | /home/me/app.js      | 16 | 1
            /home/me/app.js:16:4                        | /home/me/app.js      | 16 | 4
            Object.f (C:\\app\\app.ts:7:2)              | C:\\app\\app.ts      | 7  | 2
            at /home/me/my app.js:3:9                   | at /home/me/my app.js | 3 | 9
            x.js:3:1)                                   | x.js                 | 3  | 1
            <anonymous> (/home/me/app.js:0:1)           | -                    | -  | -
            <anonymous> (/home/me/app.js:2147483648:1)  | -                    | -  | -
            <anonymous> (/home/me/app.js:1:99999999999) | -                    | -  | -
            ...node internals...                        | -                    | -  | -
            (/a.js:1)                                   | -                    | -  | -
            """)
    void framesAreParsedFromTheEnd(String frame, String file, Integer line, Integer column) {
        var parsed = CreationStack.parse(frame);
        if (file == null) {
            assertThat(parsed).isEmpty();
        } else {
            assertThat(parsed).contains(new CreationStack.Frame(file, line, column));
        }
    }
}
