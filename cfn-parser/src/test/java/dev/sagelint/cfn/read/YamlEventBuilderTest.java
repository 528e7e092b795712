package dev.sagelint.cfn.read;

import static org.assertj.core.api.Assertions.assertThat;

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
                continue;
            }
            byEvents++;
            if (!events.equals(composed)) differences.add(file.toString());
            assertThat(YamlTreeBuilder.read(source, limits)).isEqualTo(composed);
        }
        assertThat(differences).isEmpty();
        assertThat(byEvents)
                .as("files read by events (%d handed to the composer)", handedOver)
                .isGreaterThan(100);
    }
}
