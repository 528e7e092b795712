package dev.sagelint.hcl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.hcl.read.HclReader;
import dev.sagelint.hcl.read.JsonConfigReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A module called from many places and instances is parsed once and evaluated once per instance. Each fixture
 * folder under {@code src/test/resources/modules} is a root module; {@code instances.txt} beside it lists the
 * resource instances it evaluates to, in order, with the {@code name} each is given.
 */
class ModuleReadsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/modules");

    @ParameterizedTest
    @ValueSource(strings = {"many-calls"})
    void eachFileIsParsedOnceAndEachInstanceEvaluatedWithItsOwnValues(String fixture) throws IOException {
        Path root = FIXTURES.resolve(fixture).toAbsolutePath().normalize();
        int depth = ScanContext.Limits.defaults().maxNestingDepth();
        HclReader hcl = new HclReader(depth);
        TerraformEvaluator evaluator =
                new TerraformEvaluator(hcl, new JsonConfigReader(hcl, depth), ScanContext.Limits.defaults());
        List<Diagnostic> diagnostics = new ArrayList<>();

        List<ResourceInstance> instances =
                evaluator.evaluateRoot(root, TerraformEvaluator.moduleFiles(root), List.of(), diagnostics);

        assertThat(diagnostics).isEmpty();
        List<String> evaluated = instances.stream()
                .map(i -> i.address() + " "
                        + i.body()
                                .attr("name")
                                .map(v -> v instanceof Val.Str s ? s.value() : "?")
                                .orElse("-"))
                .toList();
        assertThat(evaluated).containsExactlyElementsOf(Files.readAllLines(root.resolve("instances.txt")));
        long files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(p -> p.toString().endsWith(".tf")).count();
        }
        assertThat(evaluator.configFilesRead()).isEqualTo(files);
    }
}
