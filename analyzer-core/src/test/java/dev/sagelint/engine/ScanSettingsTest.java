package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.baseline.Baseline;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.model.sagemaker.Notebooks;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Rules;
import dev.sagelint.rules.Severity;
import dev.sagelint.suppress.Suppression;
import dev.sagelint.suppress.SuppressionComments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule selection, severities, excludes, baselines and the scope of named files, through the engine. */
class ScanSettingsTest {

    @TempDir
    Path dir;

    /**
     * A front-end that reads a folder as one unit, like Terraform: given any {@code *.mod} file, it reads every
     * {@code *.mod} file beside it. Each line names a notebook with every property absent.
     */
    static final class ModuleFrontend implements Frontend {
        @Override
        public String name() {
            return "module";
        }

        @Override
        public List<Unit> claim(Set<Path> files) {
            Set<Path> folders = new TreeSet<>();
            files.stream().filter(f -> f.toString().endsWith(".mod")).forEach(f -> folders.add(f.getParent()));
            List<Unit> units = new ArrayList<>();
            for (Path folder : folders) {
                try (Stream<Path> siblings = Files.list(folder)) {
                    units.add(new Unit(
                            this,
                            folder,
                            siblings.filter(f -> f.toString().endsWith(".mod"))
                                    .sorted()
                                    .toList()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return units;
        }

        @Override
        public UnitResult analyze(Unit unit, ScanContext context) {
            List<SageMakerResource> out = new ArrayList<>();
            List<Suppression> suppressions = new ArrayList<>();
            for (Path file : unit.files()) {
                try {
                    List<String> lines = Files.readAllLines(file);
                    SuppressionComments comments = new SuppressionComments(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        if (line.startsWith("#")) comments.add(i + 1, 1, i + 1, line.length() + 1, line, true);
                        if (line.isBlank() || line.startsWith("#")) continue;
                        out.add(notebook(line, Span.at(file, i + 1, 1)));
                    }
                    suppressions.addAll(comments.finish().suppressions());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new UnitResult(out, List.of(), suppressions);
        }

        private static NotebookInstance notebook(String name, Span decl) {
            return Notebooks.unset(ResourceId.of(name, "Test::Notebook", decl)).build();
        }
    }

    private final Scanner scanner =
            new Scanner(List.of(new ModuleFrontend()), Rules.all().subList(0, 3));

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static List<String> resources(List<Finding> findings) {
        return findings.stream().map(f -> f.resource().address()).distinct().toList();
    }

    @Test
    void aNamedFileIsReadWithItsSiblingsButOnlyItsFindingsAreReported() throws IOException {
        Path main = write("module/main.mod", "Staged\n");
        write("module/other.mod", "# sagelint:ignore SageMaker.1 unused, but not in scope\nSibling\n");
        ScanRequest request = ScanRequest.of(List.of(main)).withRoot(dir);

        ScanResult result = scanner.scan(request.withSettings(request.settings().withReportUnusedSuppressions(true)));

        assertThat(result.resources()).extracting(r -> r.id().address()).containsExactly("Staged", "Sibling");
        assertThat(resources(result.findings())).containsExactly("Staged");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(resources(
                        scanner.scan(ScanRequest.of(List.of(dir)).withRoot(dir)).findings()))
                .containsExactlyInAnyOrder("Staged", "Sibling");
    }

    @Test
    void excludesAreRelativeToTheRootAndApplyToNamedFilesToo() throws IOException {
        Path legacy = write("legacy/old.mod", "Old\n");
        write("current/new.mod", "New\n");
        ScanRequest request = ScanRequest.of(List.of(dir)).withRoot(dir);
        ScanSettings settings = new ScanSettings(Set.of(), Map.of(), List.of("legacy/**"), null, false);

        assertThat(resources(scanner.scan(request.withSettings(settings)).findings()))
                .containsExactly("New");
        ScanRequest named = ScanRequest.of(List.of(legacy)).withRoot(dir).withSettings(settings);
        assertThat(scanner.scan(named).findings()).isEmpty();
    }

    @Test
    void disabledRulesDoNotRunAndOverriddenSeveritiesApplyToRuleAndFinding() throws IOException {
        write("m/a.mod", "Open\n");
        ScanSettings settings =
                new ScanSettings(Set.of("SageMaker.2"), Map.of("SageMaker.3", Severity.LOW), List.of(), null, false);

        ScanResult result =
                scanner.scan(ScanRequest.of(List.of(dir)).withRoot(dir).withSettings(settings));

        assertThat(result.rules()).extracting(RuleMeta::id).containsExactly("SageMaker.1", "SageMaker.3");
        assertThat(result.rules().get(1).severity()).isEqualTo(Severity.LOW);
        assertThat(result.findings())
                .extracting(f -> f.rule().id() + " " + f.severity().label())
                .containsExactly("SageMaker.1 high", "SageMaker.3 low");
        assertThat(result.findings().get(1).rule()).isSameAs(result.rules().get(1));
    }

    @Test
    void findingsInTheBaselineAreUnchangedAndDoNotCount() throws IOException {
        write("m/a.mod", "Old\n");
        ScanRequest request = ScanRequest.of(List.of(dir)).withRoot(dir);
        ScanResult before = scanner.scan(request);
        Baseline baseline = new Baseline(Set.of(before.findings().get(0).fingerprint(dir)));
        write("m/a.mod", "New\n\nOld\n");

        ScanResult after = scanner.scan(request.withSettings(request.settings().withBaseline(baseline)));

        assertThat(after.baselineUsed()).isTrue();
        assertThat(after.unchanged())
                .extracting(f -> f.resource().address() + " " + f.rule().id())
                .containsExactly("Old SageMaker.1");
        assertThat(after.findings())
                .extracting(f -> f.resource().address())
                .containsOnly("New", "Old")
                .hasSize(5);
    }
}
