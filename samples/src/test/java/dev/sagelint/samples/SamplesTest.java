package dev.sagelint.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.ScanRequest;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.engine.Scanner;
import dev.sagelint.rules.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The samples keep their promise: findings on every insecure sample, none on the secure ones, no read errors. */
class SamplesTest {

    private static final Path SAMPLES = Path.of("").toAbsolutePath();
    private static ScanResult result;

    @BeforeAll
    static void scan() {
        result = Scanner.withInstalledFrontends()
                .scan(ScanRequest.of(List.of(SAMPLES)).withRoot(SAMPLES));
    }

    @Test
    void everySampleIsReadWithoutErrors() {
        assertThat(result.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
    }

    @Test
    void everyInsecureSampleHasFindings() throws IOException {
        Set<Path> withFindings = new TreeSet<>();
        result.findings().forEach(f -> withFindings.add(f.location().file()));
        // A CDK finding points at the app's source line; the synthesized template is its related location.
        result.findings().forEach(f -> f.related().forEach(r -> withFindings.add(r.file())));
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            List<Path> insecure = files.filter(Files::isRegularFile)
                    .filter(f -> SAMPLES.relativize(f).toString().contains("/insecure/"))
                    .filter(f -> !f.startsWith(SAMPLES.resolve("target")))
                    .filter(SamplesTest::mayHoldResources)
                    .map(f -> f.toAbsolutePath().normalize())
                    .toList();
            assertThat(insecure).isNotEmpty();
            assertThat(withFindings).containsAll(insecure);
        }
    }

    /**
     * A CDK cloud assembly holds files besides its templates (the manifest, the construct tree, asset manifests,
     * construct metadata, the validation report) and the app's {@code cdk.json}; they declare no resources, so
     * they cannot have findings of their own.
     */
    private static boolean mayHoldResources(Path file) {
        String name = file.getFileName().toString();
        boolean inAssembly = file.toString().contains("/cdk.out/");
        if (name.equals("cdk.json")) return false;
        return !inAssembly || name.endsWith(".template.json");
    }

    @Test
    void secureSamplesHaveNoFindings() {
        List<Finding> onSecure = result.findings().stream()
                .filter(f -> SAMPLES.relativize(f.location().file()).toString().contains("/secure/"))
                .toList();
        assertThat(onSecure).isEmpty();
    }

    @Test
    void insecureCloudFormationSamplesShowEachNotebookAndModelRule() {
        assertThat(result.findings())
                .extracting(f -> f.rule().id())
                .contains("SageMaker.1", "SageMaker.2", "SageMaker.3", "SageMaker.5");
    }
}
