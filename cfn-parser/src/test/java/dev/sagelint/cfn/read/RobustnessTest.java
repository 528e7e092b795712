package dev.sagelint.cfn.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.sagelint.engine.ScanContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader never throws: every prefix of a template and random bytes give a tree or diagnostics. */
class RobustnessTest {

    private static final String YAML = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Root: {Type: String, AllowedValues: [Enabled, Disabled]}
            Resources:
              Notebook: &nb
                Type: AWS::SageMaker::NotebookInstance
                Properties:
                  RootAccess: !If [IsProd, !Ref Root, "Disabled"]
                  Tags:
                    - {Key: a, Value: !Sub "${AWS::StackName}-x"}
                  Description: |
                    multi
                    line
              Copy: *nb
            """;

    private static final String JSON = """
            {"Resources": {"Model": {"Type": "AWS::SageMaker::Model", "Properties": {
              "EnableNetworkIsolation": {"Fn::If": ["C", true, false]}, "Containers": [{"Image": "i"}]}}}}
            """;

    private static final String SYNTAX = " :-[]{}!&*'\"\n\t#,|>?%@`";

    private final TemplateReader reader = new TemplateReader(ScanContext.Limits.defaults());

    @Test
    void everyPrefixOfATemplateIsReadWithoutAnException() {
        for (int end = 0; end <= YAML.length(); end++) {
            assertReads(Path.of("/t/prefix.yaml"), YAML.substring(0, end).getBytes(StandardCharsets.UTF_8));
        }
        for (int end = 0; end <= JSON.length(); end++) {
            assertReads(Path.of("/t/prefix.json"), JSON.substring(0, end).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void randomBytesAndMutatedTemplatesAreReadWithoutAnException() {
        Random random = new Random(20240601L);
        for (int round = 0; round < 300; round++) {
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            assertReads(Path.of("/t/noise.yaml"), noise);
            assertReads(Path.of("/t/noise.json"), noise);
            byte[] mutated = (round % 2 == 0 ? YAML : JSON).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 3; i++) {
                mutated[random.nextInt(mutated.length)] = (byte) SYNTAX.charAt(random.nextInt(SYNTAX.length()));
            }
            assertReads(Path.of(round % 2 == 0 ? "/t/mutated.yaml" : "/t/mutated.json"), mutated);
        }
    }

    private void assertReads(Path file, byte[] bytes) {
        assertThatCode(() -> {
                    ReadResult result = reader.read(file, bytes);
                    result.diagnostics().forEach(d -> {
                        assertThat(d.file()).isEqualTo(file);
                        assertThat(d.message()).isNotBlank().doesNotContain("Exception");
                        assertThat(d.line()).isNotNegative();
                        assertThat(d.column()).isNotNegative();
                    });
                })
                .as(new String(bytes, StandardCharsets.UTF_8))
                .doesNotThrowAnyException();
    }
}
