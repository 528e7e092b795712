package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.report.Reporter;
import dev.sagelint.report.Reporters;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scan on several workers writes byte for byte the reports that a scan on one worker writes, on every input of
 * the repository: the samples, each folder of test fixtures, and the shared corpus when it is beside the clone.
 */
class ParallelScanTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theSamplesAreScannedOnSeveralWorkers() {
        ScanResult result = Scanner.withInstalledFrontends()
                .scan(ScanRequest.of(List.of(REPOSITORY.resolve("samples"))).withWorkers(4));

        assertThat(result.filesRead()).isGreaterThan(20);
        assertThat(result.findings()).hasSizeGreaterThan(20);
    }

    static Stream<Path> inputs() throws IOException {
        Stream<Path> fixtures;
        try (Stream<Path> folders = Files.list(REPOSITORY.resolve("cli/src/test/resources"))) {
            fixtures = folders.filter(Files::isDirectory).sorted().toList().stream();
        }
        return Stream.concat(
                Stream.of(REPOSITORY.resolve("samples"), REPOSITORY.resolve("../shared/corpus")), fixtures);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void severalWorkersWriteWhatOneWorkerWrites(Path input) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(input), () -> input + " is not beside this clone");
        Scanner scanner = Scanner.withInstalledFrontends();
        ScanRequest request = ScanRequest.of(List.of(input)).withRoot(input);

        ScanResult sequential = scanner.scan(request.withWorkers(1));
        ScanResult parallel = scanner.scan(request.withWorkers(4));

        Assumptions.assumeTrue(sequential.filesRead() > 0, () -> "no input in " + input);
        for (String format : List.of("json", "sarif")) {
            assertThat(report(format, parallel))
                    .as("%s report of %s", format, input)
                    .isEqualTo(report(format, sequential));
        }
    }

    private static String report(String format, ScanResult result) throws IOException {
        Reporter reporter = Reporters.find(format, false).orElseThrow();
        StringWriter out = new StringWriter();
        reporter.write(result, out);
        return out.toString();
    }
}
