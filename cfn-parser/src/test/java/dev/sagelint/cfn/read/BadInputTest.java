package dev.sagelint.cfn.read;

import static dev.sagelint.cfn.read.Trees.JSON;
import static dev.sagelint.cfn.read.Trees.YAML;
import static dev.sagelint.cfn.read.Trees.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives a diagnostic with code, line and a plain message, never an exception. */
class BadInputTest {

    @Test
    void yamlSyntaxErrorSaysWhereAndWhatWasExpected() {
        ReadResult result = read(YAML, """
                Resources:
                  Nb:
                    Type: AWS::SageMaker::NotebookInstance
                   Properties: {}
                """);

        assertThat(result.root()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.PARSE_ERROR);
            assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
            assertThat(d.file()).isEqualTo(YAML);
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isEqualTo(4);
            assertThat(d.message())
                    .isEqualTo("YAML syntax error: expected <block end>, but found '<block mapping "
                            + "start>' (while parsing a block mapping that starts at line 2)");
        });
    }

    @Test
    void yamlUnclosedFlowListIsAParseError() {
        ReadResult result = read(YAML, "Resources: {Nb: [a, b}\n");

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.PARSE_ERROR);
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).startsWith("YAML syntax error: ").contains("expected ',' or ']'");
        });
    }

    @Test
    void jsonSyntaxErrorSaysWhereAndWhatWasExpected() {
        ReadResult result = read(JSON, """
                {
                  "Resources": {
                    "Nb": { "Type": "AWS::SageMaker::NotebookInstance", }
                  }
                }
                """);

        assertThat(result.root()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.PARSE_ERROR);
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(57);
            assertThat(d.message())
                    .isEqualTo("JSON syntax error: Unexpected character ('}' (code 125)): "
                            + "was expecting double-quote to start field name");
        });
    }

    @Test
    void jsonTruncatedOrTrailingContentIsAParseError() {
        assertThat(read(JSON, "{\"Resources\": {").diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("end-of-input"));
        assertThat(read(JSON, "{\"Resources\": {}} {}").diagnostics())
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.code()).isEqualTo(DiagnosticCode.PARSE_ERROR);
                    assertThat(d.message()).isEqualTo("JSON syntax error: more content after the end of the document");
                    assertThat(d.column()).isEqualTo(19);
                });
    }

    @Test
    void duplicateYamlKeyNamesTheKeyAndItsFirstLine() {
        ReadResult result = read(YAML, """
                Resources:
                  Nb:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      RootAccess: Disabled
                      RootAccess: Enabled
                """);

        assertThat(result.root()).isPresent();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DUPLICATE_KEY);
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.column()).isEqualTo(7);
            assertThat(d.message())
                    .isEqualTo("duplicate key `RootAccess`: it is already written at line 5 of the " + "same mapping");
        });
        assertThat(((CfnNode.Scalar) Trees.at(result.root().get(), "Resources", "Nb", "Properties", "RootAccess"))
                        .value())
                .isEqualTo("Enabled");
    }

    @Test
    void duplicateJsonKeyNamesTheKeyAndItsFirstLine() {
        ReadResult result = read(JSON, """
                {"Resources": {
                  "Nb": {"Type": "AWS::SageMaker::Model"},
                  "Nb": {"Type": "AWS::SageMaker::Model"}
                }}
                """);

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DUPLICATE_KEY);
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(3);
            assertThat(d.message())
                    .isEqualTo("duplicate key `Nb`: it is already written at line 2 of the same " + "object");
        });
    }

    @Test
    void nonUtf8ByteIsAnEncodingErrorWithItsLine() {
        byte[] head = "Resources:\n  Nb:\n    Type: caf".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';

        ReadResult result = new TemplateReader(ScanContext.Limits.defaults()).read(YAML, bytes);

        assertThat(result.root()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.ENCODING_ERROR);
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(14);
            assertThat(d.message())
                    .isEqualTo("the file is not valid UTF-8: byte 0xE9 at line 3 cannot be decoded; "
                            + "save the file as UTF-8");
        });
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        assertThat(read(JSON, "\uFEFF{\"Resources\": {}}").diagnostics()).isEmpty();
        assertThat(read(YAML, "\uFEFFResources: {}\n").diagnostics()).isEmpty();
    }

    @Test
    void unknownTagIsReportedAndTheRestIsStillRead() {
        ReadResult result = read(YAML, """
                Resources:
                  Nb:
                    Type: AWS::SageMaker::NotebookInstance
                    Properties:
                      RootAccess: !Foo Disabled
                      KmsKeyId: !!python/object:os.system ls
                """);

        assertThat(result.root()).isPresent();
        assertThat(result.diagnostics()).hasSize(2);
        assertThat(result.diagnostics().get(0)).satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_TAG);
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.column()).isEqualTo(19);
            assertThat(d.message()).startsWith("unknown tag `!Foo`: CloudFormation knows only the short forms");
        });
        assertThat(result.diagnostics().get(1)).satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_TAG);
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.message()).startsWith("unknown tag `!!python/object:os.system`");
        });
    }

    @Test
    void controlCharacterIsAParseErrorWithItsLine() {
        ReadResult result = read(YAML, "Resources:\n  Nb: a\u0001b\n");

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.PARSE_ERROR);
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(8);
            assertThat(d.message()).isEqualTo("YAML syntax error: the character U+0001 is not allowed in YAML");
        });
    }

    @Test
    void moreDocumentsThanOneIsAParseError() {
        assertThat(read(YAML, "Resources: {}\n---\nResources: {}\n").diagnostics())
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.code()).isEqualTo(DiagnosticCode.PARSE_ERROR);
                    assertThat(d.line()).isEqualTo(2);
                    assertThat(d.message()).contains("expected a single document");
                });
    }

    @Test
    void billionLaughsStopsAtTheNodeBudget() {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++)
                yaml.append(i == 0 ? "" : ", ").append('*').append(p);
            yaml.append("]\n");
        }

        ReadResult result = read(YAML, yaml.toString());

        assertThat(result.root()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.TOO_MANY_ALIASES);
            assertThat(d.line()).isBetween(1, 9);
            assertThat(d.message()).contains("expands to more than").contains("through aliases");
        });
    }

    @Test
    void tooManyAliasesStopsTheComposer() {
        StringBuilder yaml = new StringBuilder("base: &b [x]\nuses:\n");
        for (int i = 0; i < 600; i++) yaml.append("  - *b\n");

        ReadResult result = read(YAML, yaml.toString());

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.TOO_MANY_ALIASES);
            assertThat(d.line()).isEqualTo(503);
            assertThat(d.message()).startsWith("more than 500 aliases to lists or mappings");
        });
    }

    @Test
    void recursiveAliasStopsAtTheDepthLimit() {
        ReadResult result = read(YAML, "a: &a [*a]\n");

        assertThat(result.root()).isEmpty();
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.NESTING_TOO_DEEP));
    }

    @Test
    void tenThousandLevelsOfYamlNestingAreRejected() {
        String flow = "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 10_000; i++) block.append(" ".repeat(i)).append("k:\n");

        for (String yaml : new String[] {flow, block.toString()}) {
            ReadResult result = read(YAML, yaml);
            assertThat(result.root()).isEmpty();
            assertThat(result.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo(DiagnosticCode.NESTING_TOO_DEEP);
                assertThat(d.line()).isPositive();
                assertThat(d.message())
                        .isEqualTo("values are nested more than 200 levels deep; the file is not " + "analyzed");
            });
        }
    }

    @Test
    void tenThousandLevelsOfJsonNestingAreRejected() {
        ReadResult result = read(JSON, "{\"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.NESTING_TOO_DEEP);
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.column()).isEqualTo(206);
            assertThat(d.message()).isEqualTo("values are nested more than 200 levels deep; the file is not analyzed");
        });
    }

    @Test
    void aHigherConfiguredDepthIsCappedSoTheStackCannotOverflow() {
        TemplateReader reader = new TemplateReader(new ScanContext.Limits(1 << 20, 100_000, 500));
        String deep = "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        ReadResult result = reader.read(YAML, deep.getBytes(StandardCharsets.UTF_8));

        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.message())
                        .isEqualTo("values are nested more than 500 levels deep; the file is not analyzed"));
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        String yaml = "x: " + "[".repeat(199) + "]".repeat(199) + "\n";
        String json = "{\"x\": " + "[".repeat(199) + "]".repeat(199) + "}";

        assertThat(read(YAML, yaml).diagnostics()).isEmpty();
        assertThat(read(JSON, json).diagnostics()).isEmpty();
    }

    @Test
    void fileLargerThanTheLimitIsNotRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "Resources: {}\n" + "# padding\n".repeat(20));
        TemplateReader reader = new TemplateReader(new ScanContext.Limits(100, 200, 500));

        ReadResult result = reader.read(file);

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.FILE_TOO_LARGE);
            assertThat(d.message()).isEqualTo("the file is larger than 100 bytes; it is not analyzed");
        });
    }

    @Test
    void textLongerThanTheLimitIsNotParsed() {
        TemplateReader reader = new TemplateReader(new ScanContext.Limits(10, 200, 500));

        ReadResult result = reader.read(JSON, "{\"Resources\": {}}".getBytes(StandardCharsets.UTF_8));

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.FILE_TOO_LARGE);
            assertThat(d.line()).isZero();
        });
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path dir) {
        ReadResult result = new TemplateReader(ScanContext.Limits.defaults()).read(dir.resolve("gone.yaml"));

        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.IO_ERROR));
    }

    @Test
    void emptyFilesHaveNoTreeAndNoDiagnostic() {
        assertThat(read(YAML, "")).satisfies(r -> {
            assertThat(r.root()).isEmpty();
            assertThat(r.diagnostics()).isEmpty();
        });
        assertThat(read(JSON, "  ")).satisfies(r -> {
            assertThat(r.root()).isEmpty();
            assertThat(r.diagnostics()).isEmpty();
        });
    }
}
