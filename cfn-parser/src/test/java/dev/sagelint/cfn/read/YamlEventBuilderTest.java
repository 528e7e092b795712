package dev.sagelint.cfn.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagelint.engine.ScanContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The YAML reader builds its tree from SnakeYAML's events and hands a document to SnakeYAML's composer only where
 * it must (errors, limits, unusual aliases and keys). Both ways must give the same tree, diagnostics and comments:
 * this reads every YAML file of the repository (fixtures, samples, fuzzing corpus and regression inputs) both ways.
 */
class YamlEventBuilderTest {

    private static final Path ROOT = Path.of("..");

    private static List<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(ROOT)) {
            all.filter(Files::isRegularFile)
                    .filter(p ->
                            !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        String path = p.toString();
                        return name.endsWith(".yaml") || name.endsWith(".yml") || path.contains("YamlTemplateFuzzTest");
                    })
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }

    @Test
    void theEventBuilderReadsEveryRepositoryYamlFileAsTheComposerDoes() throws IOException {
        ScanContext.Limits limits = ScanContext.Limits.defaults();
        int byEvents = 0;
        int handedOver = 0;
        List<String> differences = new ArrayList<>();
        for (Path file : yamlFiles()) {
            if (Files.size(file) > 4_000_000) continue;
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            SourceText source = SourceText.of(file, text);
            ReadResult composed = YamlTreeBuilder.readByComposer(source, limits);
            ReadResult events;
            try {
                events = YamlTreeBuilder.readByEvents(source, limits);
            } catch (RuntimeException e) {
                handedOver++;
                // Scanned on a second thread, the event builder gives up on the same files, with the same kind of
                // exception (a syntax error or the builder's own hand-over).
                Class<?> kind = e.getClass();
                assertThatThrownBy(() -> YamlTreeBuilder.readByEvents(source, limits, true))
                        .as(file.toString())
                        .isInstanceOf(kind);
                continue;
            }
            byEvents++;
            if (!events.equals(composed)) differences.add(file.toString());
            if (!YamlTreeBuilder.readByEvents(source, limits, true).equals(composed)) {
                differences.add(file + " (scanned ahead)");
            }
            assertThat(YamlTreeBuilder.read(source, limits)).isEqualTo(composed);
        }
        assertThat(differences).isEmpty();
        assertThat(byEvents)
                .as("files read by events (%d handed to the composer)", handedOver)
                .isGreaterThan(100);
    }

    /** A template of more than a million characters, so that the reader scans it on a second thread. */
    private static String largeTemplate(String tail) {
        StringBuilder text = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n");
        for (int i = 0; text.length() < 1_200_000; i++) {
            text.append("  # sagelint:ignore SageMaker.3 reviewed ").append(i).append('\n');
            text.append("  Nb").append(i).append(":\n    Type: AWS::SageMaker::NotebookInstance\n");
            text.append("    Properties:\n      InstanceType: ml.t3.medium # a comment\n");
            text.append("      RoleArn: !GetAtt Role").append(i).append(".Arn\n");
            text.append("      SecurityGroupIds: [sg-1, \"sg-2\"]\n      Tags:\n        - Key: team\n");
            text.append("          Value: |\n            data ").append(i).append("\n            # not a comment\n");
        }
        return text.append(tail).toString();
    }

    @Test
    void aLargeTemplateScannedOnASecondThreadReadsAsTheComposerReadsIt() {
        ScanContext.Limits limits = ScanContext.Limits.defaults();
        SourceText source = SourceText.of(Path.of("large.yaml"), largeTemplate(""));
        ReadResult composed = YamlTreeBuilder.readByComposer(source, limits);
        assertThat(composed.root()).isPresent();
        assertThat(YamlTreeBuilder.readByEvents(source, limits, true)).isEqualTo(composed);
        assertThat(YamlTreeBuilder.read(source, limits)).isEqualTo(composed);
    }

    @Test
    void aSyntaxErrorAtTheEndOfALargeTemplateIsReportedAsTheComposerReportsIt() {
        ScanContext.Limits limits = ScanContext.Limits.defaults();
        SourceText source = SourceText.of(Path.of("large.yaml"), largeTemplate("  Broken: [unclosed\n"));
        ReadResult composed = YamlTreeBuilder.readByComposer(source, limits);
        assertThat(composed.root()).isEmpty();
        assertThat(composed.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("YAML syntax error"));
        assertThat(YamlTreeBuilder.read(source, limits)).isEqualTo(composed);
    }
}
