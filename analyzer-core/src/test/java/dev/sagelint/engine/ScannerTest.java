package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.Notebooks;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Rules;
import dev.sagelint.rules.sagemaker.NotebookDirectInternetAccess;
import dev.sagelint.rules.sagemaker.NotebookInVpc;
import dev.sagelint.rules.sagemaker.NotebookRootAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {

    @TempDir
    Path dir;

    /** A front-end that claims *.nb files: each line "name" is a notebook with every property absent. */
    static class NotebookLines implements Frontend {
        final List<Path> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String name() {
            return "lines";
        }

        @Override
        public List<Unit> claim(Set<Path> files) {
            return files.stream()
                    .filter(f -> f.toString().endsWith(".nb"))
                    .sorted()
                    .map(f -> Unit.of(this, f))
                    .toList();
        }

        @Override
        public UnitResult analyze(Unit unit, ScanContext context) {
            Path file = unit.primary();
            seen.add(file);
            try {
                List<String> lines = Files.readAllLines(file);
                if (lines.contains("boom")) throw new IllegalStateException("bad line");
                List<dev.sagelint.model.sagemaker.SageMakerResource> out = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    Span decl = Span.at(file, i + 1, 1);
                    out.add(Notebooks.unset(ResourceId.of(lines.get(i), "Test::Notebook", decl))
                            .build());
                }
                return new UnitResult(out, List.of());
            } catch (IOException e) {
                return UnitResult.of(Diagnostic.error(DiagnosticCode.IO_ERROR, e.getMessage(), file, 0, 0));
            }
        }
    }

    @Test
    void runsEveryRuleOnEveryResourceInFileOrder() throws IOException {
        Files.writeString(dir.resolve("b.nb"), "Second\n");
        Files.writeString(dir.resolve("a.nb"), "First\nAlso\n");
        Files.writeString(dir.resolve("ignored.txt"), "x\n");

        List<Rule> rules = List.of(new NotebookRootAccess(), new NotebookDirectInternetAccess(), new NotebookInVpc());
        ScanResult result = new Scanner(List.of(new NotebookLines()), rules).scan(ScanRequest.of(List.of(dir)));

        assertThat(result.findings())
                .extracting(f -> f.resource().address() + " " + f.rule().id())
                .containsExactly(
                        "First SageMaker.1",
                        "First SageMaker.2",
                        "First SageMaker.3",
                        "Also SageMaker.1",
                        "Also SageMaker.2",
                        "Also SageMaker.3",
                        "Second SageMaker.1",
                        "Second SageMaker.2",
                        "Second SageMaker.3");
        assertThat(result.filesRead()).isEqualTo(2);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.rules())
                .extracting(RuleMeta::id)
                .containsExactly("SageMaker.3", "SageMaker.1", "SageMaker.2");
    }

    @Test
    void skipsVcsDependencyAndTerraformCacheFolders() throws IOException {
        for (String skipped : List.of(".git", "node_modules", ".terraform")) {
            Files.createDirectories(dir.resolve(skipped));
            Files.writeString(dir.resolve(skipped).resolve("x.nb"), "Hidden\n");
        }
        Files.writeString(dir.resolve("kept.nb"), "Kept\n");
        NotebookLines frontend = new NotebookLines();

        new Scanner(List.of(frontend), Rules.all()).scan(ScanRequest.of(List.of(dir)));

        assertThat(frontend.seen)
                .containsExactly(dir.resolve("kept.nb").toAbsolutePath().normalize());
    }

    @Test
    void aFilterChoosesWalkedFilesRelativeToTheirFolderButNotGivenFiles() throws IOException {
        Files.createDirectories(dir.resolve("target/classes"));
        Files.createDirectories(dir.resolve("src/cfn"));
        Files.writeString(dir.resolve("target/classes/copy.nb"), "Copy\n");
        Files.writeString(dir.resolve("src/cfn/kept.nb"), "Kept\n");
        Files.writeString(dir.resolve("src/cfn/draft.nb"), "Draft\n");
        Files.writeString(dir.resolve("top.nb"), "Top\n");
        NotebookLines frontend = new NotebookLines();
        PathFilter filter = new PathFilter(List.of("src/**"), List.of("target/**", "**/draft.*"));

        new Scanner(List.of(frontend), Rules.all())
                .scan(ScanRequest.of(List.of(dir, dir.resolve("top.nb"))).withFilter(filter));

        assertThat(frontend.seen)
                .containsExactlyInAnyOrder(
                        dir.resolve("src/cfn/kept.nb").toAbsolutePath().normalize(),
                        dir.resolve("top.nb").toAbsolutePath().normalize());
    }

    @Test
    void aFrontEndFailureBecomesADiagnosticAndOtherFilesAreStillScanned() throws IOException {
        Files.writeString(dir.resolve("bad.nb"), "boom\n");
        Files.writeString(dir.resolve("good.nb"), "Fine\n");

        ScanResult result = new Scanner(List.of(new NotebookLines()), Rules.all()).scan(ScanRequest.of(List.of(dir)));

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.INTERNAL_ERROR);
            assertThat(d.file().getFileName().toString()).isEqualTo("bad.nb");
            assertThat(d.message()).contains("IllegalStateException: bad line").doesNotContain("\tat ");
        });
        assertThat(result.findings()).extracting(f -> f.resource().address()).containsOnly("Fine");
    }

    @Test
    void aMissingPathIsAnError() {
        ScanResult result = new Scanner(List.of(new NotebookLines()), Rules.all())
                .scan(ScanRequest.of(List.of(dir.resolve("nope"))));

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.PATH_NOT_FOUND);
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() throws IOException {
        Files.writeString(dir.resolve("big.nb"), "Big\n".repeat(100));
        NotebookLines frontend = new NotebookLines();
        ScanRequest request = new ScanRequest(
                List.of(dir), null, dev.sagelint.rules.RuleContext.defaults(), new ScanContext.Limits(50, 100, 100));

        ScanResult result = new Scanner(List.of(frontend), Rules.all()).scan(request);

        assertThat(frontend.seen).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.FILE_TOO_LARGE);
    }

    @Test
    void aFrontEndThatStreamsAFileIsNotHeldToTheSizeLimit() throws IOException {
        Files.writeString(dir.resolve("big.nb"), "Big\n".repeat(100));
        NotebookLines streaming = new NotebookLines() {
            @Override
            public boolean streams(Path file) {
                return true;
            }
        };
        ScanRequest request = new ScanRequest(
                List.of(dir), null, dev.sagelint.rules.RuleContext.defaults(), new ScanContext.Limits(50, 100, 100));

        ScanResult result = new Scanner(List.of(streaming), Rules.all()).scan(request);

        assertThat(streaming.seen).hasSize(1);
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void manyFilesAreReadInParallelAndStillReportedInOrder() throws IOException {
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve(String.format("f%02d.nb", i)), "N" + i + "\n");
        }

        ScanResult result = new Scanner(List.of(new NotebookLines()), Rules.all()).scan(ScanRequest.of(List.of(dir)));

        List<String> files = result.findings().stream()
                .map(Finding::location)
                .map(s -> s.file().getFileName().toString())
                .distinct()
                .toList();
        assertThat(files).isSorted().hasSize(40);
    }

    @Test
    void rootIsTheWorkingDirectoryWhenEveryPathIsInsideIt() {
        Path cwd = Path.of("/work/repo");
        assertThat(FileDiscovery.deriveRoot(List.of(Path.of("/work/repo/infra")), cwd))
                .isEqualTo(cwd);
        assertThat(FileDiscovery.deriveRoot(List.of(Path.of("/elsewhere/a/x.yaml"), Path.of("/elsewhere/b")), cwd))
                .isEqualTo(Path.of("/elsewhere"));
    }
}
